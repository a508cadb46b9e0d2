package org.tongchou.hub.platform.grpc;

import com.google.protobuf.Timestamp;
import java.time.Instant;

/** Instants onto the wire and back: the one conversion every mapper uses. */
public final class ProtoTime {

  private ProtoTime() {}

  public static Timestamp of(Instant at) {
    return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
  }

  public static Instant instant(Timestamp at) {
    return Instant.ofEpochSecond(at.getSeconds(), at.getNanos());
  }
}
