package uk.arcs.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM sealing of identities. Each seal has a fresh random 96-bit nonce. The associated data binds the
 * ciphertext to its force, cipher and version, so a record copied onto another officer (or another version)
 * fails its integrity check instead of disclosing the wrong person.
 */
final class IdentitySeal {

    static final String TRANSFORMATION = "AES/GCM/NoPadding";
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final byte FORMAT = 1;

    private final SecureRandom random;

    IdentitySeal(SecureRandom random) {
        this.random = random;
    }

    SealedIdentity seal(Identity identity, IdentityRecord record, IdentityKey key) {
        if (!record.keyId().equals(key.id())) {
            throw new IllegalArgumentException("the record names key " + record.keyId() + ", not " + key.id());
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher aes = Cipher.getInstance(TRANSFORMATION);
            aes.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(associatedData(record));
            byte[] sealed = aes.doFinal(plaintext(identity));
            return new SealedIdentity(record, Base64.getEncoder().encodeToString(nonce),
                    Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    static Identity open(SealedIdentity sealed, Keyring keys) {
        IdentityRecord record = sealed.record();
        IdentityKey key = keys.find(record.keyId()).orElseThrow(() -> new IdentityUnreadableException(
                "the identity " + record.label() + " is sealed under key " + record.keyId() + ", which is not "
                        + "configured: add that key to ARCS_IDENTITY_OLD_KEYS (arcs.identity.old-keys), or restore it "
                        + "as ARCS_IDENTITY_KEY"));
        try {
            Cipher aes = Cipher.getInstance(TRANSFORMATION);
            aes.init(Cipher.DECRYPT_MODE, key.secret(),
                    new GCMParameterSpec(TAG_BITS, Base64.getDecoder().decode(sealed.nonce())));
            aes.updateAAD(associatedData(record));
            return identity(aes.doFinal(Base64.getDecoder().decode(sealed.ciphertext())));
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new IdentityUnreadableException("the identity " + record.label() + " failed its integrity check "
                    + "under key " + record.keyId() + ": the stored record was altered, or belongs to another officer");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    static byte[] associatedData(IdentityRecord record) {
        return ("arcs-identity/1|" + record.force().value() + "|" + record.cipher().value() + "|" + record.version())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] plaintext(Identity identity) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(identity.name());
            out.writeUTF(identity.warrantNumber());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Identity identity(byte[] plaintext) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
            if (in.readByte() != FORMAT) {
                throw new IdentityUnreadableException("a sealed identity has a format this ARCS cannot read");
            }
            return new Identity(in.readUTF(), in.readUTF());
        } catch (IOException e) {
            throw new IdentityUnreadableException("a sealed identity opened to an unreadable record");
        }
    }
}
