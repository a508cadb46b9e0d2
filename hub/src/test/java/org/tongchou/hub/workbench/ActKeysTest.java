package org.tongchou.hub.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.workbench.app.ActKeys;

class ActKeysTest {

  @Test
  void givenAFormSubmittedTwiceAtOnceWhenBothArriveThenItActsOnceAndBothGetTheFirstsOutcome()
      throws Exception {
    ActKeys keys = new ActKeys();
    String key = keys.issue();
    AtomicInteger acted = new AtomicInteger();
    CountDownLatch firstIsActing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<String> first =
          two.submit(
              () ->
                  keys.once(
                      key,
                      () -> {
                        acted.incrementAndGet();
                        firstIsActing.countDown();
                        await(release);
                        return "redirect:/done";
                      }));
      firstIsActing.await();
      Future<String> second =
          two.submit(
              () ->
                  keys.once(
                      key,
                      () -> {
                        acted.incrementAndGet();
                        return "redirect:/again";
                      }));
      release.countDown();

      assertThat(first.get()).isEqualTo("redirect:/done");
      assertThat(second.get()).isEqualTo("redirect:/done");
      assertThat(acted).hasValue(1);
      assertThat(keys.once(key, () -> "redirect:/third")).isEqualTo("redirect:/done");
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void givenAKeyTheSessionNeverIssuedWhenSubmittedThenNothingIsDone() {
    ActKeys keys = new ActKeys();
    AtomicInteger acted = new AtomicInteger();

    assertThatThrownBy(() -> keys.once("forged", () -> "x" + acted.incrementAndGet()))
        .isInstanceOf(ActKeys.UnknownKey.class);
    assertThat(acted).hasValue(0);
  }

  @Test
  void givenARefusedActWhenTheSameFormIsSubmittedAgainThenItIsTriedAgain() {
    ActKeys keys = new ActKeys();
    String key = keys.issue();

    assertThatThrownBy(
            () ->
                keys.once(
                    key,
                    () -> {
                      throw new IllegalStateException("refused");
                    }))
        .hasMessage("refused");
    assertThat(keys.once(key, () -> "redirect:/done")).isEqualTo("redirect:/done");
  }

  @Test
  void givenMoreKeysThanTheBookHoldsWhenTheOldestIsSubmittedThenItIsUnknown() {
    ActKeys keys = new ActKeys();
    String oldest = keys.issue();
    for (int i = 0; i < ActKeys.MAX; i++) {
      keys.issue();
    }

    assertThatThrownBy(() -> keys.once(oldest, () -> "x")).isInstanceOf(ActKeys.UnknownKey.class);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
