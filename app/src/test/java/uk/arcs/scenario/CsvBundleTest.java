package uk.arcs.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.TestForces.london;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.arcs.InMemoryArcs;
import uk.arcs.TestForces;
import uk.arcs.common.Outcome;
import uk.arcs.common.RowError;
import uk.arcs.force.ForceCode;

class CsvBundleTest {

    private static final ForceCode TEST = TestForces.TEST;
    private static final CsvBundle.Provenance IMPORTER = new CsvBundle.Provenance("importer", false);

    private static Map<String, String> newForceFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CsvBundle.FORCE, """
                code,name,timeZone,shifts,rota,teams,teamOffsetDays,rotaEpoch
                TEST,Test Constabulary,Europe/London,EARLY 07:00 PT8H;LATE 15:00 PT8H;NIGHT 23:00 PT8H,"EARLY,EARLY,LATE,LATE,NIGHT,NIGHT,REST,REST,REST,REST",5,2,2023-01-02
                """);
        files.put(CsvBundle.UNITS, """
                code,name,command
                ARV,Armed response vehicles,Operations
                """);
        files.put(CsvBundle.OFFICERS, """
                cipher,unit,team
                AR101,ARV,1
                AR102,ARV,1
                AR103,ARV,1
                """);
        files.put(CsvBundle.ACCREDITATIONS, """
                cipher,accreditation,validUntil,occurredAt,reason
                AR101,ARV,2024-06-30,2023-07-01T10:00,requalified
                AR102,ARV,2024-06-30,2023-07-01T10:00,requalified
                AR103,ARV,2024-06-30,2023-07-01T10:00,requalified
                """);
        files.put(CsvBundle.EVENTS, """
                cipher,type,occurredAt,reason
                AR101,AUTHORISED,2020-01-06T09:00,initial course
                AR102,AUTHORISED,2020-01-06T09:00,initial course
                AR103,AUTHORISED,2020-01-06T09:00,initial course
                AR103,STEPPED_BACK,2023-09-23T22:00,reflection
                """);
        files.put(CsvBundle.POSTURE, """
                type,occurredAt,reason,quantity,crewSize
                ARV_REQUIREMENT,2023-04-01T00:00,minimum ARV posture,1,2
                """);
        return files;
    }

    private static List<RowError> errors(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<?>) outcome).errors();
    }

    @Test
    void newForceIsImportedWholeAndItsPictureFollows() {
        InMemoryArcs arcs = new InMemoryArcs();
        CsvExchange exchange = new CsvExchange(arcs, arcs.officers, arcs.postures, arcs.loader);
        ScenarioLoader.Summary summary = exchange.importFiles(TEST, newForceFiles(), IMPORTER, false).orThrow("import");
        assertThat(summary).isEqualTo(new ScenarioLoader.Summary(1, 1, 3, 7, 1));
        var picture = arcs.capability.picture(TEST, london("2023-09-24T02:00"), arcs.clock.instant());
        assertThat(picture.officers().steppedBack()).isEqualTo(1);
        assertThat(picture.arv().carsAvailable()).isEqualTo(1);
        assertThat(arcs.commits).as("one transaction for the whole import").isEqualTo(1);
    }

    @Test
    void dryRunChecksEverythingAndRecordsNothing() {
        InMemoryArcs arcs = new InMemoryArcs();
        CsvExchange exchange = new CsvExchange(arcs, arcs.officers, arcs.postures, arcs.loader);
        assertThat(exchange.importFiles(TEST, newForceFiles(), IMPORTER, true)).isInstanceOf(Outcome.Recorded.class);
        assertThat(arcs.all()).isEmpty();
        assertThat(arcs.storedOfficerEvents()).isZero();
        assertThat(exchange.importFiles(TEST, newForceFiles(), IMPORTER, false)).isInstanceOf(Outcome.Recorded.class);
    }

    @Test
    void importIsAllOrNothingAcrossFiles() {
        InMemoryArcs arcs = new InMemoryArcs();
        CsvExchange exchange = new CsvExchange(arcs, arcs.officers, arcs.postures, arcs.loader);
        Map<String, String> files = newForceFiles();
        files.put(CsvBundle.POSTURE, """
                type,occurredAt,reason,site
                SITE_REMOVED,2023-04-01T00:00,closed,NOWHERE
                """);
        List<RowError> errors = errors(exchange.importFiles(TEST, files, IMPORTER, false));
        assertThat(errors).extracting(RowError::source, RowError::row, RowError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("posture.csv", 1, "site"));
        assertThat(arcs.all()).isEmpty();
        assertThat(arcs.storedOfficerEvents()).isZero();
        assertThat(arcs.officers.officers(TEST)).isEmpty();
    }

    @Test
    void everyBadRowIsReportedWithItsFileRowAndField() {
        Map<String, String> files = newForceFiles();
        files.put(CsvBundle.OFFICERS, """
                cipher,unit,team
                AR101,ARV,1
                ar 102,ARV,1
                AR103,ARV,first
                """);
        files.put(CsvBundle.EVENTS, """
                cipher,type,occurredAt,reason
                AR101,AUTHORISED,2020-01-06T09:00,initial course
                AR101,STEPPED_BACKWARDS,2023-09-23T22:00,reflection
                AR101,STEPPED_BACK,23/09/2023,reflection
                AR101,STEPPED_BACK,2023-09-23T22:00
                """);
        List<RowError> errors = CsvBundle.read(TEST, files, Optional.empty(), IMPORTER).errors();
        assertThat(errors).extracting(RowError::source, RowError::row).containsExactly(
                org.assertj.core.groups.Tuple.tuple("officers.csv", 2), org.assertj.core.groups.Tuple.tuple("officers.csv", 3),
                org.assertj.core.groups.Tuple.tuple("events.csv", 2), org.assertj.core.groups.Tuple.tuple("events.csv", 3),
                org.assertj.core.groups.Tuple.tuple("events.csv", 4));
        assertThat(errors.get(4).message()).contains("expected 4 fields, found 3");
    }

    @Test
    void rowsThatBreakARuleAreReportedWithRowsThatCannotBeRead() {
        InMemoryArcs arcs = new InMemoryArcs();
        CsvExchange exchange = new CsvExchange(arcs, arcs.officers, arcs.postures, arcs.loader);
        Map<String, String> files = newForceFiles();
        files.put(CsvBundle.EVENTS, """
                cipher,type,occurredAt,reason
                AR101,AUTHORISED,2020-01-06T09:00,initial course
                AR102,AUTHORISED,2020-01-06T09:00,initial course
                AR103,AUTHORISED,2020-01-06T09:00,initial course
                AR101,RETURNED,2023-09-23T22:00,back
                AR102,STEPPED_BACK,tonight,reflection
                """);
        List<RowError> errors = errors(exchange.importFiles(TEST, files, IMPORTER, false));
        assertThat(errors).extracting(RowError::source, RowError::row, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("events.csv", 4, "type"),
                org.assertj.core.groups.Tuple.tuple("events.csv", 5, "occurredAt"));
        assertThat(arcs.all()).isEmpty();
    }

    @Test
    void unknownAndMissingColumnsAreReportedBeforeAnyRow() {
        Map<String, String> files = newForceFiles();
        files.put(CsvBundle.EVENTS, """
                cipher,kind,occurredAt,why
                AR101,AUTHORISED,2020-01-06T09:00,initial course
                """);
        assertThat(CsvBundle.read(TEST, files, Optional.empty(), IMPORTER).errors())
                .extracting(RowError::row, RowError::field).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(0, "kind"), org.assertj.core.groups.Tuple.tuple(0, "why"),
                        org.assertj.core.groups.Tuple.tuple(0, "type"), org.assertj.core.groups.Tuple.tuple(0, "reason"));
    }

    @Test
    void newForceWithoutItsSetupIsRefused() {
        Map<String, String> files = newForceFiles();
        files.remove(CsvBundle.FORCE);
        files.put("notes.txt", "hello");
        assertThat(CsvBundle.read(TEST, files, Optional.empty(), IMPORTER).errors()).extracting(RowError::source)
                .containsExactly("notes.txt", "force.csv");
    }

    @Test
    void exportedFilesReadBackToTheSameLogWithRecordedTimesKept() {
        InMemoryArcs original = new InMemoryArcs();
        original.loader.load(London2023.generate().subList(0, 2)).orThrow("London 2023, MET and CITY");
        ForceCode met = ForceCode.of("MET");
        var leave = original.officers.events(met).stream()
                .filter(e -> e.type() == uk.arcs.officer.OfficerEventType.ANNUAL_LEAVE
                        && e.occurredAt().equals(london("2023-09-18T00:00")))
                .findFirst().orElseThrow();
        original.clock.set(london("2023-09-24T10:00"));
        original.officers.record(met, List.of(TestForces.correction(leave.cipher().value(), leave.id(),
                "2023-09-24T10:00")), "supervisor").orThrow("correction");
        Map<String, String> files = new CsvExchange(original, original.officers, original.postures, original.loader)
                .exportFiles(met);

        InMemoryArcs copy = new InMemoryArcs();
        new CsvExchange(copy, copy.officers, copy.postures, copy.loader)
                .importFiles(met, files, new CsvBundle.Provenance("importer", true), false).orThrow("re-import");

        for (String at : List.of("2023-09-20T12:00", "2023-09-24T02:00", "2023-09-25T06:00", "2023-09-28T12:00")) {
            for (String knownAt : List.of("2023-09-24T09:00", "2023-09-24T11:00")) {
                assertThat(copy.capability.picture(met, london(at), london(knownAt)))
                        .as("at %s known at %s", at, knownAt)
                        .isEqualTo(original.capability.picture(met, london(at), london(knownAt)));
            }
        }
        assertThat(copy.officers.events(met)).hasSameSizeAs(original.officers.events(met));
    }
}
