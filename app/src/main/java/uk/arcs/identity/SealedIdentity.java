package uk.arcs.identity;

/** A version of an officer's identity as stored: AES-256-GCM ciphertext and its nonce, both in base64. */
public record SealedIdentity(IdentityRecord record, String nonce, String ciphertext) {

    public SealedIdentity {
        if (record == null || nonce == null || ciphertext == null) {
            throw new IllegalArgumentException("a sealed identity needs its record, nonce and ciphertext");
        }
    }
}
