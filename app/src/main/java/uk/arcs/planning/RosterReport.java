package uk.arcs.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.arcs.force.Accreditation;

/**
 * A solved roster as the CLI and the API publish it: who sits where, what stays empty (the shortfall that drives
 * mutual aid), the score, and the hard violations found by the independent {@link RosterChecker}.
 */
public record RosterReport(String force, List<Assignment> assignments, List<Unfilled> unfilled, String score,
                           int hardViolations) {

    public record Assignment(String cipher, String force, String seat, SeatKind kind, Accreditation accreditation,
                             Instant start, Instant end) {
    }

    public record Unfilled(String seat, SeatKind kind, Accreditation accreditation, Instant start, Instant end) {
    }

    public static final String CSV_HEADER = "cipher,force,seat,kind,accreditation,start,end";

    public static RosterReport of(Roster roster) {
        List<Assignment> assignments = new ArrayList<>();
        List<Unfilled> unfilled = new ArrayList<>();
        for (SeatAssignment assignment : roster.getAssignments()) {
            Seat seat = assignment.getSeat();
            PlannedOfficer officer = assignment.getOfficer();
            if (officer == null) {
                unfilled.add(new Unfilled(seat.label(), seat.kind(), seat.accreditation(), seat.shift().start(),
                        seat.shift().end()));
            } else {
                assignments.add(new Assignment(officer.cipher(), officer.force(), seat.label(), seat.kind(),
                        seat.accreditation(), seat.shift().start(), seat.shift().end()));
            }
        }
        return new RosterReport(roster.getForce(), assignments, unfilled,
                roster.getScore() == null ? null : roster.getScore().toString(), RosterChecker.check(roster).size());
    }

    /** Assignments, then unfilled seats with an empty cipher and force. */
    public String csv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Assignment a : assignments) {
            csv.append(String.join(",", a.cipher(), a.force(), a.seat(), a.kind().name(), a.accreditation().name(),
                    a.start().toString(), a.end().toString())).append('\n');
        }
        for (Unfilled u : unfilled) {
            csv.append(String.join(",", "", "", u.seat(), u.kind().name(), u.accreditation().name(),
                    u.start().toString(), u.end().toString())).append('\n');
        }
        return csv.toString();
    }

    /** Filled and unfilled seats per kind. */
    public Map<SeatKind, int[]> countsByKind() {
        Map<SeatKind, int[]> counts = new EnumMap<>(SeatKind.class);
        for (SeatKind kind : SeatKind.values()) {
            counts.put(kind, new int[2]);
        }
        assignments.forEach(a -> counts.get(a.kind())[0]++);
        unfilled.forEach(u -> counts.get(u.kind())[1]++);
        return counts;
    }

    /** One line per kind and the score: what the CLI prints by default. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        countsByKind().forEach((kind, c) -> text.append(String.format("%-4s %5d filled %5d unfilled%n", kind, c[0], c[1])));
        text.append("score ").append(score).append(", hard violations ").append(hardViolations).append('\n');
        return text.toString();
    }
}
