package org.tongchou.hub.log.app;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Wakes subscriptions when the feed has grown: after a local commit, and (on PostgreSQL) when
 * another hub node's commit is announced by NOTIFY. A wake-up carries no data; a woken subscription
 * reads the feed from its own position, so a lost or doubled wake-up is harmless.
 */
@Component
public class FeedSignal {

  private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

  public void subscribe(Runnable listener) {
    listeners.add(listener);
  }

  public void unsubscribe(Runnable listener) {
    listeners.remove(listener);
  }

  public void advanced() {
    listeners.forEach(Runnable::run);
  }
}
