package org.tongchou.adapter.hub;

import io.grpc.StatusRuntimeException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.tongchou.proto.v1.ExportChunk;
import org.tongchou.proto.v1.ExportRequest;
import org.tongchou.proto.v1.ListSigningKeysRequest;

/**
 * The hub's {@code tongchou.v1.Evidence}: its public signing keys and the auditor's JSON Lines
 * export, over a {@link HubClient}'s channel and credential.
 */
public final class EvidenceClient {

  private final HubClient hub;

  public EvidenceClient(HubClient hub) {
    this.hub = hub;
  }

  /** Every key the hub ever signed with, oldest first. */
  public List<HubKey> keys() throws HubCallException {
    try {
      return hub
          .evidence()
          .listSigningKeys(ListSigningKeysRequest.getDefaultInstance())
          .getKeysList()
          .stream()
          .map(
              k ->
                  new HubKey(
                      k.getKeyId(),
                      k.getPublicKey().toByteArray(),
                      FeedEntries.instant(k.getActivatedAt()),
                      k.getPreviousKeyId(),
                      !k.getEndorsement().isEmpty()))
          .toList();
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
  }

  /** Streams the export's lines, in file order, to {@code lines}; returns how many lines came. */
  public long export(ExportFilter filter, Consumer<String> lines) throws HubCallException {
    long count = 0;
    try {
      Iterator<ExportChunk> chunks = hub.evidenceStream().export(request(filter));
      while (chunks.hasNext()) {
        for (String line : chunks.next().getLinesList()) {
          lines.accept(line);
          count++;
        }
      }
      return count;
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
  }

  private static ExportRequest request(ExportFilter filter) {
    ExportRequest.Builder request =
        ExportRequest.newBuilder().setPurpose(filter.purpose() == null ? "" : filter.purpose());
    if (filter.idNumber() != null) {
      request.setIdNumber(filter.idNumber());
    }
    if (filter.personKey() != null) {
      request.setPersonKey(filter.personKey());
    }
    if (filter.region() != null) {
      request.setRegion(filter.region());
    }
    if (filter.recordedFrom() != null) {
      request.setRecordedFrom(WireTime.of(filter.recordedFrom()));
    }
    if (filter.recordedTo() != null) {
      request.setRecordedTo(WireTime.of(filter.recordedTo()));
    }
    return request.build();
  }
}
