package org.tongchou.hub.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;
import org.tongchou.hub.testing.ObligationChanges;

/**
 * Encoding each event once stores exactly the bytes, and seals with exactly the hash, that the
 * earlier path gave: a hash over the canonical JSON of the event without its hash, then Axon's
 * Jackson serializer over the sealed event.
 */
class EncodedEventSerializerTest {

  static final Instant AT = Instant.parse("2026-12-01T10:15:30.123456Z");
  static final String PLACEHOLDER = "z".repeat(64);

  /** Unsealed events: every kind of obligation change, escapes, Chinese, the hash member first. */
  static List<PersonEvent> fixedEvents() throws Exception {
    List<PersonEvent> events = new ArrayList<>();
    events.add(arrival(1, EventHashes.GENESIS, "a-1", "王芳"));
    events.add(arrival(2, "ab".repeat(32), "a-2", null));
    // A record id that spells the placeholder member: JSON escapes its quotes, so it is no match.
    events.add(arrival(3, "cd".repeat(32), "\"hash\":\"" + PLACEHOLDER + "\"", "\"引号\" \\ é"));
    events.add(
        new FactRecorded(
            "pkey",
            4,
            "e-1",
            "320211",
            "320200",
            LocalDate.of(2026, 9, 30),
            "410102",
            new ResidenceEnded("moved \"away\"\n to 郑州 " + PLACEHOLDER),
            AT,
            "ef".repeat(32),
            null,
            "M",
            LocalDate.of(1985, 1, 1),
            "12".repeat(32)));
    for (Class<?> type : ObligationChange.class.getPermittedSubclasses()) {
      List<ObligationChange> changes = new ArrayList<>();
      for (int variant = 0; variant < ObligationStatus.values().length; variant++) {
        changes.add(ObligationChanges.everyComponentSet(type, variant, "320000"));
      }
      events.add(
          new ObligationsChanged("pkey", 5, changes, "320211/r-1", AT, "01".repeat(32), null));
    }
    // Nothing sorts before "hash": the member the hash leaves out comes first.
    events.add(new ObligationsChanged("p", 1, List.of(), null, null, null, null));
    return events;
  }

  static FactRecorded arrival(long sequence, String previous, String recordId, String digest) {
    return new FactRecorded(
        "pkey",
        sequence,
        recordId,
        "320211",
        "320200",
        LocalDate.of(2026, 3, 1),
        "410102",
        new ArrivalRegistered("410102"),
        AT,
        previous,
        null,
        "F",
        LocalDate.of(1990, 3, 7),
        digest);
  }

  /** The earlier path: hash the event without its hash, then let Axon's serializer store it. */
  static byte[] storedTheEarlierWay(PersonEvent event) {
    PersonEvent sealed =
        event.withHash(EventHashes.sha256(CanonicalJson.bytes(event.withHash(null))));
    return AxonConfiguration.jacksonEventSerializer().serialize(sealed, byte[].class).getData();
  }

  @Test
  void aSealedEventIsStoredAsTheBytesAndWithTheHashTheEarlierPathGave() throws Exception {
    CountingSerializer jackson = new CountingSerializer(AxonConfiguration.jacksonEventSerializer());
    Serializer store = new EncodedEventSerializer(jackson);
    List<PersonEvent> events = fixedEvents();
    assertThat(events).hasSize(11);

    for (PersonEvent event : events) {
      PersonEvent sealed = EventHashes.seal(event);
      SerializedObject<byte[]> stored = store.serialize(sealed, byte[].class);

      byte[] earlier = storedTheEarlierWay(event);
      assertThat(new String(stored.getData(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(new String(earlier, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(stored.getData()).isEqualTo(earlier);
      assertThat(sealed.hash()).isEqualTo(EventHashes.expectedHash(sealed));
      assertThat(stored.getType())
          .isEqualTo(AxonConfiguration.jacksonEventSerializer().typeForClass(event.getClass()));
    }
    // Every stored form came from sealing, none from serializing again.
    assertThat(jackson.serialized.get()).isZero();
  }

  @Test
  void anEventWhoseBytesAreNoLongerHeldIsSerializedToTheSameBytes() throws Exception {
    CountingSerializer jackson = new CountingSerializer(AxonConfiguration.jacksonEventSerializer());
    Serializer store = new EncodedEventSerializer(jackson);
    PersonEvent event = fixedEvents().get(0);
    PersonEvent sealed = EventHashes.seal(event);
    byte[] first = store.serialize(sealed, byte[].class).getData();

    byte[] again = store.serialize(sealed, byte[].class).getData();

    assertThat(again).isEqualTo(first).isEqualTo(storedTheEarlierWay(event));
    assertThat(jackson.serialized.get()).isEqualTo(1);
  }

  /** Counts what reaches the Jackson serializer. */
  static final class CountingSerializer implements Serializer {
    final Serializer delegate;
    final AtomicInteger serialized = new AtomicInteger();

    CountingSerializer(Serializer delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
      serialized.incrementAndGet();
      return delegate.serialize(object, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
      return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
      return delegate.deserialize(serializedObject);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
      return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
      return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
      return delegate.getConverter();
    }
  }
}
