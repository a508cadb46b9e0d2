package org.tongchou.workload.cli;

import org.tongchou.workload.bench.BaselineException;
import org.tongchou.workload.bench.RawJdbcBaseline;
import picocli.CommandLine.Option;

/** The hub's database, for the bench's raw-JDBC baseline; given all together or not at all. */
final class JdbcOptions {

  @Option(
      names = "--jdbc-url",
      required = true,
      paramLabel = "URL",
      description =
          "The hub's PostgreSQL, e.g. jdbc:postgresql://localhost:5432/tongchou. Its driver options"
              + " (reWriteBatchedInserts, ...) apply to the baseline: use the hub's.")
  String url;

  @Option(names = "--jdbc-user", paramLabel = "U", description = "Database user.")
  String user;

  @Option(names = "--jdbc-password", paramLabel = "P", description = "Database password.")
  String password;

  /** Times the re-insertion of the {@code rows} most recent events. */
  RawJdbcBaseline.Result measure(int rows, int batchSize, String runId) throws BaselineException {
    return RawJdbcBaseline.measure(url, user, password, rows, batchSize, runId);
  }
}
