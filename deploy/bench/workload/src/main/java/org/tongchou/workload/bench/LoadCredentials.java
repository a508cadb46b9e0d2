package org.tongchou.workload.bench;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.util.concurrent.TimeUnit;
import org.tongchou.proto.v1.CredentialRole;
import org.tongchou.proto.v1.CredentialsServiceGrpc;
import org.tongchou.proto.v1.IssueTokenRequest;

/**
 * Issues the load test's region credentials over the hub's own RPC (CredentialsService), as the
 * national office would: hundreds of them in seconds, with no shell on the hub machine. Labels
 * carry the run id, so that a run's credentials can be told apart in lists and the access log.
 */
public final class LoadCredentials implements AutoCloseable {

  private static final long ONE_DAY = 86_400;

  private final ManagedChannel channel;
  private final CredentialsServiceGrpc.CredentialsServiceBlockingStub stub;

  /**
   * @param node one hub node, {@code host:port} (plaintext on loopback, as the bench scripts run)
   * @param nationalOfficeToken a national office's token
   */
  public LoadCredentials(String node, String nationalOfficeToken) {
    channel = ManagedChannelBuilder.forTarget(node).usePlaintext().build();
    Metadata headers = new Metadata();
    headers.put(
        Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER),
        "Bearer " + nationalOfficeToken);
    stub =
        CredentialsServiceGrpc.newBlockingStub(channel)
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
  }

  /** A region token for {@code county}, valid for a day. */
  public String regionToken(String county, String label) {
    return stub.withDeadlineAfter(30, TimeUnit.SECONDS)
        .issueToken(
            IssueTokenRequest.newBuilder()
                .setRole(CredentialRole.CREDENTIAL_ROLE_REGION)
                .setJurisdiction(county)
                .setLabel(label)
                .setValidForSeconds(ONE_DAY)
                .build())
        .getToken();
  }

  @Override
  public void close() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }
}
