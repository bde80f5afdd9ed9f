package uk.arcs.command;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.EscalationFixture.DON;
import static uk.arcs.TestForces.london;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.arcs.EscalationFixture;
import uk.arcs.InMemoryArcs;
import uk.arcs.force.Accreditation;

/** The escalation advice names the seats the latest deployment plan leaves empty in the shift. */
class PlannedShortfallAdviceTest {

    private final InMemoryArcs arcs = EscalationFixture.arcs();

    @Test
    void unfilledSeatsOfTheLatestPlanAreAdvisedAndNothingElseChanges() {
        PlannedShortfall plan = (force, at) -> force.equals(DON) ? List.of(
                new PlannedShortfall.UnfilledSeat("ARV-01/2", "ARV", Accreditation.ARV, london("2023-09-23T07:00"),
                        london("2023-09-23T15:00")),
                new PlannedShortfall.UnfilledSeat("CT-01", "CT", Accreditation.CTSFO, london("2023-09-23T07:00"),
                        london("2023-09-23T15:00"))) : List.of();
        EscalationAdvisor advisor = new EscalationAdvisor(arcs.capability, arcs.aid, arcs.military, arcs,
                Duration.ofHours(6), plan);

        Escalation escalation = advisor.escalation(DON, london("2023-09-23T12:00"), arcs.clock.instant());

        assertThat(escalation.advice()).extracting(Advice::step).containsExactly("COVER_PLANNED_SHORTFALL");
        Advice advice = escalation.advice().getFirst();
        assertThat(advice.rule()).isEqualTo("PlannedShortfall");
        assertThat(advice.reason()).contains("2 seats of this shift unfilled").contains("ARV-01/2, CT-01");
        assertThat(advice.figures()).containsEntry("ARV", 1).containsEntry("CT", 1);
        EscalationAdvisor withoutPlan = new EscalationAdvisor(arcs.capability, arcs.aid, arcs.military, arcs,
                Duration.ofHours(6));
        assertThat(withoutPlan.escalation(DON, london("2023-09-23T12:00"), arcs.clock.instant()).advice())
                .extracting(Advice::step).containsExactly("HOLD");
    }
}
