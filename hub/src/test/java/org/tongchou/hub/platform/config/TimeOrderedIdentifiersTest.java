package org.tongchou.hub.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class TimeOrderedIdentifiersTest {

  @Test
  void givenAxonWhenItAsksForAnIdentifierThenItGetsATimeOrderedOne() {
    assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifiers.class);
    UUID id = UUID.fromString(IdentifierFactory.getInstance().generateIdentifier());
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void givenALaterMillisecondWhenAnIdentifierIsMadeThenItSortsAfterAsTextWhateverItsRandomBits() {
    Random random = new Random(42);
    long millis = 1_796_000_000_000L;
    String earlier = TimeOrderedIdentifiers.next(millis, random).toString();
    for (int i = 0; i < 1000; i++) {
      String later = TimeOrderedIdentifiers.next(millis + 1, random).toString();
      assertThat(later).isGreaterThan(earlier).hasSize(36);
    }
  }

  @Test
  void givenAnIdentifierThenItsFirst48BitsAreItsMillisecond() {
    long millis = 1_796_000_000_123L;
    UUID id = TimeOrderedIdentifiers.next(millis, new Random(7));
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
  }
}
