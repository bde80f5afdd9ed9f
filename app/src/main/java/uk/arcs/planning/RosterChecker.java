package uk.arcs.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a roster against the hard rules, written from the rules themselves and sharing no code with the
 * constraint provider, so that the solver's score can be checked rather than trusted. Used by the tests and by
 * the benchmark (on Timefold's and CP-SAT's rosters alike) and reported as {@code hardViolations}.
 */
public final class RosterChecker {

    /** One broken rule: which rule, the officer, the seat, and why. */
    public record Violation(String rule, String officer, String seat, String reason) {
    }

    private RosterChecker() {
    }

    public static List<Violation> check(Roster roster) {
        RosterRules rules = roster.getRules();
        List<Violation> violations = new ArrayList<>();
        Map<String, List<SeatAssignment>> byOfficer = new LinkedHashMap<>();
        for (SeatAssignment assignment : roster.getAssignments()) {
            PlannedOfficer officer = assignment.getOfficer();
            if (officer == null) {
                continue;
            }
            Seat seat = assignment.getSeat();
            if (!officer.accreditationsByDay().getOrDefault(seat.shift().day(), Set.of()).contains(seat.accreditation())) {
                violations.add(new Violation("accreditation", officer.id(), seat.id(), "holds no "
                        + seat.accreditation() + " accreditation in date on " + seat.shift().date()));
            }
            if (!officer.availableShifts().contains(seat.shift().index())) {
                violations.add(new Violation("availability", officer.id(), seat.id(), "is not available for the "
                        + seat.shift().name() + " shift of " + seat.shift().date()));
            }
            if (seat.unit() != null && !officer.mutualAid() && !seat.unit().equals(officer.unit())) {
                violations.add(new Violation("unit", officer.id(), seat.id(), "is in unit " + officer.unit()
                        + "; the post is staffed by " + seat.unit()));
            }
            if (seat.counterTerrorism() && officer.mutualAid() && !officer.releasedForCounterTerrorism()) {
                violations.add(new Violation("aid-counter-terrorism", officer.id(), seat.id(),
                        "is on mutual aid and was not released for counter-terrorism work"));
            }
            byOfficer.computeIfAbsent(officer.id(), id -> new ArrayList<>()).add(assignment);
        }
        byOfficer.forEach((officer, shifts) -> checkWorkingTime(officer, shifts, rules, violations));
        return violations;
    }

    private static void checkWorkingTime(String officer, List<SeatAssignment> shifts, RosterRules rules,
                                         List<Violation> violations) {
        List<Seat> seats = new ArrayList<>(shifts.stream().map(SeatAssignment::getSeat).toList());
        seats.sort(Comparator.comparing((Seat s) -> s.shift().start()).thenComparing(Seat::id));
        for (int i = 0; i < seats.size(); i++) {
            Seat first = seats.get(i);
            for (int j = i + 1; j < seats.size(); j++) {
                Seat second = seats.get(j);
                if (second.shift().start().isBefore(first.shift().end())) {
                    violations.add(new Violation("one-seat-at-a-time", officer, second.id(), "also sits in "
                            + first.id() + " at the same time"));
                } else {
                    long restMinutes = Duration.between(first.shift().end(), second.shift().start()).toMinutes();
                    if (restMinutes < rules.minRestMinutes()) {
                        violations.add(new Violation("rest", officer, second.id(), "starts " + restMinutes
                                + " minutes after " + first.id() + " ends; at least " + rules.minRestMinutes()
                                + " are needed"));
                    }
                }
            }
        }
        TreeSet<Integer> days = new TreeSet<>();
        TreeMap<Integer, Long> minutesByDay = new TreeMap<>();
        for (Seat seat : seats) {
            days.add(seat.shift().day());
            minutesByDay.merge(seat.shift().day(), Duration.between(seat.shift().start(), seat.shift().end()).toMinutes(),
                    Long::sum);
        }
        int runStart = -1;
        int previous = Integer.MIN_VALUE;
        for (int day : days) {
            if (day != previous + 1) {
                runStart = day;
            }
            int runLength = day - runStart + 1;
            if (runLength > rules.maxConsecutiveShifts()) {
                violations.add(new Violation("consecutive-shifts", officer, "day " + day, "works " + runLength
                        + " days in a row; at most " + rules.maxConsecutiveShifts() + " are allowed"));
            }
            previous = day;
        }
        for (int day : days) {
            long minutes = minutesByDay.subMap(day, true, day + 6, true).values().stream().mapToLong(Long::longValue).sum();
            if (minutes > rules.maxMinutesInSevenDays()) {
                violations.add(new Violation("hours-in-seven-days", officer, "day " + day, "works " + minutes / 60.0
                        + " hours in the seven days from day " + day + "; at most " + rules.maxMinutesInSevenDays() / 60
                        + " are allowed"));
            }
        }
    }
}
