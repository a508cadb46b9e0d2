package org.tongchou.hub.access.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.hub.access.domain.Role;

class PeerNamesTest {

  @Test
  void aRegionSubjectReadsBackAsThatRegion() {
    String subject = PeerNames.subject(Role.REGION, "320200").toString();

    assertThat(PeerNames.caller(subject))
        .get()
        .satisfies(
            caller -> {
              assertThat(caller.role()).isEqualTo(Role.REGION);
              assertThat(caller.jurisdiction()).isEqualTo("320200");
            });
  }

  @Test
  void aCodeCarryingASecondNameIsRefusedWhenIssuing() {
    assertThatThrownBy(() -> PeerNames.subject(Role.REGION, "320200, CN=110000"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void subjectsThatBendTheConventionNameNobody() {
    assertThat(PeerNames.caller("CN=110000,CN=320200,OU=region,O=Tongchou")).isEmpty();
    assertThat(PeerNames.caller("CN=320200,OU=Region,O=Tongchou")).isEmpty();
    assertThat(PeerNames.caller("CN=320200,OU=auditor,O=Tongchou")).isEmpty();
    assertThat(PeerNames.caller("CN=320200,OU=region,O=Other")).isEmpty();
    assertThat(PeerNames.caller("CN=320200+OU=auditor,OU=region,O=Tongchou")).isEmpty();
    assertThat(PeerNames.caller("CN=hub,OU=hub,O=Tongchou")).isEmpty();
  }

  @Test
  void theCaRefusesAnUnknownCodeAndConflictingRoles(@TempDir Path dir) {
    Path ca = dir.resolve("ca");
    assertThat(CaCommand.run(List.of("ca", "init", "--dir", ca.toString()))).isZero();

    assertThat(
            CaCommand.run(
                List.of(
                    "ca",
                    "issue",
                    "--dir",
                    ca.toString(),
                    "--region",
                    "329999",
                    "--generate",
                    dir.resolve("x").toString())))
        .isEqualTo(2);
    assertThat(
            CaCommand.run(
                List.of(
                    "ca",
                    "issue",
                    "--dir",
                    ca.toString(),
                    "--region",
                    "320200",
                    "--auditor",
                    "--generate",
                    dir.resolve("y").toString())))
        .isEqualTo(2);
    assertThat(CaCommand.run(List.of("ca", "init", "--dir", ca.toString())))
        .as("never a second CA")
        .isEqualTo(2);
  }
}
