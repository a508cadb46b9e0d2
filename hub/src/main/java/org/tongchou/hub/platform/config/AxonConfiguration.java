package org.tongchou.hub.platform.config;

import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.tongchou.hub.kernel.CanonicalJson;

/**
 * Axon on our own tables: snake_case names created by Flyway, events stored as the canonical JSON
 * the hash chain is computed over.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

  @Bean
  EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable("domain_event_entry")
        .snapshotTable("snapshot_event_entry")
        .globalIndexColumn("global_index")
        .eventIdentifierColumn("event_identifier")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .timestampColumn("time_stamp")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .build();
  }

  @Bean
  TokenSchema tokenSchema() {
    return TokenSchema.builder()
        .setTokenTable("token_entry")
        .setProcessorNameColumn("processor_name")
        .setSegmentColumn("segment")
        .setTokenColumn("token")
        .setTokenTypeColumn("token_type")
        .setTimestampColumn("time_stamp")
        .setOwnerColumn("owner")
        .build();
  }

  @Bean
  @Primary
  Serializer serializer() {
    return JacksonSerializer.builder()
        .objectMapper(CanonicalJson.mapper().copy())
        .defaultTyping()
        .build();
  }

  /** Stores a sealed event as the bytes it was hashed with (serialized once, see the class). */
  @Bean
  @Qualifier("eventSerializer")
  Serializer eventSerializer() {
    return new EncodedEventSerializer(jacksonEventSerializer());
  }

  /** The serializer events were stored with before they were encoded once: same bytes. */
  static Serializer jacksonEventSerializer() {
    return JacksonSerializer.builder().objectMapper(CanonicalJson.mapper().copy()).build();
  }

  @Bean
  @Qualifier("messageSerializer")
  Serializer messageSerializer() {
    return JacksonSerializer.builder()
        .objectMapper(CanonicalJson.mapper().copy())
        .defaultTyping()
        .build();
  }
}
