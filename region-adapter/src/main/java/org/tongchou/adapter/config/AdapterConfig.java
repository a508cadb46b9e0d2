package org.tongchou.adapter.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.tongchou.adapter.hub.HubTls;
import org.tongchou.adapter.hub.ReconnectPolicy;

/**
 * What {@code region-adapter run} needs to bridge one region's database and the hub. Loaded by
 * {@link ConfigLoader}; the values have been checked.
 *
 * @param hubAddress the hub's gRPC address, {@code host:port}
 * @param tokenFile the file holding the region's token; null when a client certificate names the
 *     region
 * @param region the jurisdiction the credential is for (six digits), for logs and status only: the
 *     hub decides from the credential
 * @param localDb the region's own PostgreSQL, holding the outbox, the inbox and the checkpoint
 *     (empty URL when the region's store is KurrentDB)
 * @param kurrentDb the region's KurrentDB when {@code local.store = kurrentdb}, else null
 * @param push how the outbox is pushed
 * @param feed how the feed is followed
 * @param reconnect backoff between attempts to reach the hub or the local database, and how many
 *     streams in a row may fail before the pusher or the feed hands the failure back to its loop
 *     (which logs it and starts over)
 * @param tls TLS to the hub with the region's certificate, or null for plaintext with the token
 */
public record AdapterConfig(
    String hubAddress,
    Path tokenFile,
    String region,
    LocalDb localDb,
    KurrentDb kurrentDb,
    Push push,
    Feed feed,
    ReconnectPolicy reconnect,
    HubTls tls) {

  /**
   * The region's PostgreSQL.
   *
   * @param url a {@code jdbc:postgresql:} URL; {@code ?currentSchema=...} selects the schema
   * @param user the user, empty for the driver's default
   * @param password the password, empty for none
   */
  public record LocalDb(String url, String user, String password) {

    /** The URL with any {@code password=} parameter hidden, for logs and status. */
    public String redactedUrl() {
      return url.replaceAll("(?i)(password=)[^&]*", "$1(hidden)");
    }

    /** Without the password, which must not reach a log. */
    @Override
    public String toString() {
      return "LocalDb[url="
          + redactedUrl()
          + ", user="
          + user
          + ", password="
          + (password.isEmpty() ? "" : "(hidden)")
          + "]";
    }
  }

  /**
   * A region whose own system is event-sourced on KurrentDB (docs/KURRENTDB.md).
   *
   * @param connectionString a {@code kurrentdb://} (or {@code esdb://}) connection string; user and
   *     password, if any, go in it
   * @param tlsCaFile the CA that signed the server's certificate, or null for the JVM's trust store
   * @param tlsVerifyCert false only for a test server with a self-signed certificate
   * @param outboxStream the stream the region's system appends FACTS.md facts to ({@code $ce-name}
   *     follows a category, on a server that runs the category projection)
   * @param outcomesStream where the adapter appends each fact's outcome and receipt; its last event
   *     is the outbox checkpoint
   * @param inboxStream where the adapter appends the feed's items
   */
  public record KurrentDb(
      String connectionString,
      Path tlsCaFile,
      boolean tlsVerifyCert,
      String outboxStream,
      String outcomesStream,
      String inboxStream) {

    /** The connection string with any password hidden, for logs and status. */
    public String redactedConnectionString() {
      return connectionString.replaceAll("(://[^:/@]+:)[^@]*@", "$1(hidden)@");
    }

    @Override
    public String toString() {
      return "KurrentDb[" + redactedConnectionString() + ", outbox " + outboxStream + "]";
    }
  }

  /**
   * @param batchSize facts per Submit batch, 1 to 1,000
   * @param pollInterval how long to wait before looking again when the outbox has nothing pending
   */
  public record Push(int batchSize, Duration pollInterval) {}

  /**
   * @param window items held at once (credit open with the hub)
   * @param checkpointInterval how often a quiet feed sends a checkpoint, 100 ms to 60 s
   * @param logEvery one log line per this many items stored in the inbox
   * @param skipImported leave out the feed items of imports (a region's history being onboarded)
   */
  public record Feed(int window, Duration checkpointInterval, int logEvery, boolean skipImported) {

    /** Every item, imports included. */
    public Feed(int window, Duration checkpointInterval, int logEvery) {
      this(window, checkpointInterval, logEvery, false);
    }
  }

  /**
   * Reads the credential from {@link #tokenFile()}, surrounding white space removed.
   *
   * @throws ConfigException when the file cannot be read or is empty
   */
  public String readToken() throws ConfigException {
    if (tokenFile == null) {
      return null;
    }
    try {
      String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      if (token.isEmpty()) {
        throw new ConfigException("token-file " + tokenFile + " is empty");
      }
      return token;
    } catch (IOException e) {
      throw new ConfigException("cannot read token-file " + tokenFile + ": " + e);
    }
  }
}
