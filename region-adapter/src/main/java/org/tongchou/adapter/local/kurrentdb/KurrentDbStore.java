package org.tongchou.adapter.local.kurrentdb;

import io.kurrent.dbclient.KurrentDBClient;
import io.kurrent.dbclient.KurrentDBClientSettings;
import io.kurrent.dbclient.KurrentDBConnectionString;
import java.util.HashSet;
import java.util.Set;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.local.RegionStore;
import org.tongchou.adapter.local.StoreException;

/**
 * A region whose own system is event-sourced on KurrentDB, as a {@link RegionStore}, through the
 * official client:
 *
 * <ul>
 *   <li>the outbox is a stream the region's system appends FACTS.md facts to, followed with a
 *       catch-up subscription;
 *   <li>each outcome and receipt is appended to an outcomes stream, with the expected revision this
 *       adapter last saw, and the last outcome is the outbox checkpoint: the checkpoint moves in
 *       the same append as the outcome, never before it;
 *   <li>each feed item is appended to an inbox stream with the expected revision that follows the
 *       last item stored, under an event id made from its feed position, so a repeat is refused by
 *       the revision and absorbed by KurrentDB's idempotence on event ids.
 * </ul>
 */
public final class KurrentDbStore implements RegionStore {

  private final AdapterConfig.KurrentDb config;
  private final KurrentDBClientSettings settings;
  private final Set<KurrentDbSession> open = new HashSet<>();
  private KurrentDBClient client;
  private boolean aborted;

  private KurrentDbStore(AdapterConfig.KurrentDb config, KurrentDBClientSettings settings) {
    this.config = config;
    this.settings = settings;
  }

  /**
   * Parses the connection string; connects on the first session.
   *
   * @throws IllegalArgumentException when the connection string cannot be read, naming why
   */
  public static KurrentDbStore connect(AdapterConfig.KurrentDb config) {
    return new KurrentDbStore(config, settings(config));
  }

  static KurrentDBClientSettings settings(AdapterConfig.KurrentDb config) {
    String connection = config.connectionString();
    StringBuilder extra = new StringBuilder();
    if (config.tlsCaFile() != null) {
      extra.append("tlsCaFile=").append(config.tlsCaFile());
    }
    if (!config.tlsVerifyCert()) {
      extra.append(extra.length() > 0 ? "&" : "").append("tlsVerifyCert=false");
    }
    if (extra.length() > 0) {
      connection += (connection.contains("?") ? "&" : "?") + extra;
    }
    try {
      return KurrentDBConnectionString.parseOrThrow(connection);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException(
          "kurrentdb.connection-string "
              + config.redactedConnectionString()
              + " cannot be read: "
              + cause.getMessage(),
          e);
    }
  }

  @Override
  public synchronized Session connect() throws StoreException {
    if (aborted) {
      throw new StoreException(
          StoreException.Kind.UNAVAILABLE, "the adapter is stopping: no new KurrentDB session");
    }
    // The client shuts itself down for good after its discovery attempts fail: make a new one.
    if (client == null || client.isShutdown()) {
      client = KurrentDBClient.create(settings);
    }
    KurrentDbSession session = new KurrentDbSession(client, config, this::closed);
    open.add(session);
    return session;
  }

  private synchronized void closed(KurrentDbSession session) {
    open.remove(session);
  }

  @Override
  public void abort() {
    KurrentDBClient cut;
    Set<KurrentDbSession> sessions;
    synchronized (this) {
      aborted = true;
      cut = client;
      sessions = Set.copyOf(open);
    }
    sessions.forEach(KurrentDbSession::close);
    if (cut != null) {
      cut.shutdown();
    }
  }

  @Override
  public void close() {
    abort();
  }

  @Override
  public String howToResolve() {
    return "append {\"outboxRevision\": N} to "
        + config.outcomesStream()
        + "-resolved once dealt with";
  }

  @Override
  public String describe() {
    return "KurrentDB "
        + config.redactedConnectionString()
        + " (outbox "
        + config.outboxStream()
        + ", outcomes "
        + config.outcomesStream()
        + ", inbox "
        + config.inboxStream()
        + ")";
  }
}
