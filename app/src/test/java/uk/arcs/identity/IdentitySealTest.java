package uk.arcs.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;

/** AES-256-GCM sealing: what it hides, and how it refuses a record that was altered, moved or keyed otherwise. */
class IdentitySealTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final IdentityKey KEY = IdentityKey.generate(RANDOM);
    private static final Identity IDENTITY = new Identity("Quillon Marrowdale", "WN-44/1021");
    private static final ForceCode MET = ForceCode.of("MET");

    private final IdentitySeal seal = new IdentitySeal(RANDOM);

    private static IdentityRecord record(String force, String cipher, int version, IdentityKey key) {
        return new IdentityRecord(ForceCode.of(force), Cipher.of(cipher), version, key.id(),
                Instant.parse("2026-01-01T00:00:00Z"), "identity.admin");
    }

    @Test
    void sealedIdentityOpensToTheSameNameAndWarrantNumber() {
        SealedIdentity sealed = seal.seal(IDENTITY, record("MET", "NX121", 1, KEY), KEY);
        assertThat(IdentitySeal.open(sealed, Keyring.of(KEY, List.of()))).isEqualTo(IDENTITY);
    }

    @Test
    void sealedRecordHoldsNeitherTheNameNorTheWarrantNumberAndEachSealHasItsOwnNonce() {
        SealedIdentity first = seal.seal(IDENTITY, record("MET", "NX121", 1, KEY), KEY);
        SealedIdentity second = seal.seal(IDENTITY, record("MET", "NX121", 1, KEY), KEY);
        String stored = first.toString() + new String(Base64.getDecoder().decode(first.ciphertext()));
        assertThat(stored).doesNotContain("Quillon").doesNotContain("Marrowdale").doesNotContain("44/1021");
        assertThat(Base64.getDecoder().decode(first.nonce())).hasSize(12);
        assertThat(first.nonce()).isNotEqualTo(second.nonce());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
    }

    @Test
    void alteredCiphertextFailsItsIntegrityCheck() {
        SealedIdentity sealed = seal.seal(IDENTITY, record("MET", "NX121", 1, KEY), KEY);
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[3] ^= 0x01;
        SealedIdentity altered = new SealedIdentity(sealed.record(), sealed.nonce(),
                Base64.getEncoder().encodeToString(bytes));
        assertThatThrownBy(() -> IdentitySeal.open(altered, Keyring.of(KEY, List.of())))
                .isInstanceOf(IdentityUnreadableException.class)
                .hasMessageContaining("MET/NX121 version 1 failed its integrity check");
    }

    @Test
    void recordMovedOntoAnotherOfficerForceOrVersionFailsItsIntegrityCheck() {
        SealedIdentity sealed = seal.seal(IDENTITY, record("MET", "NX121", 1, KEY), KEY);
        for (IdentityRecord elsewhere : List.of(record("MET", "NX122", 1, KEY), record("KENT", "NX121", 1, KEY),
                record("MET", "NX121", 2, KEY))) {
            SealedIdentity moved = new SealedIdentity(elsewhere, sealed.nonce(), sealed.ciphertext());
            assertThatThrownBy(() -> IdentitySeal.open(moved, Keyring.of(KEY, List.of())))
                    .as("moved to %s", elsewhere.label())
                    .isInstanceOf(IdentityUnreadableException.class)
                    .hasMessageContaining("belongs to another officer");
        }
    }

    @Test
    void recordUnderAKeyThatIsNotConfiguredIsRefusedNamingTheKey() {
        SealedIdentity sealed = seal.seal(IDENTITY, record("MET", "NX121", 1, KEY), KEY);
        Keyring other = Keyring.of(IdentityKey.generate(RANDOM), List.of());
        assertThatThrownBy(() -> IdentitySeal.open(sealed, other))
                .isInstanceOf(IdentityUnreadableException.class)
                .hasMessage("the identity MET/NX121 version 1 is sealed under key " + KEY.id() + ", which is not "
                        + "configured: add that key to ARCS_IDENTITY_OLD_KEYS (arcs.identity.old-keys), or restore it "
                        + "as ARCS_IDENTITY_KEY");
    }

    @Test
    void wrongKeyClaimingTheRightIdFailsItsIntegrityCheck() {
        SealedIdentity sealed = seal.seal(IDENTITY, record("MET", "NX121", 1, KEY), KEY);
        IdentityKey impostor = IdentityKey.generate(RANDOM);
        SealedIdentity relabelled = seal.seal(IDENTITY, record("MET", "NX121", 1, impostor), impostor);
        SealedIdentity mixed = new SealedIdentity(sealed.record(), relabelled.nonce(), relabelled.ciphertext());
        assertThatThrownBy(() -> IdentitySeal.open(mixed, Keyring.of(KEY, List.of())))
                .isInstanceOf(IdentityUnreadableException.class).hasMessageContaining("failed its integrity check");
    }

    @Test
    void olderKeyStillOpensWhatItSealed() {
        IdentityKey old = IdentityKey.generate(RANDOM);
        SealedIdentity sealed = seal.seal(IDENTITY, record("MET", "NX121", 1, old), old);
        assertThat(IdentitySeal.open(sealed, Keyring.of(KEY, List.of(old)))).isEqualTo(IDENTITY);
    }

    @Test
    void keyIdIsDerivedFromTheKeyAndTheKeyNeverPrints() {
        String text = KEY.toBase64();
        IdentityKey read = IdentityKey.fromBase64("arcs.identity.key", text);
        assertThat(read.id()).isEqualTo(KEY.id()).matches("k[0-9a-f]{12}");
        assertThat(read.toString()).isEqualTo("IdentityKey[" + KEY.id() + "]").doesNotContain(text);
        assertThat(Keyring.of(read, List.of()).toString()).doesNotContain(text);
    }

    @Test
    void badKeyIsRefusedNamingTheSettingButNotTheValue() {
        String tooShort = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());
        assertThatThrownBy(() -> IdentityKey.fromBase64("arcs.identity.key", tooShort))
                .hasMessage("arcs.identity.key must be 32 bytes in base64 (44 characters), not 16 bytes; make a key "
                        + "with: openssl rand -base64 32");
        assertThatThrownBy(() -> IdentityKey.fromBase64("arcs.identity.key", "not base64 at all!"))
                .hasMessageNotContaining("not base64 at all").hasMessageContaining("arcs.identity.key is not base64");
    }

    @Test
    void identityNeverPrintsItsContentsAndItsRefusalsNameOnlyTheField() {
        assertThat(IDENTITY.toString()).isEqualTo("Identity[sealed]");
        String longName = "Zephyrine " + "Q".repeat(Identity.MAX_NAME);
        assertThatThrownBy(() -> new Identity(longName, "WN-1"))
                .isInstanceOf(InvalidIdentityException.class)
                .hasMessage("name is longer than 200 characters").hasMessageNotContaining("Zephyrine");
        assertThatThrownBy(() -> new Identity("Zephyrine Quell", "Zephyrine Quell's badge!"))
                .isInstanceOf(InvalidIdentityException.class).hasMessageNotContaining("Zephyrine")
                .extracting(e -> ((InvalidIdentityException) e).field()).isEqualTo("warrantNumber");
        assertThatThrownBy(() -> new Identity("  ", "WN-1")).hasMessage("name is required");
        assertThatThrownBy(() -> new Identity("Name\u0000Hidden", "WN-1")).hasMessage("name holds control characters");
    }

    @Test
    void demoIdentitiesAreInventedTheSameEachTimeAndMarkedDemo() {
        Identity first = DemoIdentities.of(MET, Cipher.of("NX121"));
        assertThat(DemoIdentities.of(MET, Cipher.of("NX121"))).isEqualTo(first);
        assertThat(DemoIdentities.of(MET, Cipher.of("NX122"))).isNotEqualTo(first);
        assertThat(first.warrantNumber()).matches("DEMO/MET/\\d{6}");
        assertThat(first.name()).matches("[A-Z][a-z]+ [A-Z][a-z]+");
    }
}
