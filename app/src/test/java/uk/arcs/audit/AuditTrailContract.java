package uk.arcs.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.arcs.ArcsApplication;
import uk.arcs.ArcsLauncher;
import uk.arcs.common.CliCommand;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.EventDetails;
import uk.arcs.officer.NewOfficerEvent;
import uk.arcs.officer.OfficerEventType;
import uk.arcs.officer.OfficerRegistry;

/**
 * The audit chain against a real database, written through the command line and the registries: what a write
 * leaves, what a rollback leaves, and that a change or deletion made behind ARCS's back is found at its record.
 * Subclasses run it on H2 and on PostgreSQL.
 */
abstract class AuditTrailContract {

    static final ForceCode NORTH = ForceCode.of("NORTH");

    record Run(int exitCode, String out, String err) {
    }

    abstract ConfigurableApplicationContext context();

    /** Runs SQL directly against the database, as someone with access to it but not to ARCS would. */
    abstract void tamper(String sql) throws Exception;

    static ConfigurableApplicationContext start(String... arguments) {
        SpringApplication application = new SpringApplication(ArcsApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        List<String> args = new ArrayList<>(List.of(arguments));
        args.add("--arcs.demo=false");
        return application.run(args.toArray(String[]::new));
    }

    /** A small force, NORTH, imported from the command line, so every later test has officers and a chain. */
    static void importNorth(ConfigurableApplicationContext context, Path dir) throws IOException {
        Files.writeString(dir.resolve("force.csv"), """
                code,name,timeZone,shifts,rota,teams,teamOffsetDays,rotaEpoch
                NORTH,North Constabulary,Europe/London,DAY 08:00 PT10H,"DAY,DAY,REST",3,1,2023-01-02
                """);
        Files.writeString(dir.resolve("units.csv"), "code,name,command\nARV,Armed response,Operations\n");
        StringBuilder officers = new StringBuilder("cipher,unit,team\n");
        StringBuilder events = new StringBuilder("cipher,type,occurredAt,reason,accreditation,validUntil\n");
        for (int i = 0; i < 20; i++) {
            officers.append("NA").append(100 + i).append(",ARV,").append(i % 3 + 1).append('\n');
            events.append("NA").append(100 + i).append(",AUTHORISED,2024-05-04T09:00,initial course,,\n");
            events.append("NA").append(100 + i).append(",ACCREDITED,2024-05-04T09:00,initial course,ARV,2030-05-04\n");
        }
        Files.writeString(dir.resolve("officers.csv"), officers);
        Files.writeString(dir.resolve("events.csv"), events);
        Files.writeString(dir.resolve("posture.csv"), """
                type,occurredAt,reason,quantity,crewSize
                ARV_REQUIREMENT,2024-05-04T09:00,strategic assessment,2,2
                """);
        Run imported = run(context, "import", "--force", "NORTH", "--dir", dir.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    static Run run(ConfigurableApplicationContext context, String command, String... args) {
        CliCommand cli = context.getBeansOfType(CliCommand.class).values().stream()
                .filter(c -> c.name().equals(command)).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ArcsLauncher.run(context, cli, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    JdbcTemplate jdbc() {
        return context().getBean(JdbcTemplate.class);
    }

    long records() {
        return jdbc().queryForObject("select count(*) from audit_record", Long.class);
    }

    List<AuditRecord> all() {
        return context().getBean(AuditLog.class).records(Instant.EPOCH, Instant.now().plusSeconds(60), null);
    }

    private Run verify() {
        return run(context(), "audit", "verify");
    }

    @Test
    void commandLineImportIsAuditedAsTheCommandLineWithWhatItRecorded() {
        AuditRecord imported = all().stream().filter(r -> "CLI".equals(r.method()) && r.path().startsWith("import"))
                .findFirst().orElseThrow();
        assertThat(imported.username()).isEqualTo("cli");
        assertThat(imported.client()).startsWith("cli (");
        assertThat(imported.outcome()).isEqualTo("RECORDED");
        assertThat(imported.summary()).isEqualTo("force NORTH registered with 1 units; "
                + "20 officers registered, 40 officer events recorded for NORTH; 1 posture changes recorded for NORTH");
        assertThat(imported.summary()).doesNotContain("NA1");
    }

    @Test
    void dryRunAndRefusedImportLeaveNoAuditRecord(@TempDir Path dir) throws IOException {
        long before = records();
        Files.writeString(dir.resolve("events.csv"), "cipher,type,occurredAt,reason\nNA101,SUSPENDED,2025-01-01T09:00,review\n");
        Run dryRun = run(context(), "import", "--force", "NORTH", "--dir", dir.toString(), "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        Files.writeString(dir.resolve("events.csv"), "cipher,type,occurredAt,reason\nNA101,REINSTATED,2025-01-01T09:00,x\n");
        assertThat(run(context(), "import", "--force", "NORTH", "--dir", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void cleanChainIsReportedIntactWithItsCount() {
        Run verified = verify();
        assertThat(verified.exitCode()).as(verified.out()).isZero();
        assertThat(verified.out()).startsWith("OK: the audit chain of " + records() + " records is intact");
    }

    @Test
    void editMadeDirectlyInTheDatabaseIsFoundAtThatRecord() throws Exception {
        AuditRecord target = all().getFirst();
        tamper("update audit_record set summary = 'nothing was recorded' where seq = " + target.sequence());
        try {
            Run verified = verify();
            assertThat(verified.exitCode()).isEqualTo(1);
            assertThat(verified.out()).startsWith("BROKEN at record " + target.sequence()
                    + ": its content does not match its hash");
        } finally {
            tamper("update audit_record set summary = '" + target.summary().replace("'", "''") + "' where seq = "
                    + target.sequence());
        }
        assertThat(verify().exitCode()).isZero();
    }

    @Test
    void deletedRecordIsFoundWhereItIsMissing() throws Exception {
        writeOfficerEvents(2);
        List<AuditRecord> records = all();
        AuditRecord target = records.get(records.size() - 2);
        tamper("delete from audit_record where seq = " + target.sequence());
        try {
            Run verified = verify();
            assertThat(verified.exitCode()).isEqualTo(1);
            assertThat(verified.out()).startsWith("BROKEN at record " + target.sequence() + ": record "
                    + target.sequence() + " is missing");
        } finally {
            context().getBean(AuditStore.class).insert(target);
        }
        assertThat(verify().exitCode()).isZero();
    }

    @Test
    void concurrentWritersMakeOneChainWithoutForks() throws Exception {
        long before = records();
        ExecutorService writers = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 6; writer++) {
                done.add(writers.submit(() -> writeOfficerEvents(4)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            writers.shutdown();
        }
        List<AuditRecord> records = all();
        assertThat(records()).isEqualTo(before + 24);
        assertThat(records.stream().mapToLong(AuditRecord::sequence))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, records.size()).mapToLong(i -> i).boxed().toList());
        assertThat(records.subList(records.size() - 24, records.size()))
                .allSatisfy(r -> assertThat(r.summary()).isEqualTo("1 officer events recorded for NORTH"))
                .allSatisfy(r -> assertThat(r.username()).isEqualTo("system"));
        assertThat(verify().exitCode()).isZero();
    }

    /** Re-accreditations, legal in any state, each its own write by ARCS itself. */
    void writeOfficerEvents(int writes) {
        OfficerRegistry registry = context().getBean(OfficerRegistry.class);
        for (int i = 0; i < writes; i++) {
            NewOfficerEvent event = new NewOfficerEvent(Cipher.of("NA1" + String.format("%02d", i % 20)),
                    OfficerEventType.ACCREDITED, registry.now().minusSeconds(5), "requalified",
                    new EventDetails(Accreditation.ARV, java.time.LocalDate.of(2031, 1, 1), null, null));
            registry.record(NORTH, List.of(event), "audit.test").orThrow("events refused");
        }
    }
}
