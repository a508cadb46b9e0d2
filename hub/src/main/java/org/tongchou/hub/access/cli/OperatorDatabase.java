package org.tongchou.hub.access.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The hub's store as an operator's command finds it without starting the hub: the same settings,
 * read the way the hub reads them (a {@code --spring.…}/{@code --tongchou.…} argument first, then
 * the environment variable application*.yml names, then the same default), one plain JDBC
 * connection, and the hub's own migrations (so that a command on a fresh database works, and one
 * after an upgrade sees the new columns).
 */
record OperatorDatabase(String url, String user, String password, String schema) {

  /** The database the hub would use with these arguments and this environment. */
  static OperatorDatabase of(List<String> args, Map<String, String> env) {
    Function<String, String> arg = name -> argument(args, name);
    String profiles =
        firstNonNull(arg.apply("spring.profiles.active"), env.get("SPRING_PROFILES_ACTIVE"), "");
    boolean postgres = List.of(profiles.split(",")).contains("postgres");
    String url = arg.apply("spring.datasource.url");
    if (url == null) {
      url =
          postgres
              ? env.getOrDefault("TONGCHOU_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tongchou")
              : "jdbc:h2:file:"
                  + Path.of(
                          firstNonNull(
                              arg.apply("tongchou.data-dir"),
                              env.get("TONGCHOU_DATA_DIR"),
                              "./tongchou-data"))
                      .resolve("hub")
                  + ";AUTO_SERVER=TRUE";
    }
    boolean h2 = url.startsWith("jdbc:h2:");
    return new OperatorDatabase(
        url,
        firstNonNull(
            arg.apply("spring.datasource.username"),
            h2 ? "sa" : env.getOrDefault("TONGCHOU_DB_USER", "tongchou")),
        firstNonNull(
            arg.apply("spring.datasource.password"),
            h2 ? "" : env.getOrDefault("TONGCHOU_DB_PASSWORD", "tongchou")),
        arg.apply("spring.flyway.schemas"));
  }

  /** One connection, migrated to the hub's schema; close it when done. */
  SingleConnectionDataSource open() {
    SingleConnectionDataSource dataSource =
        new SingleConnectionDataSource(url, user, password, true);
    var flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(
                "classpath:db/migration/common",
                "classpath:db/migration/" + (url.startsWith("jdbc:h2:") ? "h2" : "postgresql"));
    if (schema != null) {
      flyway.schemas(schema).defaultSchema(schema);
    }
    flyway.load().migrate();
    return dataSource;
  }

  private static String argument(List<String> args, String name) {
    String prefix = "--" + name + "=";
    return args.stream()
        .filter(a -> a.startsWith(prefix))
        .map(a -> a.substring(prefix.length()))
        .reduce((first, last) -> last)
        .orElse(null);
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
