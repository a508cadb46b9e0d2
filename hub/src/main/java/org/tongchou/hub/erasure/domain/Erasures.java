package org.tongchou.hub.erasure.domain;

import java.time.Instant;
import java.util.List;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.Erasure;
import org.tongchou.hub.person.domain.PersonState;

/** The erasure of a person, decided on their history: once, and only of someone recorded. */
public final class Erasures {

  /** The refusal reason of anything asked of an erased person that would need their data. */
  public static final String PERSON_ERASED = "PERSON_ERASED";

  private Erasures() {}

  public static Decision erase(
      String personKey, PersonState state, String office, String reason, Instant recordedAt) {
    if (!state.isKnown()) {
      return new Decision.Refused(
          new Refusal(
              Refusal.Kind.NOT_FOUND,
              "PERSON_NOT_FOUND",
              "id_number: the hub has no record of this person",
              List.of()));
    }
    if (state.erasure().isPresent()) {
      return new Decision.Refused(refusal("id_number", state));
    }
    PersonErased erased =
        EventHashes.seal(
            new PersonErased(
                personKey,
                state.sequence() + 1,
                office,
                reason,
                recordedAt,
                state.lastHash(),
                null));
    return Decision.Accepted.of(List.of(erased));
  }

  /** FAILED_PRECONDITION naming {@code field}: the person is erased, with when and by whom. */
  public static Refusal refusal(String field, PersonState state) {
    Erasure erased = state.erasure().orElseThrow();
    return Refusal.precondition(
        PERSON_ERASED,
        field,
        "the person was erased on "
            + erased.recordedAt()
            + " by office "
            + erased.erasedBy()
            + "; the hub records nothing more about them");
  }
}
