package org.tongchou.hub.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongchou.hub.testing.Facts.WUXI;
import static org.tongchou.hub.testing.Facts.WUXI_BINHU;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.evidence.app.Checkpoints;
import org.tongchou.hub.evidence.app.StoredCheckpoint;
import org.tongchou.hub.evidence.domain.MerkleTree;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.EvidenceGrpc;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.GetPersonHistoryRequest;
import org.tongchou.proto.v1.HistoryEntry;
import org.tongchou.proto.v1.HistoryGrpc;
import org.tongchou.proto.v1.ListSigningKeysRequest;
import org.tongchou.proto.v1.Receipt;
import org.tongchou.proto.v1.ReceiptSignature;

/** Signed receipts and signed checkpoints as a region receives them, checked with the JDK alone. */
@PostgresHub
class EvidenceOverGrpcIT {

  @Autowired ApplicationContext context;
  @Autowired Checkpoints checkpoints;
  @Autowired FeedReader feed;
  HubClient wuxi;

  @BeforeEach
  void connect() {
    wuxi = TestHub.clientFor(context, WUXI);
  }

  @AfterEach
  void disconnect() {
    wuxi.close();
  }

  @Test
  void everyReceiptOfABatchCarriesTheHubsSignatureAndARepushReturnsItUnchanged() throws Exception {
    List<Fact> batch =
        List.of(
            Facts.arrival(IdNumbers.woman("410102"), WUXI_BINHU, "2026-02-01"),
            Facts.arrival(IdNumbers.man("410102"), WUXI_BINHU, "2026-02-01"),
            Facts.arrival(IdNumbers.woman("410102"), WUXI_BINHU, "2026-02-02"));

    List<FactOutcome> first = wuxi.submit(batch);
    List<FactOutcome> again = wuxi.submit(batch);

    for (int i = 0; i < batch.size(); i++) {
      Receipt receipt = first.get(i).getReceipt();
      assertThat(verifies(receipt)).as("receipt %d", i).isTrue();
      assertThat(
              new String(
                  receipt.getSignature().getReceiptBody().toByteArray(), StandardCharsets.UTF_8))
          .contains(
              "\"eventId\":\"" + receipt.getEventId() + "\"",
              "\"hash\":\"" + receipt.getHash() + "\"");
      assertThat(again.get(i).getReceipt()).isEqualTo(receipt);
    }
  }

  @Test
  void aReceiptReadBackOnATimelineOrInAHistoryCarriesTheSignatureSubmitGaveItAndVerifiesAlike()
      throws Exception {
    String person = IdNumbers.woman("410102");
    List<FactOutcome> submitted =
        wuxi.submit(
            List.of(
                Facts.arrival(person, WUXI_BINHU, "2026-02-01"),
                Facts.service(person, WUXI_BINHU, "2026-02-10")));

    var timeline = wuxi.timeline(person);
    var history =
        auditor()
            .authorized(HistoryGrpc.newBlockingStub(wuxi.channel()))
            .getPersonHistory(
                GetPersonHistoryRequest.newBuilder()
                    .setIdNumber(person)
                    .setPurpose("receipts")
                    .build());

    for (FactOutcome outcome : submitted) {
      Receipt given = outcome.getReceipt();
      Receipt onTimeline =
          timeline.getFactsList().stream()
              .map(f -> f.getReceipt())
              .filter(r -> r.getEventId().equals(given.getEventId()))
              .findFirst()
              .orElseThrow();
      Receipt inHistory =
          history.getEntriesList().stream()
              .map(e -> e.getReceipt())
              .filter(r -> r.getEventId().equals(given.getEventId()))
              .findFirst()
              .orElseThrow();
      assertThat(given.hasSignature()).isTrue();
      assertThat(onTimeline).isEqualTo(given);
      assertThat(inHistory).isEqualTo(given);
      assertThat(verifies(onTimeline)).isTrue();
      assertThat(verifies(inHistory)).isTrue();
    }
    // What the hub derives (obligations) no region submitted: its receipt has no signature to
    // carry.
    assertThat(history.getEntriesList())
        .filteredOn(e -> e.getKind() != HistoryEntry.Kind.FACT)
        .allSatisfy(e -> assertThat(e.getReceipt().hasSignature()).isFalse());
  }

  private HubClient auditor() {
    String token =
        context
            .getBean(CredentialStore.class)
            .issue(org.tongchou.hub.access.domain.Role.AUDITOR, null, "receipts-auditor");
    return new HubClient(wuxi.channel(), token);
  }

  @Test
  void aReceiptWhosePathWasTamperedWithDoesNotVerify() throws Exception {
    List<FactOutcome> outcomes =
        wuxi.submit(
            List.of(
                Facts.arrival(IdNumbers.woman("410102"), WUXI_BINHU, "2026-02-01"),
                Facts.arrival(IdNumbers.woman("410102"), WUXI_BINHU, "2026-02-01")));
    Receipt receipt = outcomes.get(0).getReceipt();
    String step = receipt.getSignature().getPath(0);
    // Always a different character, so that the forgery is never the original path.
    char flipped = step.charAt(1) == '0' ? '1' : '0';
    Receipt forged =
        receipt.toBuilder()
            .setSignature(
                receipt.getSignature().toBuilder()
                    .setPath(0, step.charAt(0) + String.valueOf(flipped) + step.substring(2)))
            .build();

    assertThat(forged.getSignature().getPath(0)).isNotEqualTo(step);

    assertThat(verifies(receipt)).isTrue();
    assertThat(verifies(forged)).isFalse();
  }

  @Test
  void everyRegionsFeedDeliversEachSignedCheckpointAtItsOwnPosition() {
    String henan = context.getBean(CredentialStore.class).issue("410000", "henan-evidence");
    String suzhou = context.getBean(CredentialStore.class).issue("320500", "suzhou-evidence");
    wuxi.submitOne(Facts.arrival(IdNumbers.woman("410102"), WUXI_BINHU, "2026-02-01"));
    long before = feed.head();

    StoredCheckpoint checkpoint = checkpoints.writeNext().orElseThrow();

    assertThat(checkpoint.feedPosition()).isGreaterThan(before);
    for (String token : List.of(henan, suzhou)) {
      try (FeedClient client =
          new FeedClient(wuxi, token, checkpoint.feedPosition() - 1, 10, 60_000)) {
        FeedItem item = client.next(10_000);
        assertThat(item).isNotNull();
        assertThat(item.getPosition()).isEqualTo(checkpoint.feedPosition());
        assertThat(item.getSignedCheckpoint().getSequence()).isEqualTo(checkpoint.sequence());
        assertThat(item.getSignedCheckpoint().getBody().toStringUtf8())
            .isEqualTo(checkpoint.body());
      }
    }
  }

  @Test
  void aCheckpointSignsTheMerkleRootOfEveryEventSinceTheLastAndChainsToIt() throws Exception {
    StoredCheckpoint earlier = checkpoints.writeNext().orElse(null);
    wuxi.submitOne(Facts.arrival(IdNumbers.woman("410102"), WUXI_BINHU, "2026-02-01"));

    StoredCheckpoint next = checkpoints.writeNext().orElseThrow();

    long from = number(next.body(), "fromPosition");
    List<String> leaves =
        feed.read(null, from, next.toPosition(), 10_000).stream()
            .filter(e -> e.checkpoint() == null)
            .map(e -> MerkleTree.leaf(payloadOf(e.globalIndex())))
            .toList();
    assertThat(text(next.body(), "merkleRoot")).isEqualTo(MerkleTree.of(leaves).root());
    assertThat(number(next.body(), "eventCount")).isEqualTo(leaves.size());
    if (earlier != null) {
      assertThat(text(next.body(), "previousHash")).isEqualTo(earlier.hash());
      assertThat(from).isEqualTo(earlier.toPosition());
    }
    assertThat(next.hash())
        .isEqualTo(EventHashes.sha256(next.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(
            signatureVerifies(
                next.keyId(), next.body().getBytes(StandardCharsets.UTF_8), next.signature()))
        .isTrue();
  }

  private byte[] payloadOf(long globalIndex) {
    return context
        .getBean(org.springframework.jdbc.core.JdbcTemplate.class)
        .queryForObject(
            "SELECT payload FROM domain_event_entry WHERE global_index = ?",
            byte[].class,
            globalIndex);
  }

  private boolean verifies(Receipt receipt) throws Exception {
    ReceiptSignature signature = receipt.getSignature();
    String leaf = EventHashes.sha256(signature.getReceiptBody().toByteArray());
    String root = MerkleTree.rootOf(leaf, signature.getPathList());
    String batch = signature.getBatchBody().toStringUtf8();
    return root.equals(text(batch, "receiptsRoot"))
        && signatureVerifies(
            signature.getKeyId(),
            signature.getBatchBody().toByteArray(),
            signature.getSignature().toByteArray());
  }

  private boolean signatureVerifies(String keyId, byte[] body, byte[] signature) throws Exception {
    var keys =
        wuxi.authorized(EvidenceGrpc.newBlockingStub(wuxi.channel()))
            .listSigningKeys(ListSigningKeysRequest.getDefaultInstance())
            .getKeysList();
    byte[] der =
        keys.stream()
            .filter(k -> k.getKeyId().equals(keyId))
            .findFirst()
            .orElseThrow()
            .getPublicKey()
            .toByteArray();
    PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(body);
    return verifier.verify(signature);
  }

  private static String text(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  private static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
