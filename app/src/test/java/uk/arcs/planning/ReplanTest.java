package uk.arcs.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.arcs.force.Accreditation;

/** Re-planning after an officer steps back moves that officer's seats and as little else as it can. */
class ReplanTest {

    private static final int DAYS = 2;

    private static Roster problem(List<PlannedOfficer> officers) {
        List<SeatAssignment> seats = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            for (String name : List.of("EARLY", "LATE", "NIGHT")) {
                ShiftSlot shift = TinyRosters.shift(day, name);
                for (int place = 1; place <= 2; place++) {
                    Seat seat = TinyRosters.arv(shift, 1, place);
                    seats.add(new SeatAssignment(seat, officers.stream().filter(o -> o.mayWork(shift)).toList()));
                }
            }
        }
        return TinyRosters.roster(DAYS, officers, seats);
    }

    private static PlannedOfficer steppedBackFromDayOne(PlannedOfficer officer) {
        Map<Integer, Set<Accreditation>> accreditations = new HashMap<>(officer.accreditationsByDay());
        accreditations.remove(1);
        return new PlannedOfficer(officer.id(), officer.cipher(), officer.force(), officer.unit(), false, false,
                Set.of(0, 1, 2), accreditations, officer.restDays());
    }

    @Test
    void replanAfterAnOfficerStepsBackMovesOnlyTheirSeats() {
        List<PlannedOfficer> officers = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> TinyRosters.own("AR" + i, "SFC_ARV", DAYS, Accreditation.ARV)).toList();
        try (Planner planner = new Planner(11, 1)) {
            Roster first = planner.solve(problem(officers), Duration.ofSeconds(2));
            assertThat(first.unfilled()).isZero();
            assertThat(RosterChecker.check(first)).isEmpty();
            PlannedOfficer leaving = first.getAssignments().stream()
                    .filter(a -> a.day() == 1).findFirst().orElseThrow().getOfficer();
            long leavingSeats = first.getAssignments().stream()
                    .filter(a -> a.day() == 1 && a.getOfficer().equals(leaving)).count();

            List<PlannedOfficer> now = officers.stream()
                    .map(o -> o.equals(leaving) ? steppedBackFromDayOne(o) : o).toList();
            Roster second = planner.replan(first, problem(now), Duration.ofSeconds(2));

            assertThat(RosterChecker.check(second)).isEmpty();
            assertThat(second.unfilled()).isZero();
            Map<String, String> before = new HashMap<>();
            first.getAssignments().forEach(a -> before.put(a.getId(), a.getOfficer().id()));
            long moved = second.getAssignments().stream()
                    .filter(a -> !Objects.equals(before.get(a.getId()), a.getOfficer().id())).count();
            assertThat(moved).isEqualTo(leavingSeats);
            assertThat(second.getAssignments()).noneMatch(a -> a.day() == 1 && a.getOfficer().equals(leaving));
        }
    }
}
