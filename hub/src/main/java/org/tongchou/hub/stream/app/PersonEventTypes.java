package org.tongchou.hub.stream.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tongchou.hub.erasure.domain.PersonErased;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.ReevaluationRecorded;
import org.tongchou.hub.person.domain.ArrivalContestRuled;
import org.tongchou.hub.person.domain.ArrivalContested;
import org.tongchou.hub.person.domain.EntitlementsChanged;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinkApproved;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.IdentityMismatchRecorded;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.RegistrationClaimDecided;
import org.tongchou.hub.person.domain.RegistrationClaimed;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;

/**
 * The event types a person's stream holds, by the payload type the store records. Only these are
 * ever decoded from stored bytes: a stored type name never loads an arbitrary class.
 */
public final class PersonEventTypes {

  private static final Map<String, Class<? extends PersonEvent>> BY_NAME =
      Stream.of(
              FactRecorded.class,
              ResidenceConflictRecorded.class,
              ResidenceConflictRuled.class,
              ResidenceConflictEnded.class,
              ObligationsChanged.class,
              IdentityLinkRequested.class,
              IdentityLinked.class,
              IdentityUnlinked.class,
              ReevaluationRecorded.class,
              PersonErased.class,
              EntitlementsChanged.class,
              IdentityMismatchRecorded.class,
              RegistrationClaimed.class,
              RegistrationClaimDecided.class,
              ArrivalContested.class,
              ArrivalContestRuled.class,
              IdentityLinkApproved.class)
          .collect(Collectors.toUnmodifiableMap(Class::getName, type -> type));

  private PersonEventTypes() {}

  public static Class<? extends PersonEvent> of(String payloadType) {
    Class<? extends PersonEvent> type = BY_NAME.get(payloadType);
    if (type == null) {
      throw new IllegalStateException("the store holds an event of unknown type " + payloadType);
    }
    return type;
  }

  /** Decodes a stored payload (canonical JSON) of a known type. */
  public static PersonEvent decode(String payloadType, byte[] payload) {
    try {
      return CanonicalJson.mapper().readValue(payload, of(payloadType));
    } catch (IOException e) {
      throw new UncheckedIOException("a stored " + payloadType + " cannot be read", e);
    }
  }
}
