package uk.arcs.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.arcs.EscalationFixture.DON;
import static uk.arcs.EscalationFixture.NIGHT;
import static uk.arcs.EscalationFixture.REQ;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.EscalationFixture;
import uk.arcs.InMemoryArcs;
import uk.arcs.command.Advice;
import uk.arcs.force.Accreditation;
import uk.arcs.posture.ThreatLevel;

class WhatIfEngineTest {

    private InMemoryArcs arcs;
    private WhatIfEngine engine;

    @BeforeEach
    void twoForces() {
        arcs = EscalationFixture.arcs();
        arcs.clock.set(NIGHT.plusSeconds(3600));
        engine = new WhatIfEngine(arcs.capability, arcs.military, arcs.aid,
                new RequalificationForecaster(arcs.capability, arcs.officers, arcs, arcs.clock), arcs, arcs.clock, 6,
                (force, cars) -> force.equals(DON) && cars > 0 ? java.util.Optional.of(new ResponseTimes.Response(cars, 60.0 / (cars + 1),
                        90.0 / (cars + 1), cars / 10.0)) : java.util.Optional.empty());
    }

    private WhatIfResult.Summary changedNow(WhatIfResult result) {
        return result.shifts().getFirst().changed();
    }

    @Test
    void stepBacksAreTakenInTurnFromEachTeamAndChangeOnlyTheProjection() {
        int events = arcs.storedOfficerEvents();
        WhatIfResult result = engine.run(DON, "five more", NIGHT, List.of(new WhatIfChange.StepBack(Accreditation.ARV, 5)));
        // One from each of five teams: team 1, on nights, is down to one officer: no car.
        assertThat(result.shifts().getFirst().recorded().carsAvailable()).isEqualTo(1);
        assertThat(changedNow(result).carsAvailable()).isZero();
        assertThat(changedNow(result).steppedBack()).isEqualTo(result.shifts().getFirst().recorded().steppedBack() + 5);
        assertThat(arcs.storedOfficerEvents()).isEqualTo(events);
        assertThat(arcs.capability.picture(DON, NIGHT, arcs.clock.instant()).arv().carsAvailable()).isEqualTo(1);
        assertThat(result.responseTimes().recorded().cars()).isEqualTo(1);
        assertThat(result.responseTimes().changed()).isNull();
    }

    @Test
    void responseTimesAreGivenForTheCarsThatRemainWhereAModelExists() {
        WhatIfResult result = engine.run(DON, null, NIGHT, List.of(new WhatIfChange.MutualAidArrives(Accreditation.ARV, 4,
                false)));
        assertThat(result.responseTimes().recorded().cars()).isEqualTo(1);
        assertThat(result.responseTimes().changed().cars()).isEqualTo(3);
        assertThat(result.responseTimes().changed().meanMinutes()).isLessThan(result.responseTimes().recorded().meanMinutes());
        assertThat(engine.run(REQ, null, NIGHT, List.of(new WhatIfChange.ThreatLevelChange(ThreatLevel.SEVERE)))
                .responseTimes()).isNull();
    }

    @Test
    void raisedThreatLevelRaisesTheRequirementAndTheAdviceFollows() {
        WhatIfResult result = engine.run(DON, null, NIGHT, List.of(new WhatIfChange.ThreatLevelChange(ThreatLevel.CRITICAL)));
        assertThat(changedNow(result).carsRequired()).isEqualTo(2);
        assertThat(result.advice()).extracting(Advice::step).contains("REQUEST_MUTUAL_AID");
        assertThat(result.mutualAidNeeded()).containsEntry("ARV", 2);
    }

    @Test
    void arrivingMutualAidFillsTheGapItIsFor() {
        WhatIfResult withoutAid = engine.run(REQ, null, NIGHT, List.of(new WhatIfChange.ThreatLevelChange(ThreatLevel.SUBSTANTIAL)));
        assertThat(withoutAid.mutualAidNeeded()).containsEntry("ARV", 3).containsEntry("CTSFO", 1);
        WhatIfResult withAid = engine.run(REQ, null, NIGHT, List.of(new WhatIfChange.MutualAidArrives(Accreditation.ARV, 3, false),
                new WhatIfChange.MutualAidArrives(Accreditation.CTSFO, 1, false)));
        assertThat(changedNow(withAid).carsWithMutualAid()).isEqualTo(2);
        assertThat(withAid.mutualAidNeeded()).doesNotContainKey("ARV").containsEntry("CTSFO", 1);
        WhatIfResult released = engine.run(REQ, null, NIGHT, List.of(new WhatIfChange.MutualAidArrives(Accreditation.CTSFO, 1, true)));
        assertThat(released.mutualAidNeeded()).doesNotContainKey("CTSFO");
    }

    @Test
    void addedSiteShowsItsShortfall() {
        WhatIfResult result = engine.run(DON, null, NIGHT, List.of(new WhatIfChange.AddSite("EMBASSY", "An embassy",
                Accreditation.CTSFO, 1, null)));
        assertThat(changedNow(result).siteShortfall()).isZero();
        WhatIfResult bigger = engine.run(DON, null, NIGHT, List.of(new WhatIfChange.AddSite("EMBASSY", "An embassy",
                Accreditation.CTSFO, 5, null)));
        assertThat(changedNow(bigger).siteShortfall()).isEqualTo(3);
    }

    @Test
    void cancelledTrainingAddsTheRequalificationProjection() {
        WhatIfResult result = engine.run(DON, null, NIGHT, List.of(new WhatIfChange.CancelTraining(2, 10)));
        assertThat(result.requalification()).isNotNull();
        assertThat(result.requalification().weeks().get(1).placesCancelled()).isEqualTo(10);
        assertThat(engine.run(DON, null, NIGHT, List.of(new WhatIfChange.StepBack(Accreditation.ARV, 1)))
                .requalification()).isNull();
    }

    @Test
    void impossibleChangesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> engine.run(DON, null, NIGHT, List.of(new WhatIfChange.StepBack(Accreditation.ARV, 50))))
                .hasMessageStartingWith("officers: only 14 officers can make that change");
        assertThatThrownBy(() -> new WhatIfChange.CancelTraining(13, 1)).hasMessageStartingWith("week:");
        assertThatThrownBy(() -> engine.run(DON, null, NIGHT, List.of())).hasMessageStartingWith("changes:");
        assertThatThrownBy(() -> new WhatIfChangeRow("SURRENDER", null, null, null, null, null, null, null, null, null,
                null).change()).hasMessageStartingWith("type:");
    }
}
