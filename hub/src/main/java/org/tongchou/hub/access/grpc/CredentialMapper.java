package org.tongchou.hub.access.grpc;

import com.google.protobuf.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Lifetimes;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.proto.v1.CredentialRole;
import org.tongchou.proto.v1.CredentialSummary;

/** Credentials between the wire and the store; bad fields become INVALID_ARGUMENT naming them. */
final class CredentialMapper {

  private CredentialMapper() {}

  static Role role(CredentialRole role, String field) {
    return switch (role) {
      case CREDENTIAL_ROLE_REGION -> Role.REGION;
      case CREDENTIAL_ROLE_OFFICE -> Role.OFFICE;
      case CREDENTIAL_ROLE_AUDITOR -> Role.AUDITOR;
      case CREDENTIAL_ROLE_UNSPECIFIED, UNRECOGNIZED ->
          throw RegionScope.invalid(field, "REGION, OFFICE or AUDITOR");
    };
  }

  static CredentialRole toProto(Role role) {
    return switch (role) {
      case REGION -> CredentialRole.CREDENTIAL_ROLE_REGION;
      case OFFICE -> CredentialRole.CREDENTIAL_ROLE_OFFICE;
      case AUDITOR -> CredentialRole.CREDENTIAL_ROLE_AUDITOR;
    };
  }

  /** The jurisdiction field for a role: null where the role has none. */
  static String jurisdiction(Role role, String given) {
    String code = given.isEmpty() ? null : given;
    boolean fits =
        switch (role) {
          case AUDITOR -> code == null;
          case OFFICE -> true;
          case REGION -> code != null;
        };
    if (!fits) {
      throw RegionScope.invalid(
          "jurisdiction",
          role == Role.AUDITOR ? "an auditor has none" : "a region needs its division code");
    }
    if (code != null && !Caller.NATIONAL.equals(code) && !code.matches("[0-9]{6}")) {
      throw RegionScope.invalid("jurisdiction", "a division code of 6 digits");
    }
    return code == null ? null : Caller.jurisdictionOfOffice(code);
  }

  /** Seconds on the wire; 0 is {@code otherwise}. */
  static Duration lifetime(long seconds, Duration otherwise, String field) {
    if (seconds == 0) {
      return otherwise;
    }
    if (seconds < 0 || seconds > Lifetimes.MAX.toSeconds()) {
      throw RegionScope.invalid(field, "between 1 and " + Lifetimes.MAX.toSeconds() + " seconds");
    }
    return Duration.ofSeconds(seconds);
  }

  static CredentialSummary summary(CredentialStore.Listed c) {
    CredentialSummary.Builder summary =
        CredentialSummary.newBuilder()
            .setId(c.id())
            .setRole(toProto(c.role()))
            .setJurisdiction(c.jurisdiction() == null ? "" : c.jurisdiction())
            .setLabel(c.label())
            .setIssuedAt(timestamp(c.issuedAt()))
            .setExpiresAt(timestamp(c.expiresAt()));
    if (c.revokedAt() != null) {
      summary.setRevokedAt(timestamp(c.revokedAt())).setRevokedReason(c.revokedReason());
    }
    return summary.build();
  }

  static Timestamp timestamp(Instant at) {
    return ProtoTime.of(at);
  }
}
