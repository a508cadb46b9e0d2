package org.tongchou.hub.workbench.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The idempotency keys of one session's act forms (issue #14): every render of a form gets a new
 * key (a hidden field); the first submit with a key acts, and every later or concurrent submit with
 * the same key gets the first one's outcome without acting again. A key this session never issued
 * is refused, so a form cannot be replayed from another session or after sign-out.
 *
 * <p>Kept in the HTTP session, not in a table: a form is only valid in its session anyway (its CSRF
 * token is the session's), sessions live in one node's memory and end with it, so a table would
 * remember keys no form can present again. The book holds the {@link #MAX} newest keys; a form left
 * open behind hundreds of newer ones must be reloaded.
 */
public final class ActKeys {

  /** Keys remembered per session. */
  public static final int MAX = 500;

  /** How long a repeat waits for the first submit's outcome. */
  static final long WAIT_SECONDS = 60;

  /** What a submitted key means. */
  enum Standing {
    /** Never issued by this session, or forgotten. */
    UNKNOWN,
    /** The first submit: act, then complete the outcome. */
    FIRST,
    /** Submitted before: the first submit's outcome (perhaps still to come). */
    REPEAT
  }

  /** A submitted key's standing and the outcome it shares (null when unknown). */
  record Claim(Standing standing, CompletableFuture<String> outcome) {}

  /** Issued keys, oldest first; a null value: issued and not yet submitted. */
  private final Map<String, CompletableFuture<String>> keys =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<String>> eldest) {
          return size() > MAX;
        }
      };

  /** A new key for one render of one form. */
  public synchronized String issue() {
    String key = UUID.randomUUID().toString();
    keys.put(key, null);
    return key;
  }

  synchronized Claim claim(String key) {
    if (!keys.containsKey(key)) {
      return new Claim(Standing.UNKNOWN, null);
    }
    CompletableFuture<String> outcome = keys.get(key);
    if (outcome != null) {
      return new Claim(Standing.REPEAT, outcome);
    }
    CompletableFuture<String> first = new CompletableFuture<>();
    keys.put(key, first);
    return new Claim(Standing.FIRST, first);
  }

  /** A refused act did nothing: its form may be submitted again (and be refused again). */
  private synchronized void release(String key, CompletableFuture<String> outcome) {
    if (keys.get(key) == outcome) {
      keys.put(key, null);
    }
  }

  /**
   * The outcome of {@code act} (where to go next), run only for the first submit of {@code key}; a
   * repeat waits for and returns the first one's outcome, or its refusal.
   *
   * @throws UnknownKey when this session never issued {@code key}
   */
  public String once(String key, Supplier<String> act) {
    Claim claim = claim(key);
    return switch (claim.standing()) {
      case UNKNOWN -> throw new UnknownKey();
      case FIRST -> {
        try {
          String outcome = act.get();
          claim.outcome().complete(outcome);
          yield outcome;
        } catch (RuntimeException refused) {
          release(key, claim.outcome());
          claim.outcome().completeExceptionally(refused);
          throw refused;
        }
      }
      case REPEAT -> awaitFirst(claim.outcome());
    };
  }

  private static String awaitFirst(CompletableFuture<String> outcome) {
    try {
      return outcome.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException refusal) {
        throw refusal;
      }
      throw new CompletionException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CompletionException(e);
    } catch (TimeoutException e) {
      throw new CompletionException(e);
    }
  }

  /** A form's key that this session did not issue (or no longer remembers). */
  public static final class UnknownKey extends RuntimeException {
    UnknownKey() {
      super("this form's idempotency key is unknown to the session: reload the form");
    }
  }
}
