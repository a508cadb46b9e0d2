package org.tongchou.hub.evidence.app;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code hub signing list} and {@code hub signing rotate}: the operator's view of the hub's signing
 * keys, and a rotation. The current key endorses its successor, and the rotation is recorded in
 * {@code signing_key} for everyone to check; a running hub signs with the new key from its next
 * checkpoint on (it must see the same key directory).
 */
@Component
@ConditionalOnProperty(name = "tongchou.command", havingValue = "signing")
class SigningCommand implements ApplicationRunner {

  static final String USAGE = "usage: hub signing (list | rotate)";

  private final SigningKeys keys;

  SigningCommand(SigningKeys keys) {
    this.keys = keys;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> words = args.getNonOptionArgs();
    // A hub that never signed anything has no key yet: it makes its first one, as a serving hub
    // would.
    keys.refresh();
    if (words.size() == 2 && words.get(1).equals("rotate")) {
      RecordedKey next = keys.rotate();
      System.out.println(
          "rotated: key "
              + next.key().keyId()
              + " replaces "
              + next.key().previousKeyId()
              + ", which endorsed it");
      return;
    }
    if (words.size() == 2 && words.get(1).equals("list")) {
      keys.all()
          .forEach(
              k ->
                  System.out.println(
                      k.key().keyId()
                          + "  from "
                          + k.key().activatedAt()
                          + (k.key().previousKeyId() == null
                              ? "  first key"
                              : "  replaces "
                                  + k.key().previousKeyId()
                                  + (k.endorsement() == null ? " (not endorsed)" : ""))));
      return;
    }
    System.err.println(USAGE);
    throw new IllegalArgumentException(USAGE);
  }
}
