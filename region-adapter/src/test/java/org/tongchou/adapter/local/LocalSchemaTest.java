package org.tongchou.adapter.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalSchemaTest {

  @Test
  void theReadmeQuotesTheDdlExactlyAsTheAdapterRunsIt() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

    assertThat(readme).contains("```sql\n" + LocalSchema.ddl() + "```");
  }

  @Test
  void theDdlSplitsIntoItsStatementsWithoutComments() {
    assertThat(LocalSchema.statements())
        .hasSize(9)
        .allSatisfy(sql -> assertThat(sql).doesNotContain("--").doesNotEndWith(";"))
        .anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE IF NOT EXISTS tongchou_inbox"));
  }
}
