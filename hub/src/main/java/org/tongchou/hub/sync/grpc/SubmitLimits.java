package org.tongchou.hub.sync.grpc;

import io.grpc.Status;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.app.NewPersonQuota;
import org.tongchou.hub.access.app.RefusalBursts;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Credential;
import org.tongchou.hub.accesslog.app.AccessLog;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.proto.v1.SubmitRequest;

/**
 * What limits a credential's Submit (docs/ACCESS.md, "Credentials, quotas and hardening"): the
 * daily quota of persons new to it, checked before a batch is looked at, and the metering of
 * refusal bursts after. Both go on the access log, so that an auditor sees them.
 */
@Component
class SubmitLimits {

  static final String ACTION = "RegionSync.Submit";
  private static final String QUOTA_PURPOSE = "credential-quota";

  private final NewPersonQuota quota;
  private final RefusalBursts bursts;
  private final PersonIndex index;
  private final AccessLog accessLog;
  private final Clock clock;

  SubmitLimits(
      NewPersonQuota quota,
      RefusalBursts bursts,
      PersonIndex index,
      AccessLog accessLog,
      Clock clock) {
    this.quota = quota;
    this.bursts = bursts;
    this.index = index;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /**
   * Counts the batch's persons new to the credential; RESOURCE_EXHAUSTED with RetryInfo (until the
   * next day) if they would exceed its quota, with nothing of the batch recorded.
   */
  void admit(Caller caller, Credential credential, SubmitRequest request) {
    List<String> persons =
        request.getFactsList().stream()
            .map(f -> f.getPerson().getIdNumber().trim().toUpperCase(Locale.ROOT))
            .filter(n -> !n.isEmpty())
            .distinct()
            .map(n -> index.pseudonym(QUOTA_PURPOSE, n))
            .toList();
    NewPersonQuota.Admission admission = quota.admit(credential.key(), persons, clock.instant());
    if (admission.admitted()) {
      return;
    }
    accessLog.refused(caller, ACTION, List.of(), null, "QUOTA_EXHAUSTED");
    refused(caller, credential, request.getFactsCount());
    com.google.rpc.Status status =
        GrpcErrors.status(
            Status.Code.RESOURCE_EXHAUSTED,
            "batch "
                + request.getBatchSequence()
                + " names "
                + admission.fresh()
                + " persons new to this credential; "
                + admission.usedToday()
                + " of its daily "
                + admission.limit()
                + " are used. Nothing of the batch was recorded; send it again tomorrow",
            "QUOTA_EXHAUSTED",
            Map.of(
                "batchSequence", Long.toString(request.getBatchSequence()),
                "limit", Integer.toString(admission.limit()),
                "usedToday", Long.toString(admission.usedToday())));
    throw GrpcErrors.exception(GrpcErrors.withRetryDelay(status, admission.retry().toSeconds()));
  }

  /** Meters {@code count} refused facts; a burst goes on the access log once a minute. */
  void refused(Caller caller, Credential credential, int count) {
    if (bursts.count(Objects.requireNonNull(credential.key()), count)) {
      accessLog.refused(caller, ACTION, List.of(), null, "REFUSAL_BURST");
    }
  }
}
