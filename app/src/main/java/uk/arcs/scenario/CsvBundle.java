package uk.arcs.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import uk.arcs.common.Instants;
import uk.arcs.common.RowError;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ShiftPattern;
import uk.arcs.force.Unit;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.NewOfficerEvent;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerEvent;
import uk.arcs.officer.OfficerEventRow;
import uk.arcs.officer.OfficerEventType;
import uk.arcs.officer.SubmittedEvent;
import uk.arcs.posture.PostureChange;
import uk.arcs.posture.PostureEvent;
import uk.arcs.posture.PostureRow;
import uk.arcs.posture.SubmittedPostureChange;

/**
 * The CSV exchange format (docs/import-format.md): one file per kind (force, units, officers,
 * accreditations, events, posture), each with a header row. Reading reports every faulty row; writing
 * produces files that read back to the same log.
 */
public final class CsvBundle {

    public static final String FORCE = "force.csv";
    public static final String UNITS = "units.csv";
    public static final String OFFICERS = "officers.csv";
    public static final String ACCREDITATIONS = "accreditations.csv";
    public static final String EVENTS = "events.csv";
    public static final String POSTURE = "posture.csv";
    public static final List<String> FILES = List.of(FORCE, UNITS, OFFICERS, ACCREDITATIONS, EVENTS, POSTURE);

    static final List<String> FORCE_COLUMNS = List.of("code", "name", "timeZone", "shifts", "rota", "teams",
            "teamOffsetDays", "rotaEpoch");
    static final List<String> UNIT_COLUMNS = List.of("code", "name", "command");
    static final List<String> OFFICER_COLUMNS = List.of("cipher", "unit", "team");
    static final List<String> ACCREDITATION_COLUMNS = List.of("id", "cipher", "accreditation", "validUntil",
            "occurredAt", "reason", "recordedAt", "recordedBy");
    static final List<String> EVENT_COLUMNS = List.of("id", "cipher", "type", "occurredAt", "reason", "accreditation",
            "validUntil", "until", "corrects", "recordedAt", "recordedBy");
    static final List<String> POSTURE_COLUMNS = List.of("type", "occurredAt", "reason", "site", "siteName",
            "accreditation", "quantity", "crewSize", "counterTerrorism", "unit", "level", "recordedAt", "recordedBy");

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    /** Errors in the order a person reads the files. */
    public static final java.util.Comparator<RowError> IN_FILE_ORDER = java.util.Comparator
            .comparingInt((RowError e) -> FILES.indexOf(e.source())).thenComparingInt(RowError::row);

    private CsvBundle() {
    }

    /** How imported events are stamped: now, by the importer, or with the recording times in the files. */
    public record Provenance(String importer, boolean keepRecordedTimes) {
    }

    /**
     * What the files say: the rows that could be read (absent if not even the force could be), and every
     * fault found, in file and row order.
     */
    public record Reading(Optional<ForceScenario> scenario, List<RowError> errors) {
        public Reading {
            errors = List.copyOf(errors);
        }
    }

    /**
     * Reads the files (name to content) for {@code forceCode}. {@code existing} is the force if ARCS holds it;
     * without it, force.csv and units.csv must be present.
     */
    public static Reading read(ForceCode forceCode, Map<String, String> files, Optional<Force> existing,
                               Provenance provenance) {
        List<RowError> errors = new ArrayList<>();
        for (String name : files.keySet()) {
            if (!FILES.contains(name)) {
                errors.add(new RowError(name, 0, null, "unknown file; expected some of " + FILES));
            }
        }
        if (files.keySet().stream().noneMatch(n -> Set.of(OFFICERS, ACCREDITATIONS, EVENTS, POSTURE).contains(n))) {
            errors.add(new RowError("import", 0, null, "nothing to import: give officers.csv, accreditations.csv, "
                    + "events.csv or posture.csv"));
        }
        Force force = existing.orElse(null);
        if (files.containsKey(FORCE)) {
            force = readForce(forceCode, files.get(FORCE), errors);
        } else if (force == null) {
            errors.add(new RowError(FORCE, 0, null, "force " + forceCode + " is new to ARCS, so force.csv is required"));
        }
        if (force == null || !errors.isEmpty()) {
            return new Reading(Optional.empty(), errors);
        }
        ZoneId zone = force.zone();
        List<Unit> units = files.containsKey(UNITS) ? readUnits(forceCode, files.get(UNITS), errors) : List.of();
        if (existing.isEmpty() && units.isEmpty()) {
            errors.add(new RowError(UNITS, 0, null, "a new force needs units.csv with at least one unit"));
        }
        List<Officer> officers = files.containsKey(OFFICERS) ? readOfficers(forceCode, files.get(OFFICERS), errors)
                : List.of();
        List<SubmittedEvent> events = new ArrayList<>();
        if (files.containsKey(ACCREDITATIONS)) {
            readAccreditations(files.get(ACCREDITATIONS), zone, provenance, events, errors);
        }
        if (files.containsKey(EVENTS)) {
            readEvents(files.get(EVENTS), zone, provenance, events, errors);
        }
        List<SubmittedPostureChange> posture = files.containsKey(POSTURE)
                ? readPosture(files.get(POSTURE), zone, provenance, errors) : List.of();
        errors.sort(IN_FILE_ORDER);
        return new Reading(Optional.of(new ForceScenario(force, units, officers, events, posture)), errors);
    }

    private static Force readForce(ForceCode forceCode, String content, List<RowError> errors) {
        List<CSVRecord> records = records(FORCE, content, FORCE_COLUMNS, FORCE_COLUMNS, errors);
        if (records.size() != 1) {
            if (errors.stream().noneMatch(e -> e.source().equals(FORCE))) {
                errors.add(new RowError(FORCE, 0, null, "force.csv holds exactly one force, not " + records.size()));
            }
            return null;
        }
        CSVRecord r = records.getFirst();
        try {
            ForceCode code = ForceCode.of(r.get("code"));
            if (!code.equals(forceCode)) {
                errors.add(new RowError(FORCE, 1, "code", "force.csv describes " + code + ", not " + forceCode));
                return null;
            }
            ShiftPattern pattern = new ShiftPattern(ShiftPattern.parseShifts(r.get("shifts")),
                    Arrays.stream(r.get("rota").split(",")).map(String::trim).toList(), Integer.parseInt(r.get("teams")),
                    Integer.parseInt(r.get("teamOffsetDays")), LocalDate.parse(r.get("rotaEpoch")));
            return new Force(code, r.get("name"), ZoneId.of(r.get("timeZone")), pattern);
        } catch (RuntimeException e) {
            errors.add(new RowError(FORCE, 1, null, "the force cannot be read: " + e.getMessage()));
            return null;
        }
    }

    private static List<Unit> readUnits(ForceCode force, String content, List<RowError> errors) {
        List<Unit> units = new ArrayList<>();
        for (CSVRecord r : records(UNITS, content, UNIT_COLUMNS, List.of("code", "name"), errors)) {
            try {
                units.add(new Unit(force, r.get("code"), r.get("name"), value(r, "command")));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(UNITS, row(r), null, e.getMessage()));
            }
        }
        return units;
    }

    private static List<Officer> readOfficers(ForceCode force, String content, List<RowError> errors) {
        List<Officer> officers = new ArrayList<>();
        for (CSVRecord r : records(OFFICERS, content, OFFICER_COLUMNS, List.of("cipher", "unit"), errors)) {
            try {
                String team = value(r, "team");
                officers.add(new Officer(force, Cipher.of(r.get("cipher")), r.get("unit"),
                        team == null ? null : parseTeam(team)));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(OFFICERS, row(r), null, e.getMessage()));
            }
        }
        return officers;
    }

    private static int parseTeam(String team) {
        try {
            return Integer.parseInt(team);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("team must be a whole number, not '" + team + "'");
        }
    }

    private static void readAccreditations(String content, ZoneId zone, Provenance provenance,
                                           List<SubmittedEvent> events, List<RowError> errors) {
        for (CSVRecord r : records(ACCREDITATIONS, content, ACCREDITATION_COLUMNS,
                List.of("cipher", "accreditation", "validUntil", "occurredAt", "reason"), errors)) {
            OfficerEventRow row = new OfficerEventRow(value(r, "cipher"), OfficerEventType.ACCREDITED.name(),
                    value(r, "occurredAt"), value(r, "reason"), value(r, "accreditation"), value(r, "validUntil"),
                    null, null);
            submit(ACCREDITATIONS, r, row, zone, provenance, false, events, errors);
        }
    }

    private static void readEvents(String content, ZoneId zone, Provenance provenance, List<SubmittedEvent> events,
                                   List<RowError> errors) {
        boolean fileIds = hasColumn(content, "id");
        for (CSVRecord r : records(EVENTS, content, EVENT_COLUMNS, List.of("cipher", "type", "occurredAt", "reason"),
                errors)) {
            OfficerEventRow row = new OfficerEventRow(value(r, "cipher"), value(r, "type"), value(r, "occurredAt"),
                    value(r, "reason"), value(r, "accreditation"), value(r, "validUntil"), value(r, "until"),
                    value(r, "corrects"));
            submit(EVENTS, r, row, zone, provenance, fileIds, events, errors);
        }
    }

    private static void submit(String source, CSVRecord r, OfficerEventRow row, ZoneId zone, Provenance provenance,
                               boolean correctsFileIds, List<SubmittedEvent> events, List<RowError> errors) {
        NewOfficerEvent event = row.parse(source, row(r), zone, errors);
        Long localId = null;
        String id = value(r, "id");
        if (id != null) {
            try {
                localId = Long.parseLong(id);
            } catch (NumberFormatException e) {
                errors.add(new RowError(source, row(r), "id", "id must be a whole number, not '" + id + "'"));
            }
        }
        Stamp stamp = stamp(source, r, zone, provenance, errors);
        if (event != null && stamp != null) {
            boolean correction = event.type() == OfficerEventType.RECORDED_IN_ERROR;
            events.add(new SubmittedEvent(source, row(r), event, stamp.at(), stamp.by(), localId,
                    correction && correctsFileIds));
        }
    }

    private record Stamp(Instant at, String by) {
    }

    private static Stamp stamp(String source, CSVRecord r, ZoneId zone, Provenance provenance, List<RowError> errors) {
        if (!provenance.keepRecordedTimes()) {
            return new Stamp(null, provenance.importer());
        }
        String at = value(r, "recordedAt");
        String by = value(r, "recordedBy");
        if (at == null || by == null) {
            errors.add(new RowError(source, row(r), "recordedAt",
                    "keeping recorded times needs recordedAt and recordedBy on every row"));
            return null;
        }
        try {
            return new Stamp(Instants.parse(at, zone), by);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(source, row(r), "recordedAt", e.getMessage()));
            return null;
        }
    }

    private static List<SubmittedPostureChange> readPosture(String content, ZoneId zone, Provenance provenance,
                                                            List<RowError> errors) {
        List<SubmittedPostureChange> changes = new ArrayList<>();
        for (CSVRecord r : records(POSTURE, content, POSTURE_COLUMNS, List.of("type", "occurredAt", "reason"), errors)) {
            PostureRow row = new PostureRow(value(r, "type"), value(r, "occurredAt"), value(r, "reason"),
                    value(r, "site"), value(r, "siteName"), value(r, "accreditation"), value(r, "quantity"),
                    value(r, "crewSize"), value(r, "counterTerrorism"), value(r, "unit"), value(r, "level"));
            PostureChange change = row.parse(POSTURE, row(r), zone, errors);
            Stamp stamp = stamp(POSTURE, r, zone, provenance, errors);
            if (change != null && stamp != null) {
                changes.add(new SubmittedPostureChange(POSTURE, row(r), change, stamp.at(), stamp.by()));
            }
        }
        return changes;
    }

    private static boolean hasColumn(String content, String column) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(content)).setFormat(READ).get()) {
            return parser.getHeaderNames().contains(column);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<CSVRecord> records(String source, String content, List<String> allowed, List<String> required,
                                           List<RowError> errors) {
        try (Reader reader = new StringReader(stripBom(content));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(READ).get()) {
            List<String> header = parser.getHeaderNames();
            boolean ok = true;
            for (String column : header) {
                if (!allowed.contains(column)) {
                    errors.add(new RowError(source, 0, column, "unknown column; expected some of " + allowed));
                    ok = false;
                }
            }
            for (String column : required) {
                if (!header.contains(column)) {
                    errors.add(new RowError(source, 0, column, "required column is missing"));
                    ok = false;
                }
            }
            if (!ok) {
                return List.of();
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    errors.add(new RowError(source, (int) record.getRecordNumber(), null,
                            "expected " + header.size() + " fields, found " + record.size()));
                    continue;
                }
                records.add(record);
            }
            return records;
        } catch (IOException | RuntimeException e) {
            errors.add(new RowError(source, 0, null, "not readable as CSV: " + e.getMessage()));
            return List.of();
        }
    }

    private static String stripBom(String content) {
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }

    private static int row(CSVRecord record) {
        return (int) record.getRecordNumber();
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    // ---- writing ----

    /** The force's whole record as CSV files, name to content. */
    public static Map<String, String> write(Force force, List<Unit> units, List<Officer> officers,
                                            List<OfficerEvent> events, List<PostureEvent> posture) {
        Map<String, String> files = new LinkedHashMap<>();
        ShiftPattern pattern = force.shiftPattern();
        files.put(FORCE, csv(FORCE_COLUMNS, List.of(List.of(force.code().value(), force.name(), force.zone().getId(),
                pattern.formatShifts(), String.join(",", pattern.rota()), pattern.teams(), pattern.teamOffsetDays(),
                pattern.epoch()))));
        files.put(UNITS, csv(UNIT_COLUMNS, units.stream().map(u -> List.<Object>of(u.code(), u.name(), u.command())).toList()));
        files.put(OFFICERS, csv(OFFICER_COLUMNS, officers.stream()
                .map(o -> List.<Object>of(o.cipher().value(), o.unit(), o.team() == null ? "" : o.team())).toList()));
        List<List<Object>> accreditations = new ArrayList<>();
        List<List<Object>> others = new ArrayList<>();
        for (OfficerEvent e : events) {
            if (e.type() == OfficerEventType.ACCREDITED) {
                accreditations.add(List.of(e.id(), e.cipher().value(), e.details().accreditation().name(),
                        e.details().validUntil(), e.occurredAt(), e.reason(), e.recordedAt(), e.recordedBy()));
            } else {
                others.add(List.of(e.id(), e.cipher().value(), e.type().name(), e.occurredAt(), e.reason(),
                        blankIfNull(e.details().accreditation()), blankIfNull(e.details().validUntil()),
                        blankIfNull(e.details().until()), blankIfNull(e.details().corrects()), e.recordedAt(),
                        e.recordedBy()));
            }
        }
        files.put(ACCREDITATIONS, csv(ACCREDITATION_COLUMNS, accreditations));
        files.put(EVENTS, csv(EVENT_COLUMNS, others));
        files.put(POSTURE, csv(POSTURE_COLUMNS, posture.stream().map(p -> {
            PostureChange c = p.change();
            return List.<Object>of(c.type().name(), c.occurredAt(), c.reason(), blankIfNull(c.site()),
                    blankIfNull(c.siteName()), blankIfNull(c.accreditation()), blankIfNull(c.quantity()),
                    blankIfNull(c.crewSize()), blankIfNull(c.counterTerrorism()), blankIfNull(c.unit()),
                    blankIfNull(c.level()), p.recordedAt(), p.recordedBy());
        }).toList()));
        return files;
    }

    private static Object blankIfNull(Object value) {
        return value == null ? "" : value;
    }

    private static String csv(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            printer.printRecord(header);
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
