package uk.arcs.command;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.EscalationFixture.DON;
import static uk.arcs.EscalationFixture.REQ;
import static uk.arcs.EscalationFixture.commander;
import static uk.arcs.EscalationFixture.coordinator;
import static uk.arcs.EscalationFixture.gold;
import static uk.arcs.EscalationFixture.liaison;
import static uk.arcs.TestForces.london;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.EscalationFixture;
import uk.arcs.InMemoryArcs;
import uk.arcs.force.Accreditation;
import uk.arcs.military.MilitaryEventType;
import uk.arcs.military.MilitaryTask;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.officer.Cipher;

class EscalationAdvisorTest {

    private InMemoryArcs arcs;
    private EscalationAdvisor advisor;

    @BeforeEach
    void twoForces() {
        arcs = EscalationFixture.arcs();
        advisor = new EscalationAdvisor(arcs.capability, arcs.aid, arcs.military, arcs, Duration.ofHours(6));
    }

    private List<String> steps(String force, String at) {
        return advisor.escalation(uk.arcs.force.ForceCode.of(force), london(at), arcs.clock.instant()).advice().stream()
                .map(Advice::step).toList();
    }

    @Test
    void forceThatMeetsItsPostureIsAdvisedToHold() {
        assertThat(steps("DON", "2023-09-23T12:00")).containsExactly("HOLD");
    }

    @Test
    void shortForceIsAdvisedOwnMeasuresThenMutualAidThenMilitaryStandby() {
        Escalation escalation = advisor.escalation(REQ, london("2023-09-23T12:00"), arcs.clock.instant());
        assertThat(escalation.advice()).extracting(Advice::step).containsExactly("CALL_IN_REST_DAY_OFFICERS",
                "CALL_IN_REST_DAY_OFFICERS", "REQUEST_MUTUAL_AID", "REQUEST_MILITARY_STANDBY");
        Advice aid = escalation.advice().get(2);
        assertThat(aid.rule()).isEqualTo("MutualAidForNonCounterTerrorismGaps");
        assertThat(aid.figures()).containsEntry("arvShortfall", 3).containsEntry("alreadyRequested", 0);
        assertThat(escalation.advice().get(3).figures()).containsEntry("shortfall", 1);
        assertThat(escalation.military().state()).isEqualTo("NONE");
    }

    @Test
    void openRequestsCountAgainstTheAdviceToAskForMore() {
        arcs.aid.request(gold(REQ, "2023-09-23T11:00"), REQ, new MutualAidService.Terms(Accreditation.ARV, 3,
                london("2023-09-23T12:00"), london("2023-09-25T12:00"), false, "short")).orThrow();
        assertThat(steps("REQ", "2023-09-23T12:00")).doesNotContain("REQUEST_MUTUAL_AID").contains("REQUEST_MILITARY_STANDBY");
    }

    @Test
    void standDownComesInReverseOrderMilitaryFirstThenMutualAid() {
        arcs.clock.set(london("2023-09-26T12:00"));
        // Before the released CTSFO arrives, REQ has a counter-terrorism gap no police answer fills.
        arcs.military.record(gold(REQ, "2023-09-23T18:00"), REQ, MilitaryEventType.REQUESTED,
                MilitaryTask.COUNTER_TERRORISM, null, "CT gap").orThrow();
        arcs.military.record(liaison("2023-09-23T18:30"), REQ, MilitaryEventType.STANDBY_AGREED, null, null, "MoD")
                .orThrow();
        long request = arcs.aid.request(gold(REQ, "2023-09-23T19:00"), REQ, new MutualAidService.Terms(
                Accreditation.CTSFO, 1, london("2023-09-23T20:00"), london("2023-09-30T20:00"), true, "no CT cover"))
                .orThrow().id();
        arcs.aid.ask(coordinator("2023-09-23T19:05"), request, List.of(DON), "asking").orThrow();
        long offer = arcs.aid.offer(commander(DON, "2023-09-23T19:10"), request, 1, true, "one CTSFO released")
                .orThrow().offers().getFirst().id();
        arcs.aid.nameOfficers(commander(DON, "2023-09-23T19:15"), request, offer, List.of(Cipher.of("CT14")), null,
                "released for CT").orThrow();
        arcs.aid.accept(gold(REQ, "2023-09-23T19:20"), request, offer, "accepted").orThrow();
        arcs.aid.deploy(gold(REQ, "2023-09-23T19:25"), request, offer, london("2023-09-23T20:00"),
                london("2023-09-30T20:00"), "deploy").orThrow();
        // REQ's posture is lowered so that its own officers meet it: 1 car of 1 and 1 CTSFO.
        arcs.postures.record(REQ, List.of(uk.arcs.posture.SubmittedPostureChange.now("p", 1,
                new uk.arcs.posture.PostureChange(uk.arcs.posture.PostureEventType.ARV_REQUIREMENT,
                        london("2023-09-24T00:00"), "reduced", null, null, null, 1, 1, null, null, null), "planner"),
                uk.arcs.posture.SubmittedPostureChange.now("p", 2, new uk.arcs.posture.PostureChange(
                        uk.arcs.posture.PostureEventType.CT_REQUIREMENT, london("2023-09-24T00:00"), "reduced", null,
                        null, null, 1, null, null, null, null), "planner"))).orThrow("posture");

        assertThat(steps("REQ", "2023-09-24T03:00")).as("met for 3 hours only").containsExactly("HOLD");
        assertThat(steps("REQ", "2023-09-24T08:00")).containsExactly("STAND_DOWN_MILITARY");
        arcs.military.record(gold(REQ, "2023-09-24T08:00"), REQ, MilitaryEventType.STOOD_DOWN, null, null,
                "own CT cover back").orThrow();
        assertThat(steps("REQ", "2023-09-24T08:30")).containsExactly("STAND_DOWN_MUTUAL_AID");
    }
}
