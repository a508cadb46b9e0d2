package org.tongchou.hub.sync.app;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.person.domain.Receipt;
import org.tongchou.hub.person.domain.ReceiptSignature;

/**
 * The signatures a person's receipts were given when {@code Submit} answered, by event id, so that
 * a receipt read back later (a timeline, a history) carries the very signature block the region got
 * first and can be checked again with the hub's public key alone.
 */
@Component
public class ReceiptSignatures {

  private final ReceiptStore receipts;

  ReceiptSignatures(ReceiptStore receipts) {
    this.receipts = receipts;
  }

  /**
   * Every signed receipt of the person's facts (one indexed query); receipts from before signing
   * are absent.
   */
  public Map<String, ReceiptSignature> ofPerson(String personKey) {
    Map<String, ReceiptSignature> byEvent = new HashMap<>();
    for (Receipt receipt : receipts.ofPerson(personKey)) {
      if (receipt.signature() != null) {
        byEvent.put(receipt.eventId(), receipt.signature());
      }
    }
    return byEvent;
  }
}
