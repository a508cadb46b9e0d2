package org.tongchou.hub.platform.config;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.tongchou.hub.kernel.EncodedEvents;
import org.tongchou.hub.kernel.HashChained;

/**
 * The event store's serializer: a sealed event is stored as the bytes its hash was computed with
 * ({@link EncodedEvents}), so it is serialized once, not once to hash and once to store. Anything
 * else, and an event whose bytes are no longer held, goes to the Jackson serializer over the same
 * canonical mapper, which gives the same bytes; reading is the Jackson serializer's.
 */
final class EncodedEventSerializer implements Serializer {

  private final Serializer jackson;

  EncodedEventSerializer(Serializer jackson) {
    this.jackson = jackson;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
    if (object instanceof HashChained event && expectedRepresentation == byte[].class) {
      byte[] stored = EncodedEvents.take(event.hash());
      if (stored != null) {
        return new SimpleSerializedObject<>(
            (T) stored, expectedRepresentation, jackson.typeForClass(object.getClass()));
      }
    }
    return jackson.serialize(object, expectedRepresentation);
  }

  @Override
  public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
    return jackson.canSerializeTo(expectedRepresentation);
  }

  @Override
  public <S, T> T deserialize(SerializedObject<S> serializedObject) {
    return jackson.deserialize(serializedObject);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Class classForType(SerializedType type) {
    return jackson.classForType(type);
  }

  @Override
  public SerializedType typeForClass(Class type) {
    return jackson.typeForClass(type);
  }

  @Override
  public Converter getConverter() {
    return jackson.getConverter();
  }
}
