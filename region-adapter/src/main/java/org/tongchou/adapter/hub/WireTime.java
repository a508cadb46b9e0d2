package org.tongchou.adapter.hub;

import com.google.protobuf.Timestamp;
import java.time.Instant;

/** Instants onto the wire and back: the one conversion the adapter uses. */
public final class WireTime {

  private WireTime() {}

  public static Timestamp of(Instant at) {
    return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
  }

  public static Instant instant(Timestamp at) {
    return Instant.ofEpochSecond(at.getSeconds(), at.getNanos());
  }
}
