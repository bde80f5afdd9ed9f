package uk.arcs.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The construction the local search starts from: seats in roster order (shift by shift, counter-terrorism,
 * then ARV, then sites), each given the first candidate (own officers on their rota shift, then rest-day
 * working, then mutual aid) whom the working-time rules still allow. Timefold's own construction heuristics
 * would weigh every candidate of every seat (hundreds each) through the full score; this one is linear in the
 * candidates looked at and leaves to the local search what it cannot place.
 */
final class FirstFit {

    private final RosterRules rules;
    private final Map<PlannedOfficer, List<ShiftSlot>> worked = new HashMap<>();

    private FirstFit(RosterRules rules) {
        this.rules = rules;
    }

    /** Fills the unfilled seats it can, keeping the seats already filled. */
    static void fill(Roster roster) {
        FirstFit fit = new FirstFit(roster.getRules());
        for (SeatAssignment assignment : roster.getAssignments()) {
            if (assignment.isFilled()) {
                fit.take(assignment.getOfficer(), assignment.getSeat().shift());
            }
        }
        for (SeatAssignment assignment : roster.getAssignments()) {
            if (assignment.isFilled()) {
                continue;
            }
            ShiftSlot shift = assignment.getSeat().shift();
            for (PlannedOfficer candidate : assignment.getCandidates()) {
                if (fit.allows(candidate, shift)) {
                    assignment.setOfficer(candidate);
                    fit.take(candidate, shift);
                    break;
                }
            }
        }
    }

    private void take(PlannedOfficer officer, ShiftSlot shift) {
        worked.computeIfAbsent(officer, o -> new ArrayList<>()).add(shift);
    }

    private boolean allows(PlannedOfficer officer, ShiftSlot shift) {
        List<ShiftSlot> shifts = worked.getOrDefault(officer, List.of());
        TreeSet<Integer> days = new TreeSet<>();
        days.add(shift.day());
        for (ShiftSlot other : shifts) {
            boolean before = !other.end().isAfter(shift.start());
            boolean after = !other.start().isBefore(shift.end());
            if (!before && !after) {
                return false;
            }
            Duration rest = before ? Duration.between(other.end(), shift.start()) : Duration.between(shift.end(), other.start());
            if (rest.toMinutes() < rules.minRestMinutes()) {
                return false;
            }
            days.add(other.day());
        }
        int run = 1;
        for (int day = shift.day() - 1; days.contains(day); day--) {
            run++;
        }
        for (int day = shift.day() + 1; days.contains(day); day++) {
            run++;
        }
        if (run > rules.maxConsecutiveShifts()) {
            return false;
        }
        for (int windowStart = shift.day() - 6; windowStart <= shift.day(); windowStart++) {
            long minutes = shift.minutes();
            for (ShiftSlot other : shifts) {
                if (other.day() >= windowStart && other.day() < windowStart + 7) {
                    minutes += other.minutes();
                }
            }
            if (minutes > rules.maxMinutesInSevenDays()) {
                return false;
            }
        }
        return true;
    }
}
