package org.tongchou.hub.replay.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedWordsTest {

  static String of(SharedWords.Table table, String text) {
    char[] padded = ("..." + text + "..").toCharArray();
    return table.of(padded, 3, text.length());
  }

  @Test
  void aWordMetAgainIsTheSameStringOnEveryThreadsTable() {
    SharedWords words = new SharedWords();
    SharedWords.Table one = words.table();
    SharedWords.Table other = words.table();

    String first = of(one, "320211");

    assertThat(first).isEqualTo("320211");
    assertThat(of(one, "320211")).isSameAs(first);
    assertThat(of(other, "320211")).isSameAs(first);
    assertThat(of(one, "320212")).isEqualTo("320212").isNotSameAs(first);
  }

  @Test
  void thousandsOfWordsIncludingOnesOfEqualHashStayDistinct() {
    SharedWords.Table table = new SharedWords().table();
    List<String> met = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      met.add(of(table, "2026-" + i));
    }
    // "Aa" and "BB" have the same hash.
    String aa = of(table, "Aa");
    String bb = of(table, "BB");

    for (int i = 0; i < 5_000; i++) {
      assertThat(of(table, "2026-" + i)).isSameAs(met.get(i)).isEqualTo("2026-" + i);
    }
    assertThat(aa).isEqualTo("Aa").isSameAs(of(table, "Aa"));
    assertThat(bb).isEqualTo("BB").isSameAs(of(table, "BB"));
    assertThat(of(table, "")).isEmpty();
  }
}
