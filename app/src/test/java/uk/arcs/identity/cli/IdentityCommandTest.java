package uk.arcs.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import uk.arcs.TestCli;
import uk.arcs.TestCli.Run;
import uk.arcs.common.Actor;
import uk.arcs.force.ForceCode;
import uk.arcs.identity.Identity;
import uk.arcs.identity.IdentityKey;
import uk.arcs.identity.IdentityVault;
import uk.arcs.identity.SubmittedIdentity;
import uk.arcs.officer.Cipher;

/**
 * Rotating the vault's key, as an operator does it: restart with the new key and the old one for reading, run
 * {@code ./arcs identity rekey}, check {@code ./arcs identity status}, then drop the old key.
 */
class IdentityCommandTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ForceCode NORTH = ForceCode.of("NORTH");
    private static final Identity FIRST = new Identity("Theodric Vallowmere", "NC-0101");
    private static final Identity SECOND = new Identity("Imelda Roskarrow", "NC-0102");
    private static final Actor ADMIN = new Actor("identity.admin", "IDENTITY_ADMIN", null, null, null);

    private static ConfigurableApplicationContext start(Path data, IdentityKey key, IdentityKey... old) {
        List<String> args = new java.util.ArrayList<>();
        if (key != null) {
            args.add("--arcs.identity.key=" + key.toBase64());
        }
        if (old.length > 0) {
            args.add("--arcs.identity.old-keys=" + String.join(",", java.util.Arrays.stream(old)
                    .map(IdentityKey::toBase64).toList()));
        }
        return TestCli.start("jdbc:h2:file:" + data.resolve("arcs"), args.toArray(String[]::new));
    }

    @Test
    void rekeyMovesEveryVersionToTheNewKeySoTheOldOneCanBeDropped(@TempDir Path data) throws Exception {
        IdentityKey oldKey = IdentityKey.generate(RANDOM);
        IdentityKey newKey = IdentityKey.generate(RANDOM);
        try (ConfigurableApplicationContext arcs = start(data, oldKey)) {
            assertThat(TestCli.run(arcs, "import", "--force", "NORTH", "--dir",
                    TestCli.smallForce(data.resolve("csv")).toString()).exitCode()).isZero();
            arcs.getBean(IdentityVault.class).seal(NORTH, List.of(
                    new SubmittedIdentity("test", 1, Cipher.of("NA101"), FIRST),
                    new SubmittedIdentity("test", 2, Cipher.of("NA102"), SECOND)), "identity.admin").orThrow("seal");
        }
        try (ConfigurableApplicationContext withoutOldKey = start(data, newKey)) {
            Run refused = TestCli.run(withoutOldKey, "identity", "rekey");
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("refused, nothing was changed (2 versions cannot be opened)")
                    .contains("NORTH/NA101 version 1 is sealed under key " + oldKey.id() + ", which is not configured");
            assertThat(TestCli.run(withoutOldKey, "identity", "status").out())
                    .contains("versions sealed under " + oldKey.id() + ": 2 (NOT CONFIGURED");
        }
        try (ConfigurableApplicationContext rotating = start(data, newKey, oldKey)) {
            Run before = TestCli.run(rotating, "identity", "status");
            assertThat(before.out()).contains("current key: " + newKey.id())
                    .contains("older keys for reading: " + oldKey.id())
                    .contains("versions sealed under " + oldKey.id() + ": 2 (older key; run: arcs identity rekey)");
            Run rekey = TestCli.run(rotating, "identity", "rekey");
            assertThat(rekey.exitCode()).as(rekey.err()).isZero();
            assertThat(rekey.out()).isEqualTo("re-sealed 2 versions under key " + newKey.id()
                    + " (0 were already under it)\n");
            Run after = TestCli.run(rotating, "identity", "status");
            assertThat(after.out()).contains("versions sealed under " + newKey.id() + ": 2 (current)")
                    .doesNotContain(oldKey.id() + ": ").doesNotContain("Vallowmere").doesNotContain("NC-01");
        }
        try (ConfigurableApplicationContext retired = start(data, newKey)) {
            IdentityVault vault = retired.getBean(IdentityVault.class);
            assertThat(vault.disclose(NORTH, Cipher.of("NA102"), ADMIN, "key rotation check").identity())
                    .isEqualTo(SECOND);
        }
    }

    @Test
    void withoutAKeyTheVaultSaysItIsLockedAndRekeyIsRefused(@TempDir Path data) {
        try (ConfigurableApplicationContext locked = start(data, null)) {
            assertThat(TestCli.run(locked, "identity", "status").out()).contains("current key: none (the vault is locked)");
            Run rekey = TestCli.run(locked, "identity", "rekey");
            assertThat(rekey.exitCode()).isEqualTo(2);
            assertThat(rekey.err()).contains("the identity vault is locked: no key is configured");
            assertThat(TestCli.run(locked, "identity").err()).startsWith("usage: arcs identity status");
        }
    }
}
