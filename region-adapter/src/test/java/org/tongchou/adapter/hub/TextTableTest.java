package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void textIsAlignedLeftAndNumbersRightEachColumnAsWideAsItsWidestCell() {
    TextTable table =
        new TextTable().text("region").number("migrants").row("320211", 1).row("3202", 12345);

    assertThat(table.lines("  "))
        .containsExactly("  region  migrants", "  320211         1", "  3202       12345");
  }

  @Test
  void anEmptyCellShowsAsADashSoThatColumnsStayCountable() {
    assertThat(new TextTable().text("a").number("rate").row("x", "").lines(""))
        .containsExactly("a  rate", "x     -");
  }

  @Test
  void aTableWithoutRowsSaysNoneInsteadOfALoneHeading() {
    assertThat(new TextTable().text("origin").number("arrivals").lines("  "))
        .containsExactly("  (none)");
  }
}
