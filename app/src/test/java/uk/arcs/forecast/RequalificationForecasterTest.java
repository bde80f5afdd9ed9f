package uk.arcs.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.forecast.SyntheticForce.SYN;
import static uk.arcs.forecast.SyntheticForce.T;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.arcs.InMemoryArcs;
import uk.arcs.force.Accreditation;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.Officer;

/**
 * Ten ARV officers against 8 single-crewed cars: five fall due in week 1 (12 March 2024) and five in week 2
 * (19 March); one instructor teaches three places a week. Counted by hand:
 * week 1: 5 due, 3 places, 3 requalified, 2 lapse (8 left: posture met);
 * week 2: the 2 lapsed first, then 1 of the 5 due; 4 lapse (6 left: ARV cars broken);
 * week 3: 3 of the 4 requalified, 1 still lapsed; week 4: the last one.
 */
class RequalificationForecasterTest {

    private static InMemoryArcs arcs() {
        SyntheticForce force = new SyntheticForce(0, 8, LocalDate.of(2024, 3, 12));
        for (int i = 0; i < 10; i++) {
            force.addOfficer(new Officer(SYN, new Cipher("AR" + (200 + i)), "ARV", 1), Accreditation.ARV,
                    i < 5 ? LocalDate.of(2024, 3, 12) : LocalDate.of(2024, 3, 19));
        }
        force.addOfficer(new Officer(SYN, new Cipher("FI100"), "TRAINING", null), Accreditation.FIREARMS_INSTRUCTOR,
                LocalDate.of(2025, 3, 1));
        return force.load();
    }

    private static List<Requalification.Week> weeks(Map<Integer, Integer> cancelled) {
        InMemoryArcs arcs = arcs();
        return new RequalificationForecaster(arcs.capability, arcs.officers, arcs, arcs.clock)
                .project(SYN, T, arcs.clock.instant(), 3, cancelled).weeks();
    }

    @Test
    void lapsesAccumulateWhenDueOutrunsInstructorPlaces() {
        List<Requalification.Week> weeks = weeks(Map.of());
        assertThat(weeks).hasSize(12);
        assertThat(weeks.subList(0, 4)).extracting(Requalification.Week::instructors, Requalification.Week::places,
                Requalification.Week::due, Requalification.Week::requalified, Requalification.Week::lapsing,
                Requalification.Week::lapsedAtEnd).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 3, 5, 3, 2, 2),
                org.assertj.core.groups.Tuple.tuple(1, 3, 5, 3, 4, 4),
                org.assertj.core.groups.Tuple.tuple(1, 3, 0, 3, 0, 1),
                org.assertj.core.groups.Tuple.tuple(1, 3, 0, 1, 0, 0));
        assertThat(weeks.get(0).requirementsBroken()).isEmpty();
        assertThat(weeks.get(1).requirementsBroken()).containsExactly("ARV cars");
        assertThat(weeks.get(3).requirementsBroken()).isEmpty();
    }

    @Test
    void cancelledCourseLosesItsPlaces() {
        List<Requalification.Week> weeks = weeks(Map.of(1, 3));
        assertThat(weeks.getFirst().places()).isZero();
        assertThat(weeks.getFirst().lapsedAtEnd()).isEqualTo(5);
        assertThat(weeks.getFirst().requirementsBroken()).containsExactly("ARV cars");
        assertThat(weeks.get(1).lapsedAtEnd()).isEqualTo(7);
    }
}
