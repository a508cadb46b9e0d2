package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.Facet;
import org.tongchou.hub.entitlement.domain.View;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.HashChained;

/**
 * An event of a person's stream. Each carries its place in the stream and the hash chain: {@code
 * hash} is the SHA-256 of the event's canonical encoding (see {@link EventHashes}), which includes
 * {@code previousHash}.
 *
 * <p>Facts and residence conflicts live here; obligations ({@code obligation.domain}) are events of
 * the same stream, so that a fact and the duties it opens are recorded in one transaction and one
 * chain.
 */
public interface PersonEvent extends HashChained {

  String personKey();

  /** 1-based position in the person's stream. */
  long personSequence();

  Instant recordedAt();

  String previousHash();

  String hash();

  /** The same event carrying {@code hash} (null: unsealed, as it is hashed). */
  @Override
  PersonEvent withHash(String hash);

  /**
   * The divisions this event is addressed to, when it is addressed (an obligation goes to the two
   * regions it binds); empty when the feed routes it by the person's concerns instead.
   */
  /**
   * What the need-to-know rule asks of this event (docs/ACCESS.md): whose own business it is and
   * how sensitive. Every kind of event says it itself, so that the compiler asks a new kind too.
   */
  Facet facet();

  /**
   * The event as {@code view}'s reader may see it, for showing only (its hash stays the stored
   * event's): itself, unless the kind withholds parts of it.
   */
  default PersonEvent disclosedTo(View view) {
    return this;
  }

  default Set<String> addressees() {
    return Set.of();
  }

  /**
   * Dispatches on this event's kind. Every kind implements it, so a new kind adds a method to
   * {@link Visitor} (or, for a kind a feature above this one owns, to that feature's extension of
   * it), and every visitor then fails to compile until it says what the new kind means for it.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of event a person's stream holds, the list the compiler checks where an
   * {@code instanceof} chain would still compile with a kind forgotten.
   *
   * <p>Why a visitor and not a sealed interface with an exhaustive {@code switch}: Java 17 has no
   * pattern {@code switch} without preview features, and outside a named module a sealed type may
   * permit only classes of its own package, while the kinds of this stream live in three features
   * (person, obligation, erasure). Those features stand in a declared order ({@code
   * FeatureOrderTest}): person cannot name obligation's classes. So this visitor names the kinds
   * person owns, erasure's one kind through {@link Erasure} (which person owns), and obligation's
   * two kinds only as {@link #ofObligations}; {@code obligation.domain.PersonStreamVisitor} extends
   * it with those two, and every visitor in a feature above obligation implements that one, which
   * names every kind.
   */
  interface Visitor<R> {

    R factRecorded(FactRecorded event);

    R residenceConflictRecorded(ResidenceConflictRecorded event);

    R residenceConflictRuled(ResidenceConflictRuled event);

    R residenceConflictEnded(ResidenceConflictEnded event);

    R identityLinkRequested(IdentityLinkRequested event);

    R identityLinkApproved(IdentityLinkApproved event);

    R identityLinked(IdentityLinked event);

    R identityUnlinked(IdentityUnlinked event);

    R identityMismatchRecorded(IdentityMismatchRecorded event);

    R entitlementsChanged(EntitlementsChanged event);

    R registrationClaimed(RegistrationClaimed event);

    R registrationClaimDecided(RegistrationClaimDecided event);

    R arrivalContested(ArrivalContested event);

    R arrivalContestRuled(ArrivalContestRuled event);

    /** The erasure of the person ({@code erasure.domain.PersonErased}). */
    R erased(Erasure event);

    /**
     * An event of a kind the obligation feature owns ({@code ObligationsChanged}, {@code
     * ReevaluationRecorded}), seen from below obligation, where its class cannot be named. A {@code
     * PersonStreamVisitor} never receives it: it gets each kind by its own method.
     */
    R ofObligations(PersonEvent event);
  }
}
