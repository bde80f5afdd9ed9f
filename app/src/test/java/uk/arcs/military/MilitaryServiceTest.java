package uk.arcs.military;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.arcs.EscalationFixture.DON;
import static uk.arcs.EscalationFixture.NIGHT;
import static uk.arcs.EscalationFixture.REQ;
import static uk.arcs.EscalationFixture.gold;
import static uk.arcs.EscalationFixture.liaison;
import static uk.arcs.TestForces.london;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.EscalationFixture;
import uk.arcs.InMemoryArcs;
import uk.arcs.common.Actor;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.Verdict;

class MilitaryServiceTest {

    private InMemoryArcs arcs;
    private MilitaryService military;

    @BeforeEach
    void twoForces() {
        arcs = EscalationFixture.arcs();
        arcs.clock.set(london("2023-09-25T00:00"));
        military = arcs.military;
    }

    private Verdict<MilitaryState> request(String time, MilitaryTask task) {
        return military.record(gold(REQ, time), REQ, MilitaryEventType.REQUESTED, task, null, "no CT cover");
    }

    private static Verdict.Refused<MilitaryState> refused(Verdict<MilitaryState> verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        return (Verdict.Refused<MilitaryState>) verdict;
    }

    @Test
    void militarySupportIsForCounterTerrorismOnlyNeverRoutinePolicing() {
        for (MilitaryTask routine : new MilitaryTask[] {MilitaryTask.ARMED_PATROL, MilitaryTask.PROTECTION_POST}) {
            Verdict.Refused<MilitaryState> refusal = refused(request("2023-09-24T02:00", routine));
            assertThat(refusal.rule()).isEqualTo(MilitaryService.COUNTER_TERRORISM_ONLY);
            assertThat(refusal.reason()).contains("never routine policing");
        }
    }

    @Test
    void requestIsRefusedWhenThePoliceCanCoverCounterTerrorism() {
        Verdict.Refused<MilitaryState> refusal = refused(military.record(gold(DON, "2023-09-24T02:00"), DON,
                MilitaryEventType.REQUESTED, MilitaryTask.COUNTER_TERRORISM, null, "just in case"));
        assertThat(refusal.rule()).isEqualTo(MilitaryService.NO_POLICING_RESPONSE);
    }

    @Test
    void contingencyRunsFromRequestToStandbyToActivationAndBackDown() {
        assertThat(request("2023-09-24T02:00", MilitaryTask.COUNTER_TERRORISM).orThrow().name()).isEqualTo("REQUESTED");
        military.record(liaison("2023-09-24T02:30"), REQ, MilitaryEventType.STANDBY_AGREED, null, null, "MoD agrees")
                .orThrow();
        assertThat(military.record(gold(REQ, "2023-09-24T03:00"), REQ, MilitaryEventType.ACTIVATED, null,
                "armed attacker at a station", "no CTSFO can attend").orThrow())
                .isEqualTo(new MilitaryState.Activated(london("2023-09-24T03:00"), "armed attacker at a station"));
        assertThat(refused(military.record(gold(REQ, "2023-09-24T04:00"), REQ, MilitaryEventType.STOOD_DOWN, null, null,
                "done")).rule()).isEqualTo(MilitaryState.LIFECYCLE);
        military.record(gold(REQ, "2023-09-24T04:00"), REQ, MilitaryEventType.INCIDENT_CLOSED, null, null, "resolved")
                .orThrow();
        military.record(liaison("2023-09-24T05:00"), REQ, MilitaryEventType.STOOD_DOWN, null, null, "stood down").orThrow();
        assertThat(military.stateAt(REQ, london("2023-09-24T02:45"), arcs.clock.instant()).name()).isEqualTo("STANDBY");
        assertThat(military.stateAt(REQ, london("2023-09-24T06:00"), arcs.clock.instant()).name()).isEqualTo("STOOD_DOWN");
        assertThat(arcs.decisions()).extracting(d -> d.decision()).containsSubsequence("REQUEST_MILITARY",
                "MILITARY_STANDBY_AGREED", "ACTIVATE_MILITARY", "MILITARY_INCIDENT_CLOSED", "STAND_DOWN_MILITARY");
    }

    @Test
    void standbyBeforeAnyRequestIsRefusedByTheLifecycle() {
        assertThat(refused(military.record(liaison("2023-09-24T02:30"), REQ, MilitaryEventType.STANDBY_AGREED, null,
                null, "MoD agrees")).rule()).isEqualTo(MilitaryState.LIFECYCLE);
    }

    @Test
    void activationNeedsANamedIncidentAndNoPolicingResponse() {
        request("2023-09-24T02:00", MilitaryTask.COUNTER_TERRORISM).orThrow();
        military.record(liaison("2023-09-24T02:30"), REQ, MilitaryEventType.STANDBY_AGREED, null, null, "MoD agrees");
        assertThatThrownBy(() -> military.record(gold(REQ, "2023-09-24T03:00"), REQ, MilitaryEventType.ACTIVATED, null,
                " ", "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("incident");
        // On the early shift of the 25th, team 3's CTSFO and mutual aid are not needed: REQ requires 2 and has 1, so
        // the gap stands; at REQ's ARV-only moments the rule is the same, the picture decides.
        assertThat(arcs.capability.picture(REQ, london("2023-09-24T03:00"), arcs.clock.instant()).counterTerrorism()
                .shortfallAfterMutualAid()).isPositive();
    }

    @Test
    void militaryPersonnelNeverCountInThePicture() {
        var before = arcs.capability.picture(REQ, NIGHT, arcs.clock.instant());
        request("2023-09-24T01:00", MilitaryTask.COUNTER_TERRORISM).orThrow();
        military.record(liaison("2023-09-24T01:10"), REQ, MilitaryEventType.STANDBY_AGREED, null, null, "MoD agrees");
        military.record(gold(REQ, "2023-09-24T01:20"), REQ, MilitaryEventType.ACTIVATED, null, "incident", "no CTSFO");
        var after = arcs.capability.picture(REQ, NIGHT, arcs.clock.instant());
        assertThat(after.counterTerrorism()).isEqualTo(before.counterTerrorism());
        assertThat(after.arv()).isEqualTo(before.arv());
        assertThat(after.postureMetWithMutualAid()).isFalse();
    }

    @Test
    void eachStepIsTakenByItsRole() {
        assertThatThrownBy(() -> military.record(liaison("2023-09-24T02:00"), REQ, MilitaryEventType.REQUESTED,
                MilitaryTask.COUNTER_TERRORISM, null, "x")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> military.record(gold(DON, "2023-09-24T02:00"), REQ, MilitaryEventType.REQUESTED,
                MilitaryTask.COUNTER_TERRORISM, null, "x")).isInstanceOf(ForbiddenException.class);
        request("2023-09-24T02:00", MilitaryTask.COUNTER_TERRORISM).orThrow();
        assertThatThrownBy(() -> military.record(gold(REQ, "2023-09-24T02:30"), REQ, MilitaryEventType.STANDBY_AGREED,
                null, null, "x")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theStepsARoleMayTakeAreThoseTheServiceAccepts() {
        assertThat(steps(gold(REQ, "2023-09-24T02:00"))).containsExactly(MilitaryEventType.REQUESTED,
                MilitaryEventType.ACTIVATED, MilitaryEventType.INCIDENT_CLOSED, MilitaryEventType.STOOD_DOWN);
        assertThat(steps(gold(DON, "2023-09-24T02:00"))).isEmpty();
        assertThat(steps(liaison("2023-09-24T02:00"))).containsExactly(MilitaryEventType.STANDBY_AGREED,
                MilitaryEventType.STOOD_DOWN);
        assertThat(steps(EscalationFixture.coordinator("2023-09-24T02:00"))).containsExactly(MilitaryEventType.REQUESTED);
        assertThat(steps(EscalationFixture.commander(REQ, "2023-09-24T02:00"))).isEmpty();
    }

    private static List<MilitaryEventType> steps(Actor actor) {
        return Arrays.stream(MilitaryEventType.values())
                .filter(type -> MilitaryService.mayRecord(actor, REQ, type)).toList();
    }
}
