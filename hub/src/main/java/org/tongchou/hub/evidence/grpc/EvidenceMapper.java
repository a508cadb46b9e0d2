package org.tongchou.hub.evidence.grpc;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.tongchou.hub.evidence.app.RecordedKey;
import org.tongchou.hub.evidence.app.StoredCheckpoint;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.proto.v1.SignedCheckpoint;
import org.tongchou.proto.v1.SigningKey;

/** Keys and checkpoints onto the wire (also for the feed). */
public final class EvidenceMapper {

  private EvidenceMapper() {}

  public static SignedCheckpoint toProto(StoredCheckpoint checkpoint) {
    return SignedCheckpoint.newBuilder()
        .setSequence(checkpoint.sequence())
        .setFeedPosition(checkpoint.feedPosition())
        .setToPosition(checkpoint.toPosition())
        .setBody(ByteString.copyFrom(checkpoint.body(), StandardCharsets.UTF_8))
        .setHash(checkpoint.hash())
        .setKeyId(checkpoint.keyId())
        .setSignature(ByteString.copyFrom(checkpoint.signature()))
        .setCreatedAt(ProtoTime.of(checkpoint.createdAt()))
        .build();
  }

  static SigningKey toProto(RecordedKey recorded) {
    SigningKey.Builder key =
        SigningKey.newBuilder()
            .setKeyId(recorded.key().keyId())
            .setPublicKey(
                ByteString.copyFrom(Base64.getDecoder().decode(recorded.key().publicKey())))
            .setActivatedAt(ProtoTime.of(recorded.key().activatedAt()))
            .setBody(ByteString.copyFrom(recorded.key().body()));
    if (recorded.key().previousKeyId() != null) {
      key.setPreviousKeyId(recorded.key().previousKeyId());
    }
    if (recorded.endorsement() != null) {
      key.setEndorsement(ByteString.copyFrom(recorded.endorsement()));
    }
    return key.build();
  }
}
