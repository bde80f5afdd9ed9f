package uk.arcs.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * An AES-256 key of the identity vault. Its id is derived from the key itself (a truncated SHA-256), so a record
 * names the key it was sealed under without anyone having to name keys, and a mistyped key is told apart from
 * the right one by its id. Never prints its material.
 */
public final class IdentityKey {

    public static final int BYTES = 32;

    private final String id;
    private final byte[] material;

    private IdentityKey(byte[] material) {
        if (material.length != BYTES) {
            throw new IllegalArgumentException("an identity key is " + BYTES + " bytes");
        }
        this.material = material.clone();
        this.id = "k" + HexFormat.of().formatHex(sha256(material), 0, 6);
    }

    /**
     * Reads a key given in configuration as base64. The message of a refusal names the setting, never the value.
     */
    public static IdentityKey fromBase64(String setting, String text) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not base64; make a key with: openssl rand -base64 32");
        }
        if (decoded.length != BYTES) {
            throw new IllegalArgumentException(setting + " must be " + BYTES + " bytes in base64 (44 characters), not "
                    + decoded.length + " bytes; make a key with: openssl rand -base64 32");
        }
        return new IdentityKey(decoded);
    }

    public static IdentityKey generate(SecureRandom random) {
        byte[] material = new byte[BYTES];
        random.nextBytes(material);
        return new IdentityKey(material);
    }

    public String id() {
        return id;
    }

    /** The key as configuration takes it; only for writing a newly generated demo key to its file. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(material);
    }

    SecretKey secret() {
        return new SecretKeySpec(material, "AES");
    }

    private static byte[] sha256(byte[] material) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("arcs-identity-key:".getBytes(StandardCharsets.UTF_8));
            return digest.digest(material);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityKey key && key.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "IdentityKey[" + id + "]";
    }
}
