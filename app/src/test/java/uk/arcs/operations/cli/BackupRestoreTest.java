package uk.arcs.operations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import uk.arcs.officer.OfficerEvent;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.operations.RestoreCommand;

/** {@code ./arcs backup} of the embedded database, and {@code ./arcs restore} of it into an empty data directory. */
class BackupRestoreTest {

    private static final ForceCode NORTH = ForceCode.of("NORTH");
    private static final Identity IDENTITY = new Identity("Rosamund Keverne", "NC-0777");

    private static Run restore(Path backup, Map<String, String> environment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RestoreCommand.run(List.of("--from", backup.toString()), environment,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void restoredBackupHoldsTheSameEventsAndIdentities(@TempDir Path work) throws Exception {
        String key = IdentityKey.generate(new SecureRandom()).toBase64();
        Path backup = work.resolve("backups/arcs-backup.zip");
        List<OfficerEvent> events;
        try (ConfigurableApplicationContext arcs = TestCli.start("jdbc:h2:file:" + work.resolve("live/arcs"),
                "--arcs.identity.key=" + key)) {
            assertThat(TestCli.run(arcs, "import", "--force", "NORTH", "--dir",
                    TestCli.smallForce(work.resolve("csv")).toString()).exitCode()).isZero();
            arcs.getBean(IdentityVault.class).seal(NORTH, List.of(new SubmittedIdentity("test", 1, Cipher.of("NA101"),
                    IDENTITY)), "identity.admin").orThrow("seal");
            events = arcs.getBean(OfficerRegistry.class).events(NORTH);

            Run backedUp = TestCli.run(arcs, "backup", "--to", backup.toString());
            assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
            assertThat(backedUp.out()).contains("backed up the embedded database to " + backup);
            Run again = TestCli.run(arcs, "backup", "--to", backup.toString());
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.err()).contains("exists already");

            Run exported = TestCli.run(arcs, "export", "--force", "NORTH", "--dir", work.resolve("export").toString());
            assertThat(exported.exitCode()).isZero();
            try (Stream<Path> files = Files.list(work.resolve("export"))) {
                for (Path file : files.toList()) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain("Keverne")
                            .doesNotContain("NC-0777");
                }
            }
        }
        assertThat(Files.readAllBytes(backup)).isNotEmpty();

        Path restoredDir = work.resolve("restored");
        Run restored = restore(backup, Map.of("ARCS_DATA_DIR", restoredDir.toString()));
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restoredDir.resolve("arcs.mv.db")).exists();
        Run overwrite = restore(backup, Map.of("ARCS_DATA_DIR", restoredDir.toString()));
        assertThat(overwrite.exitCode()).isEqualTo(2);
        assertThat(overwrite.err()).contains("restore never overwrites a database");

        try (ConfigurableApplicationContext arcs = TestCli.start("jdbc:h2:file:" + restoredDir.resolve("arcs"),
                "--arcs.identity.key=" + key)) {
            assertThat(arcs.getBean(OfficerRegistry.class).events(NORTH)).isEqualTo(events);
            assertThat(arcs.getBean(IdentityVault.class).disclose(NORTH, Cipher.of("NA101"),
                    new Actor("identity.admin", "IDENTITY_ADMIN", null, null, null), "restore drill 2026-03")
                    .identity()).isEqualTo(IDENTITY);
        }
    }

    @Test
    void restoreRefusesPostgresqlAndFilesThatAreNotBackups(@TempDir Path work) throws Exception {
        Path notABackup = Files.writeString(work.resolve("notes.zip"), "not a zip");
        assertThat(restore(notABackup, Map.of("ARCS_DB_URL", "jdbc:postgresql://db/arcs")).err())
                .contains("the database is PostgreSQL; restore it with pg_restore");
        Run refused = restore(notABackup, Map.of("ARCS_DATA_DIR", work.resolve("data").toString()));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("is not a zip file");
        assertThat(work.resolve("data/arcs.mv.db")).doesNotExist();
    }

    @Test
    void inMemoryDatabaseHasNothingToBackUp(@TempDir Path work) {
        try (ConfigurableApplicationContext arcs = TestCli.start("jdbc:h2:mem:backup-none;DB_CLOSE_DELAY=-1")) {
            Run run = TestCli.run(arcs, "backup", "--to", work.resolve("x.zip").toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("an in-memory database has nothing to back up");
            assertThat(TestCli.run(arcs, "backup").err()).startsWith("usage: arcs backup --to FILE.zip");
        }
    }
}
