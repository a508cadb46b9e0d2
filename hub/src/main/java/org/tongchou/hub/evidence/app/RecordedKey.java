package org.tongchou.hub.evidence.app;

import org.tongchou.hub.evidence.domain.SigningKeyRecord;

/**
 * A signing key as the hub publishes it: the record and the previous key's signature over its body
 * (null for the first key, or for a key that replaced one whose private half this hub did not have:
 * then nothing vouches for it but the checkpoints it signs from then on).
 */
public record RecordedKey(SigningKeyRecord key, byte[] endorsement) {}
