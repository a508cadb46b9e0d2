package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void controlCharactersArePrintedAsEscapesAndTheRestAsItIs() {
    assertThat(TerminalText.escape("审计 ok\n#99 forged\u001b[2J\u2028"))
        .isEqualTo("审计 ok\\u000a#99 forged\\u001b[2J\\u2028");
  }
}
