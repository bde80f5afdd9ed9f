package uk.arcs.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import uk.arcs.TestCli;
import uk.arcs.TestCli.Run;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.posture.PostureRegistry;

/** {@code ./arcs export} from one database and {@code ./arcs import} into an empty one give the same logs. */
class CliRoundTripTest {

    private static final ForceCode MET = ForceCode.of("MET");
    private static ConfigurableApplicationContext demo;
    private static ConfigurableApplicationContext empty;

    @BeforeAll
    static void startADemoDatabaseAndAnEmptyOne() {
        demo = start("cli-demo", true);
        empty = start("cli-empty", false);
    }

    @AfterAll
    static void stop() {
        demo.close();
        empty.close();
    }

    private static ConfigurableApplicationContext start(String database, boolean withDemo) {
        return TestCli.start("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1", "--arcs.demo=" + withDemo);
    }

    private static Run run(ConfigurableApplicationContext context, String command, String... args) {
        return TestCli.run(context, command, args);
    }

    private static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    @Test
    void exportedForceImportedIntoAnEmptyDatabaseGivesTheSameOfficersAndPosture(@TempDir Path dir) throws IOException {
        Run export = run(demo, "export", "--force", "MET", "--dir", dir.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                "accreditations.csv", "events.csv", "force.csv", "officers.csv", "posture.csv", "units.csv");

        Run imported = run(empty, "import", "--force", "MET", "--dir", dir.toString(), "--keep-recorded-times");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported MET: 2595 officers registered").contains("(new force)");

        // The files carry the officer and posture logs; mutual aid and military steps stay in their own logs.
        OfficerRegistry originalOfficers = demo.getBean(OfficerRegistry.class);
        OfficerRegistry copiedOfficers = empty.getBean(OfficerRegistry.class);
        PostureRegistry originalPosture = demo.getBean(PostureRegistry.class);
        PostureRegistry copiedPosture = empty.getBean(PostureRegistry.class);
        for (String at : List.of("2023-09-20T12:00", "2023-09-23T18:00", "2023-09-24T02:00", "2023-09-25T06:00",
                "2023-09-25T13:00", "2023-09-28T12:00")) {
            for (String knownAt : List.of("2023-09-23T20:00", "2026-01-01T00:00")) {
                assertThat(copiedOfficers.statusesAt(MET, london(at), london(knownAt)))
                        .as("officers at %s known at %s", at, knownAt)
                        .isEqualTo(originalOfficers.statusesAt(MET, london(at), london(knownAt)));
                assertThat(copiedPosture.postureAt(MET, london(at), london(knownAt)))
                        .isEqualTo(originalPosture.postureAt(MET, london(at), london(knownAt)));
            }
        }
        CapabilityPicture copied = empty.getBean(CapabilityService.class).picture(MET, london("2023-09-24T02:00"),
                london("2026-01-01T00:00"));
        CapabilityPicture original = demo.getBean(CapabilityService.class).picture(MET, london("2023-09-24T02:00"),
                london("2026-01-01T00:00"));
        assertThat(copied.officers()).isEqualTo(original.officers());
        assertThat(copied.arv().carsAvailable()).isEqualTo(original.arv().carsAvailable()).isEqualTo(2);
    }

    @Test
    void importWithABadRowIsRefusedWholeAndSaysWhere(@TempDir Path dir) throws IOException {
        TestCli.smallForce(dir);
        Files.writeString(dir.resolve("events.csv"), """
                cipher,type,occurredAt,reason
                NA101,AUTHORISED,2021-05-04T09:00,initial course
                NA102,AUTHORISED,2021-05-04T09:00,initial course
                NA102,RETURNED,2023-09-24T09:00,back
                """);
        Run refused = run(empty, "import", "--force", "NORTH", "--dir", dir.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("refused, nothing was recorded (1 errors)")
                .contains("events.csv row 3 (type): NA102: cannot return: the officer has not stepped back");
        assertThat(empty.getBean(OfficerRegistry.class).officers(ForceCode.of("NORTH"))).isEmpty();

        Files.writeString(dir.resolve("events.csv"), """
                cipher,type,occurredAt,reason
                NA101,AUTHORISED,2021-05-04T09:00,initial course
                NA102,AUTHORISED,2021-05-04T09:00,initial course
                """);
        Run dryRun = run(empty, "import", "--force", "NORTH", "--dir", dir.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).startsWith("checked (dry run, nothing recorded) NORTH");
        assertThat(empty.getBean(OfficerRegistry.class).officers(ForceCode.of("NORTH"))).isEmpty();

        Run imported = run(empty, "import", "--force", "NORTH", "--dir", dir.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(empty.getBean(OfficerRegistry.class).officers(ForceCode.of("NORTH"))).hasSize(2);
    }

    @Test
    void misuseIsExplainedWithExitCodeTwo(@TempDir Path dir) {
        assertThat(run(empty, "import", "--force", "MET").err()).startsWith("usage: arcs import --force CODE --dir DIR");
        assertThat(run(empty, "import", "--force", "MET", "--dir", dir.resolve("missing").toString()).exitCode())
                .isEqualTo(2);
        Run badForce = run(empty, "export", "--force", "not a force", "--dir", dir.toString());
        assertThat(badForce.exitCode()).isEqualTo(2);
        assertThat(badForce.err()).contains("force code must be");
        Run unknownForce = run(empty, "export", "--force", "NOWHERE", "--dir", dir.toString());
        assertThat(unknownForce.exitCode()).isEqualTo(2);
        assertThat(unknownForce.err()).contains("unknown force NOWHERE");
    }
}
