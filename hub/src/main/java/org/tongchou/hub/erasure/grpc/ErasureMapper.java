package org.tongchou.hub.erasure.grpc;

import org.tongchou.hub.person.domain.Erasure;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.proto.v1.PersonErasure;

/** An erasure onto the wire, the same in the erasure's answer and in the person's timeline. */
public final class ErasureMapper {

  private ErasureMapper() {}

  public static PersonErasure toProto(Erasure e, long position) {
    return PersonErasure.newBuilder()
        .setErasedAt(ProtoTime.of(e.recordedAt()))
        .setErasedBy(e.erasedBy())
        .setReason(e.reason())
        .setPosition(position)
        .setHash(e.hash())
        .setPersonSequence(e.personSequence())
        .build();
  }
}
