package uk.arcs.planning.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.arcs.force.Accreditation;
import uk.arcs.planning.PlannedOfficer;
import uk.arcs.planning.Roster;
import uk.arcs.planning.Seat;
import uk.arcs.planning.SeatAssignment;
import uk.arcs.planning.SeatKind;
import uk.arcs.planning.ShiftSlot;

/**
 * A solved roster laid out for the planner screen: one column per shift (grouped by day), one row per seat
 * (counter-terrorism seats, then each ARV car's crew places, then each site's posts), the officer's cipher in each
 * cell with mutual-aid officers marked, and the unfilled seats, the most urgent (counter-terrorism) first.
 */
record RosterGrid(List<Day> days, List<Column> columns, List<Group> groups, List<UnfilledSeat> unfilled,
                  int filled, int aidSeats) {

    record Day(LocalDate date, int shifts) {
    }

    record Column(int index, String shift, LocalDate date, Instant start, Instant end) {
    }

    /**
     * A block of rows: the counter-terrorism seats, one ARV car, or one site. For a car, {@code note} says whether
     * its crew was kept together (no officer of it sits in another car over the horizon).
     */
    record Group(String title, SeatKind kind, String note, boolean kept, List<Row> rows) {
    }

    record Row(String seat, List<Cell> cells) {
    }

    /** One seat in one shift: who sits there, or unfilled, or no such seat in that shift. */
    record Cell(String cipher, String force, boolean aid, boolean unfilled, boolean absent) {
    }

    record UnfilledSeat(String seat, SeatKind kind, Accreditation accreditation, boolean counterTerrorism, String shift,
                        LocalDate date, Instant start, Instant end, int priority) {
    }

    static RosterGrid of(Roster roster) {
        List<SeatAssignment> assignments = roster.getAssignments();
        Map<Integer, ShiftSlot> slots = new TreeMap<>();
        assignments.forEach(a -> slots.putIfAbsent(a.getSeat().shift().index(), a.getSeat().shift()));
        List<Column> columns = slots.values().stream()
                .map(s -> new Column(s.index(), s.name(), s.date(), s.start(), s.end())).toList();
        Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
        columns.forEach(c -> perDay.merge(c.date(), 1, Integer::sum));
        List<Day> days = perDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();

        // Group, then seat label, then shift: in roster order, so seats appear in the order the posture lists them.
        Map<String, Map<String, Map<Integer, SeatAssignment>>> byGroup = new LinkedHashMap<>();
        Map<String, SeatKind> groupKinds = new HashMap<>();
        Map<String, Set<String>> carsOfOfficer = new HashMap<>();
        for (SeatAssignment assignment : assignments) {
            Seat seat = assignment.getSeat();
            String group = group(seat);
            groupKinds.putIfAbsent(group, seat.kind());
            byGroup.computeIfAbsent(group, g -> new LinkedHashMap<>())
                    .computeIfAbsent(seat.label(), l -> new HashMap<>()).put(seat.shift().index(), assignment);
            if (seat.kind() == SeatKind.ARV && assignment.getOfficer() != null) {
                carsOfOfficer.computeIfAbsent(assignment.getOfficer().id(), id -> new HashSet<>()).add(seat.car());
            }
        }
        List<Group> groups = new ArrayList<>();
        byGroup.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, ?> e) -> groupKinds.get(e.getKey()).ordinal()))
                .forEach(entry -> {
                    SeatKind kind = groupKinds.get(entry.getKey());
                    List<Row> rows = new ArrayList<>();
                    Set<String> moved = new java.util.TreeSet<>();
                    entry.getValue().forEach((label, byShift) -> {
                        List<Cell> cells = new ArrayList<>();
                        for (Column column : columns) {
                            SeatAssignment a = byShift.get(column.index());
                            PlannedOfficer officer = a == null ? null : a.getOfficer();
                            cells.add(a == null ? new Cell(null, null, false, false, true)
                                    : officer == null ? new Cell(null, null, false, true, false)
                                    : new Cell(officer.cipher(), officer.force(), officer.mutualAid(), false, false));
                            if (officer != null && kind == SeatKind.ARV
                                    && carsOfOfficer.getOrDefault(officer.id(), Set.of()).size() > 1) {
                                moved.add(officer.cipher());
                            }
                        }
                        rows.add(new Row(label, cells));
                    });
                    String note = switch (kind) {
                        case CT -> "counter-terrorism officers at readiness";
                        case ARV -> moved.isEmpty() ? "crew kept together"
                                : "crew not kept together: " + String.join(", ", moved) + " also sit in another car";
                        case SITE -> rows.size() + " armed posts";
                    };
                    groups.add(new Group(title(entry.getKey(), kind), kind, note, moved.isEmpty(), rows));
                });

        List<UnfilledSeat> unfilled = assignments.stream().filter(a -> !a.isFilled())
                .map(a -> {
                    Seat seat = a.getSeat();
                    return new UnfilledSeat(seat.label(), seat.kind(), seat.accreditation(), seat.counterTerrorism(),
                            seat.shift().name(), seat.shift().date(), seat.shift().start(), seat.shift().end(),
                            seat.priority());
                })
                .sorted(Comparator.comparingInt(UnfilledSeat::priority).reversed()
                        .thenComparing(UnfilledSeat::start).thenComparing(UnfilledSeat::seat))
                .toList();
        int filled = (int) assignments.stream().filter(SeatAssignment::isFilled).count();
        int aid = (int) assignments.stream().filter(a -> a.isFilled() && a.getOfficer().mutualAid()).count();
        return new RosterGrid(days, columns, groups, unfilled, filled, aid);
    }

    private static String group(Seat seat) {
        return switch (seat.kind()) {
            case CT -> "CT";
            case ARV -> seat.car();
            case SITE -> seat.label().substring(0, Math.max(seat.label().lastIndexOf('/'), 0));
        };
    }

    private static String title(String group, SeatKind kind) {
        return switch (kind) {
            case CT -> "Counter-terrorism";
            case ARV -> "ARV car " + group;
            case SITE -> group.replace('_', ' ');
        };
    }
}
