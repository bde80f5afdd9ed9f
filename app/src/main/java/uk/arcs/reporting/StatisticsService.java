package uk.arcs.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.arcs.common.Precision;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;

/** Records firearms operations and answers the annual tables, beside the published figures. */
public final class StatisticsService {

    static final String PUBLISHED = "Home Office, Police use of firearms statistics";
    static final String RECORDED = "recorded in ARCS";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private record Published(int year, String scope, String force, int operations, Integer arvOperations,
                             Integer discharges, Integer armedOfficers, Integer deployableOfficers) {
    }

    private final OperationsStore store;
    private final ForceDirectory forces;
    private final Clock clock;
    private final List<Published> published;

    public StatisticsService(OperationsStore store, ForceDirectory forces, Clock clock, InputStream referenceCsv) {
        this.store = store;
        this.forces = forces;
        this.clock = clock;
        this.published = read(referenceCsv);
    }

    public FirearmsOperation record(ForceCode force, String reference, Instant authorisedAt, boolean arvAttended,
                                    boolean discharged, String recordedBy) {
        forces.require(force);
        Instant now = Precision.recorded(clock.instant());
        if (authorisedAt != null && authorisedAt.isAfter(now)) {
            throw new IllegalArgumentException("authorisedAt: an operation cannot be recorded before it happens");
        }
        return store.insert(new FirearmsOperation(0, force, reference, authorisedAt, arvAttended, discharged, now,
                recordedBy));
    }

    public FirearmsStatistics year(int year) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year: the year the statistics year starts, such as 2022 for 2022/23");
        }
        Instant from = LocalDate.of(year, 4, 1).atStartOfDay(LONDON).toInstant();
        Instant to = LocalDate.of(year + 1, 4, 1).atStartOfDay(LONDON).toInstant();
        Map<String, int[]> recorded = new LinkedHashMap<>();
        for (FirearmsOperation operation : store.between(from, to)) {
            int[] counts = recorded.computeIfAbsent(operation.force().value(), f -> new int[3]);
            counts[0]++;
            counts[1] += operation.arvAttended() ? 1 : 0;
            counts[2] += operation.discharged() ? 1 : 0;
        }
        FirearmsStatistics.Totals totals = published.stream()
                .filter(p -> p.year() == year && p.scope().equals("ENGLAND_AND_WALES")).findFirst()
                .map(p -> new FirearmsStatistics.Totals(p.operations(), p.arvOperations(), p.discharges(),
                        p.armedOfficers(), p.deployableOfficers(), PUBLISHED))
                .orElseGet(() -> new FirearmsStatistics.Totals(recorded.values().stream().mapToInt(c -> c[0]).sum(),
                        recorded.values().stream().mapToInt(c -> c[1]).sum(),
                        recorded.values().stream().mapToInt(c -> c[2]).sum(), null, null, RECORDED));
        Map<String, FirearmsStatistics.ForceLine> lines = new LinkedHashMap<>();
        for (Published p : published) {
            if (p.year() == year && p.scope().equals("FORCE")) {
                lines.put(p.force(), new FirearmsStatistics.ForceLine(p.force(), p.operations(), p.arvOperations(),
                        p.discharges(), share(p.operations(), totals.operations()), PUBLISHED));
            }
        }
        recorded.forEach((force, counts) -> lines.putIfAbsent(force, new FirearmsStatistics.ForceLine(force, counts[0],
                counts[1], counts[2], share(counts[0], totals.operations()), RECORDED)));
        return new FirearmsStatistics(year, "1 April " + year + " to 31 March " + (year + 1), totals,
                new ArrayList<>(lines.values()));
    }

    /** The years whose England and Wales figures ARCS holds as published, in order. */
    public List<Integer> publishedYears() {
        return published.stream().filter(p -> p.scope().equals("ENGLAND_AND_WALES")).map(Published::year).distinct()
                .sorted().toList();
    }

    /** The statistics year in progress: the one that started on the latest 1 April in London. */
    public int currentYear() {
        LocalDate today = clock.instant().atZone(LONDON).toLocalDate();
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }

    private static double share(int operations, int total) {
        return total == 0 ? 0 : Math.round(1000.0 * operations / total) / 1000.0;
    }

    private static List<Published> read(InputStream csv) {
        try (csv) {
            List<Published> rows = new ArrayList<>();
            List<String> lines = new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                rows.add(new Published(Integer.parseInt(f[0]), f[1], f[2], Integer.parseInt(f[3]), optional(f[4]),
                        optional(f[5]), optional(f[6]), optional(f[7])));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("the published statistics could not be read", e);
        }
    }

    private static Integer optional(String field) {
        return field.isBlank() ? null : Integer.valueOf(field);
    }
}
