package org.tongchou.adapter.hub;

import io.grpc.CallCredentials;
import io.grpc.Metadata;
import java.util.concurrent.Executor;

/**
 * The region's credential, sent on every call as {@code authorization: Bearer <token>} (see
 * region_sync.proto). The hub derives the pushing region from it.
 *
 * <p>The channel is plaintext for now, so the token crosses the network in the clear; it must only
 * be used on a trusted network until the hub serves TLS.
 */
final class BearerToken extends CallCredentials {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final String header;

  /**
   * @throws IllegalArgumentException when the token cannot travel in an HTTP/2 header
   */
  BearerToken(String token) {
    if (token.isEmpty() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(
          "the token must be non-empty printable ASCII without spaces");
    }
    this.header = "Bearer " + token;
  }

  @Override
  public void applyRequestMetadata(
      RequestInfo info, Executor appExecutor, MetadataApplier applier) {
    Metadata metadata = new Metadata();
    metadata.put(AUTHORIZATION, header);
    applier.apply(metadata);
  }
}
