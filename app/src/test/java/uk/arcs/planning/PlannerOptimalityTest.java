package uk.arcs.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.arcs.force.Accreditation;

/**
 * On instances small enough to try every roster (each seat empty or given one of its candidates), the planner
 * reaches the best score there is.
 */
class PlannerOptimalityTest {

    private static Planner planner;

    @BeforeAll
    static void start() {
        planner = new Planner(7, 1);
    }

    @AfterAll
    static void stop() {
        planner.close();
    }

    /**
     * Four officers (own and mutual aid, some resting on day 1, one not released for counter-terrorism) and five
     * seats over two days; candidates hold the accreditation, so the hard rules left to break are working time,
     * units and counter-terrorism release.
     */
    private static Roster instance(long seed) {
        Random random = new Random(seed);
        List<PlannedOfficer> officers = new ArrayList<>();
        String[] units = {"SFC_ARV", "PADP"};
        for (int i = 0; i < 4; i++) {
            boolean aid = i == 3;
            Set<Integer> rest = random.nextBoolean() ? Set.of(1) : Set.of();
            Accreditation[] held = random.nextBoolean()
                    ? new Accreditation[] {Accreditation.ARV, Accreditation.CTSFO}
                    : new Accreditation[] {Accreditation.ARV, Accreditation.PROTECTION_AFO};
            officers.add(TinyRosters.officer("OF" + i, aid ? "KENT" : "MET", units[i % 2], aid, false, 2, rest, held));
        }
        String[] shifts = {"EARLY", "LATE", "NIGHT"};
        List<SeatAssignment> seats = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            ShiftSlot shift = TinyRosters.shift(random.nextInt(2), shifts[random.nextInt(3)]);
            Seat seat = switch (random.nextInt(3)) {
                case 0 -> TinyRosters.ct(shift, s);
                case 1 -> TinyRosters.arv(shift, 1 + random.nextInt(2), s);
                default -> TinyRosters.site(shift, "DOWNING_STREET", "PADP", s);
            };
            List<PlannedOfficer> candidates = officers.stream()
                    .filter(o -> o.holdsOn(seat.accreditation(), seat.shift().day())).toList();
            seats.add(new SeatAssignment(seat, candidates));
        }
        return TinyRosters.roster(2, officers, seats);
    }

    private static HardMediumSoftScore bestByExhaustiveSearch(Roster roster) {
        List<SeatAssignment> seats = roster.getAssignments();
        int[] choice = new int[seats.size()];
        HardMediumSoftScore best = null;
        while (true) {
            for (int i = 0; i < seats.size(); i++) {
                seats.get(i).setOfficer(choice[i] == 0 ? null : seats.get(i).getCandidates().get(choice[i] - 1));
            }
            HardMediumSoftScore score = planner.score(roster);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
            }
            int i = 0;
            while (i < seats.size() && ++choice[i] > seats.get(i).getCandidates().size()) {
                choice[i++] = 0;
            }
            if (i == seats.size()) {
                seats.forEach(a -> a.setOfficer(null));
                return best;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void plannerFindsTheOptimumOfATinyInstance(long seed) {
        Roster problem = instance(seed);
        HardMediumSoftScore optimum = bestByExhaustiveSearch(problem);

        Roster solved = planner.solve(problem, Duration.ofSeconds(5), optimum);

        assertThat(solved.getScore()).isEqualTo(optimum);
        assertThat(optimum.isFeasible()).isTrue();
        assertThat(RosterChecker.check(solved)).isEmpty();
    }
}
