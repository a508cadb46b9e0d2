package org.tongchou.hub.erasure.app;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Service;
import org.tongchou.hub.erasure.domain.NameDigests;
import org.tongchou.hub.erasure.domain.PersonalFields;
import org.tongchou.hub.obligation.app.ObligationTexts;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.sealing.domain.DataKeys;
import org.tongchou.hub.sealing.domain.SealedText;

/**
 * Seals a person's personal texts before they become part of an event (and so of its hash), and
 * reveals them where the hub serves them to someone entitled: in plaintext while the person's key
 * exists, as {@link #ERASED} once it was shredded. Texts recorded before sealing existed (plain
 * text without the {@code enc:v1:} prefix) are shown as they are.
 */
@Service
public class PersonalTexts implements ObligationTexts {

  /** What a sealed text reads as once its person was erased. */
  public static final String ERASED = "(erased)";

  private final DataKeys keys;
  private final Clock clock;

  public PersonalTexts(DataKeys keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  /** The text sealed with the person's key (created if this is their first personal text). */
  public String seal(String personKey, String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return SealedText.seal(keys.findOrCreate(personKey, clock.instant()), personKey, text);
  }

  /**
   * The keyed digest of a person's name (HMAC-SHA-256 with the person's data key, 128 bits, hex):
   * equal names give equal digests for one person and nothing across persons, and once the person
   * is erased nobody can tell which name it was. Names are compared after Unicode NFKC and with
   * spaces removed, since systems write 王 芳 and 王芳 alike.
   */
  public String digestName(String personKey, String name) {
    return NameDigests.digest(keys.findOrCreate(personKey, clock.instant()), name);
  }

  /**
   * The fact's data with its personal texts sealed; the key is looked up only when there are any.
   */
  public FactData seal(String personKey, FactData data) {
    return PersonalFields.map(data, text -> seal(personKey, text));
  }

  /**
   * Opens the person's sealed texts: their key is read once, on the first sealed text, so that
   * showing a whole timeline costs one look-up, and a text-free event none.
   */
  public UnaryOperator<String> opener(String personKey) {
    return new UnaryOperator<>() {
      private Optional<SecretKey> key;

      @Override
      public String apply(String stored) {
        if (!SealedText.isSealed(stored)) {
          return stored;
        }
        if (key == null) {
          key = keys.find(personKey);
        }
        return key.map(k -> SealedText.open(k, personKey, stored)).orElse(ERASED);
      }
    };
  }

  public String reveal(String personKey, String stored) {
    return opener(personKey).apply(stored);
  }

  /** The obligation row as it may be shown: its reasons are copies of the events' sealed texts. */
  @Override
  public ObligationRow reveal(ObligationRow r) {
    UnaryOperator<String> open = opener(r.personKey());
    return new ObligationRow(
        r.obligationId(),
        r.personKey(),
        r.kind(),
        r.subject(),
        r.side(),
        r.responsible(),
        r.owed(),
        r.opensOn(),
        r.dueOn(),
        r.policyVersion(),
        r.openedBy(),
        r.period(),
        r.status(),
        r.evidence(),
        r.settledOn(),
        r.replacedBy(),
        r.waivedBy(),
        open.apply(r.waiverReason()),
        r.lastPosition(),
        r.dispute(),
        r.disputedBy(),
        open.apply(r.disputeReason()),
        open.apply(r.disputeRuling()));
  }

  /**
   * The event as it may be shown: personal texts opened, or {@link #ERASED}. Never to be stored.
   */
  public PersonEvent reveal(PersonEvent event) {
    return PersonalFields.map(event, opener(event.personKey()));
  }
}
