package org.tongchou.adapter.hub;

import com.google.protobuf.Timestamp;
import java.time.Instant;

/** Instants onto the wire: the one conversion the adapter's requests use. */
public final class WireTime {

  private WireTime() {}

  public static Timestamp of(Instant at) {
    return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
  }
}
