package org.tongchou.hub.evidence.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.tls.Pem;
import org.tongchou.hub.evidence.domain.SigningKeyRecord;
import org.tongchou.hub.kernel.EventHashes;

/**
 * The hub's Ed25519 signing keys (from the JDK). Private halves are PKCS#8 PEM files named by key
 * id in {@code tongchou.signing.key-dir}; public halves are recorded in {@code signing_key}, so
 * every key the hub ever signed with stays checkable. The newest recorded key whose private half is
 * here signs; a hub that finds none of its own makes one and records it. Hub nodes share the
 * database and the key directory: of two that make a key at once, one records it and the other
 * signs with it ({@code signing_key.replaces} is unique).
 */
@Component
public class SigningKeys {

  /** A signature and the key that made it. */
  public record Signed(String keyId, byte[] signature) {}

  private record Active(SigningKeyRecord key, PrivateKey privateKey) {}

  private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

  private final SigningKeyStore store;
  private final Path dir;
  private final Clock clock;
  private volatile Active active;

  SigningKeys(
      SigningKeyStore store,
      @Value("${tongchou.signing.key-dir:${tongchou.data-dir}/signing}") Path dir,
      Clock clock) {
    this.store = store;
    this.dir = dir;
    this.clock = clock;
  }

  /** Signs with the current key. */
  public Signed sign(byte[] body) {
    Active current = current();
    return new Signed(current.key().keyId(), signature(current.privateKey(), body));
  }

  /** A body that names the key signing it, and its signature by that very key. */
  public record SignedBody(String keyId, byte[] body, byte[] signature) {}

  /** Signs a body that must name its signing key: one key for both, even during a rotation. */
  public SignedBody signNaming(Function<String, byte[]> bodyForKey) {
    Active current = current();
    byte[] body = bodyForKey.apply(current.key().keyId());
    return new SignedBody(current.key().keyId(), body, signature(current.privateKey(), body));
  }

  /** Every key ever recorded, oldest first. */
  public List<RecordedKey> all() {
    return store.all();
  }

  /**
   * A new key takes over; the current one endorses it. Hubs sharing the database pick it up at
   * their next {@link #refresh()} once they have its private file.
   */
  public synchronized RecordedKey rotate() {
    Active previous = current();
    RecordedKey next =
        generate(previous.key().keyId(), previous.privateKey())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "key "
                            + previous.key().keyId()
                            + " was replaced by another rotation at the "
                            + "same moment; see `hub signing list`"));
    LOG.info("signing key {} replaces {}", next.key().keyId(), previous.key().keyId());
    return next;
  }

  /**
   * Switches to the newest recorded key whose private half is here (another process may have
   * rotated).
   */
  public synchronized void refresh() {
    List<RecordedKey> keys = store.all();
    if (useNewestHere(keys)) {
      return;
    }
    String last = keys.isEmpty() ? null : keys.get(keys.size() - 1).key().keyId();
    Optional<RecordedKey> made = generate(last, null);
    if (made.isPresent()) {
      if (last != null) {
        LOG.warn(
            "none of the recorded signing keys has its private file in {}: recorded a new key {}, "
                + "not endorsed by its predecessor",
            dir,
            made.get().key().keyId());
      }
      return;
    }
    // Another hub node recorded a key at the same moment. It wrote the private half into the key
    // directory, which every node of a deployment shares, before it recorded the key: use that one.
    if (!useNewestHere(store.all())) {
      throw new IllegalStateException(
          "another hub node recorded a signing key at the same moment, but its "
              + "private file is not in "
              + dir
              + ": give every hub node the same tongchou.signing.key-dir");
    }
  }

  private boolean useNewestHere(List<RecordedKey> keys) {
    for (int i = keys.size() - 1; i >= 0; i--) {
      SigningKeyRecord key = keys.get(i).key();
      Path file = fileOf(key.keyId());
      if (Files.exists(file)) {
        active = new Active(key, privateKey(file));
        return true;
      }
    }
    return false;
  }

  private Active current() {
    Active current = active;
    if (current == null) {
      refresh();
      current = active;
    }
    return current;
  }

  /**
   * A new key, recorded and signing; empty when another node recorded a successor of the same key
   * first.
   */
  private Optional<RecordedKey> generate(String previousKeyId, PrivateKey endorser) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      SigningKeyRecord key = recordOf(pair.getPublic(), previousKeyId);
      Files.createDirectories(dir);
      // The private file first: a node that loses the race to record a key reads the winner's file.
      Pem.writeKey(fileOf(key.keyId()), pair.getPrivate());
      RecordedKey recorded =
          new RecordedKey(key, endorser == null ? null : signature(endorser, key.body()));
      if (!store.add(recorded)) {
        Files.deleteIfExists(fileOf(key.keyId()));
        return Optional.empty();
      }
      active = new Active(key, pair.getPrivate());
      return Optional.of(recorded);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot create a signing key in " + dir, e);
    }
  }

  private SigningKeyRecord recordOf(PublicKey publicKey, String previousKeyId) {
    byte[] der = publicKey.getEncoded();
    return new SigningKeyRecord(
        EventHashes.sha256(der),
        Base64.getEncoder().encodeToString(der),
        clock.instant().truncatedTo(ChronoUnit.MILLIS),
        previousKeyId);
  }

  private Path fileOf(String keyId) {
    return dir.resolve(keyId + ".pem");
  }

  private static PrivateKey privateKey(Path file) {
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePrivate(new PKCS8EncodedKeySpec(Pem.read(file, "PRIVATE KEY")));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(file + " is not an Ed25519 private key", e);
    }
  }

  private static byte[] signature(PrivateKey key, byte[] body) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(body);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every JDK 17", e);
    }
  }
}
