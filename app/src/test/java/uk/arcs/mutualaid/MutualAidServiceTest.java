package uk.arcs.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.arcs.EscalationFixture.DON;
import static uk.arcs.EscalationFixture.NIGHT;
import static uk.arcs.EscalationFixture.OTHER;
import static uk.arcs.EscalationFixture.REQ;
import static uk.arcs.EscalationFixture.commander;
import static uk.arcs.EscalationFixture.coordinator;
import static uk.arcs.EscalationFixture.gold;
import static uk.arcs.TestForces.london;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.EscalationFixture;
import uk.arcs.InMemoryArcs;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.common.DecisionTaken;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.Verdict;
import uk.arcs.force.Accreditation;
import uk.arcs.officer.Cipher;

class MutualAidServiceTest {

    private InMemoryArcs arcs;
    private MutualAidService aid;

    @BeforeEach
    void twoForces() {
        arcs = EscalationFixture.arcs();
        aid = arcs.aid;
    }

    private MutualAidService.Terms arvTerms(int officers, boolean counterTerrorism) {
        return new MutualAidService.Terms(counterTerrorism ? Accreditation.CTSFO : Accreditation.ARV, officers,
                london("2023-09-23T22:00"), london("2023-09-25T22:00"), counterTerrorism, "ARV cover short");
    }

    private long requestAndAsk(int officers, boolean counterTerrorism) {
        long id = aid.request(gold(REQ, "2023-09-23T19:00"), REQ, arvTerms(officers, counterTerrorism)).orThrow().id();
        aid.ask(coordinator("2023-09-23T19:10"), id, List.of(DON), "DON has capacity").orThrow();
        return id;
    }

    private long offer(long request, int officers, boolean released) {
        MutualAidRequest offered = aid.offer(commander(DON, "2023-09-23T19:20"), request, officers, released,
                "we can help").orThrow();
        return offered.offers().getLast().id();
    }

    private static String rule(Verdict<?> verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        return ((Verdict.Refused<?>) verdict).rule();
    }

    private long deployedOffer(List<String> ciphers, boolean counterTerrorism) {
        long request = requestAndAsk(ciphers.size(), counterTerrorism);
        long offer = offer(request, ciphers.size(), counterTerrorism);
        aid.nameOfficers(commander(DON, "2023-09-23T19:30"), request, offer,
                ciphers.stream().map(Cipher::of).toList(), null, "rested crews").orThrow();
        aid.accept(gold(REQ, "2023-09-23T19:40"), request, offer, "accepted").orThrow();
        aid.deploy(gold(REQ, "2023-09-23T19:50"), request, offer, london("2023-09-23T22:00"),
                london("2023-09-25T22:00"), "deploy").orThrow();
        return request;
    }

    @Test
    void requestRecordsTheShortfallItAnswersAndIsLoggedAsADecision() {
        arcs.clock.set(london("2023-09-24T02:30"));
        MutualAidRequest request = aid.request(gold(REQ, "2023-09-24T02:00"), REQ, arvTerms(3, false)).orThrow();
        CapabilityPicture picture = arcs.capability.picture(REQ, NIGHT, arcs.clock.instant());
        assertThat(request.shortfallAtRequest()).isEqualTo(3)
                .isEqualTo(picture.arv().officersRequired() - picture.arv().officersAvailable());
        DecisionTaken decision = arcs.decisions().getLast();
        assertThat(decision.decision()).isEqualTo("REQUEST_AID");
        assertThat(decision.force()).isEqualTo("REQ");
        assertThat(decision.rationale()).isEqualTo("ARV cover short");
        assertThat(decision.references()).containsEntry("shortfall", "3");
    }

    @Test
    void onlyTheRequestingForceRequestsForItselfAndOnlyTheCoordinatorAsksDonors() {
        assertThatThrownBy(() -> aid.request(gold(DON, "2023-09-23T19:00"), REQ, arvTerms(2, false)))
                .isInstanceOf(ForbiddenException.class);
        long id = aid.request(gold(REQ, "2023-09-23T19:00"), REQ, arvTerms(2, false)).orThrow().id();
        assertThatThrownBy(() -> aid.ask(gold(REQ, "2023-09-23T19:10"), id, List.of(DON), "asking"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(rule(aid.ask(coordinator("2023-09-23T19:10"), id, List.of(REQ), "asking")))
                .isEqualTo("DonorIsAnotherForce");
    }

    @Test
    void forceThatWasNotAskedCannotOffer() {
        long id = requestAndAsk(2, false);
        assertThatThrownBy(() -> aid.offer(commander(OTHER, "2023-09-23T19:20"), id, 1, false, "offer"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("has not been asked");
    }

    @Test
    void offerIsBetweenOneAndTheNumberRequestedAndReleaseForCounterTerrorismNeedsACounterTerrorismRequest() {
        long id = requestAndAsk(2, false);
        assertThat(rule(aid.offer(commander(DON, "2023-09-23T19:20"), id, 3, false, "offer"))).isEqualTo("OfferedNumber");
        assertThat(rule(aid.offer(commander(DON, "2023-09-23T19:20"), id, 0, false, "offer"))).isEqualTo("OfferedNumber");
        assertThat(rule(aid.offer(commander(DON, "2023-09-23T19:20"), id, 1, true, "offer")))
                .isEqualTo("CounterTerrorismRelease");
    }

    @Test
    void onlyAuthorisedAccreditedOfficersCanBeNamed() {
        long request = requestAndAsk(2, false);
        long offer = offer(request, 2, false);
        Verdict<MutualAidRequest> steppedBack = aid.nameOfficers(commander(DON, "2023-09-23T19:30"), request, offer,
                List.of(Cipher.of("AR11")), null, "naming");
        assertThat(rule(steppedBack)).isEqualTo("AuthorisedAndAccredited");
        assertThat(((Verdict.Refused<?>) steppedBack).reason()).contains("AR11 is STEPPED_BACK");
        Verdict<MutualAidRequest> notArv = aid.nameOfficers(commander(DON, "2023-09-23T19:30"), request, offer,
                List.of(Cipher.of("CT24")), null, "naming");
        assertThat(((Verdict.Refused<?>) notArv).reason()).contains("CT24 is AUTHORISED and holds [CTSFO]");
        assertThat(rule(aid.nameOfficers(commander(DON, "2023-09-23T19:30"), request, offer,
                List.of(Cipher.of("AR21"), Cipher.of("AR31"), Cipher.of("AR41")), null, "naming"))).isEqualTo("OfferedNumber");
    }

    @Test
    void lendingBelowTheDonorsPostureIsRefusedUnlessItsCommanderOverrides() {
        long request = requestAndAsk(2, false);
        long offer = offer(request, 2, false);
        // Team 4 works the early shift of the 24th and the late shift of the 25th: with two of its three away it
        // cannot crew DON's one car.
        List<Cipher> twoOfTeamFour = List.of(Cipher.of("AR41"), Cipher.of("AR42"));
        Verdict<MutualAidRequest> refused = aid.nameOfficers(commander(DON, "2023-09-23T19:30"), request, offer,
                twoOfTeamFour, null, "naming");
        assertThat(rule(refused)).isEqualTo("DonorPosture");
        assertThat(((Verdict.Refused<?>) refused).reason()).contains("0 of 1 ARV cars");

        MutualAidRequest named = aid.nameOfficers(commander(DON, "2023-09-23T19:30"), request, offer, twoOfTeamFour,
                "REQ has no ARV cover at all; we accept a gap on our early shift", "naming").orThrow();
        assertThat(named.offer(offer).postureOverride()).startsWith("REQ has no ARV cover");
        assertThat(arcs.decisions()).extracting(DecisionTaken::decision).contains("OVERRIDE_POSTURE", "NAME_OFFICERS");
    }

    @Test
    void oneOfficerFromEachOfTwoTeamsKeepsTheDonorsPosture() {
        long request = requestAndAsk(2, false);
        long offer = offer(request, 2, false);
        assertThat(aid.nameOfficers(commander(DON, "2023-09-23T19:30"), request, offer,
                List.of(Cipher.of("AR21"), Cipher.of("AR31")), null, "rested crews")).isInstanceOf(Verdict.Done.class);
    }

    @Test
    void deployedAidCountsForTheRequesterApartAndStopsCountingForTheDonor() {
        CapabilityPicture requesterBefore = arcs.capability.picture(REQ, NIGHT, arcs.clock.instant());
        deployedOffer(List.of("AR31", "AR41"), false);
        arcs.clock.set(london("2023-09-25T10:00"));
        CapabilityPicture requester = arcs.capability.picture(REQ, NIGHT, arcs.clock.instant());
        assertThat(requester.arv().carsAvailable()).isEqualTo(requesterBefore.arv().carsAvailable()).isZero();
        assertThat(requester.arv().mutualAidOfficers()).isEqualTo(2);
        assertThat(requester.arv().carsWithMutualAid()).isEqualTo(1);
        assertThat(requester.mutualAid().byDonor()).containsEntry("DON", 2);
        // Team 3 works the early shift of the 25th; one of its three ARV officers is with REQ.
        CapabilityPicture donor = arcs.capability.picture(DON, london("2023-09-25T10:00"), arcs.clock.instant());
        assertThat(donor.officers().onLoan()).isEqualTo(2);
        assertThat(donor.arv().officersAvailable()).isEqualTo(2);
    }

    @Test
    void aidOfficersNeverFillCounterTerrorismUnlessTheRequestWasForItAndTheyWereReleased() {
        long ctRequest = requestAndAsk(1, true);
        long ctOffer = offer(ctRequest, 1, true);
        aid.nameOfficers(commander(DON, "2023-09-23T19:30"), ctRequest, ctOffer, List.of(Cipher.of("CT14")), null,
                "released for counter-terrorism work").orThrow();
        aid.accept(gold(REQ, "2023-09-23T19:40"), ctRequest, ctOffer, "accepted").orThrow();
        aid.deploy(gold(REQ, "2023-09-23T19:50"), ctRequest, ctOffer, london("2023-09-23T22:00"),
                london("2023-09-25T22:00"), "deploy").orThrow();
        arcs.clock.set(london("2023-09-24T03:00"));
        CapabilityPicture.CounterTerrorism ct = arcs.capability.picture(REQ, NIGHT, arcs.clock.instant()).counterTerrorism();
        assertThat(ct.shortfall()).isEqualTo(1);
        assertThat(ct.mutualAid()).isEqualTo(1);
        assertThat(ct.shortfallAfterMutualAid()).isZero();
    }

    @Test
    void ctsfoLentForArvWorkDoesNotFillCounterTerrorismPosts() {
        long request = requestAndAsk(1, false);
        long offer = offer(request, 1, false);
        assertThat(rule(aid.nameOfficers(commander(DON, "2023-09-23T19:30"), request, offer,
                List.of(Cipher.of("CT14")), null, "naming"))).isEqualTo("AuthorisedAndAccredited");
    }

    @Test
    void offerFollowsItsLifecycleAndOnlyTheRequesterMovesIt() {
        long request = requestAndAsk(1, false);
        long offer = offer(request, 1, false);
        assertThat(rule(aid.deploy(gold(REQ, "2023-09-23T19:40"), request, offer, london("2023-09-23T22:00"),
                london("2023-09-24T22:00"), "deploy"))).isEqualTo("NamedOfficers");
        aid.nameOfficers(commander(DON, "2023-09-23T19:30"), request, offer, List.of(Cipher.of("AR22")), null, "naming");
        assertThatThrownBy(() -> aid.accept(commander(DON, "2023-09-23T19:40"), request, offer, "accept"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(rule(aid.deploy(gold(REQ, "2023-09-23T19:40"), request, offer, london("2023-09-23T22:00"),
                london("2023-09-24T22:00"), "deploy"))).isEqualTo(OfferStage.RULE);
        aid.accept(gold(REQ, "2023-09-23T19:40"), request, offer, "accepted").orThrow();
        assertThat(rule(aid.accept(gold(REQ, "2023-09-23T19:41"), request, offer, "again"))).isEqualTo(OfferStage.RULE);
        assertThat(rule(aid.deploy(gold(REQ, "2023-09-23T19:45"), request, offer, london("2023-09-23T22:00"),
                london("2023-09-27T22:00"), "too long"))).isEqualTo("DeploymentWithinRequest");
        aid.deploy(gold(REQ, "2023-09-23T19:50"), request, offer, london("2023-09-23T22:00"),
                london("2023-09-24T22:00"), "deploy").orThrow();
        assertThat(rule(aid.close(gold(REQ, "2023-09-23T20:00"), request, "close"))).isEqualTo("StandDownFirst");
        arcs.clock.set(london("2023-09-23T21:30"));
        assertThat(rule(aid.standDown(gold(REQ, "2023-09-23T21:00"), request, offer, "too early")))
                .isEqualTo(OfferStage.RULE);
        arcs.clock.set(london("2023-09-24T12:00"));
        aid.standDown(gold(REQ, "2023-09-24T12:00"), request, offer, "own cover back").orThrow();
        aid.close(gold(REQ, "2023-09-24T12:05"), request, "done").orThrow();
        assertThat(rule(aid.close(gold(REQ, "2023-09-24T12:10"), request, "again"))).isEqualTo("OpenRequest");
        assertThat(rule(aid.offer(commander(DON, "2023-09-24T12:10"), request, 1, false, "late"))).isEqualTo("OpenRequest");
    }

    @Test
    void stepsCannotBeDatedBeforeTheRequestsLastStep() {
        long request = requestAndAsk(1, false);
        assertThat(rule(aid.offer(commander(DON, "2023-09-23T19:05"), request, 1, false, "back-dated")))
                .isEqualTo("InOrder");
    }

    @Test
    void officerCannotBeCommittedToTwoRequestsAtOnce() {
        long first = requestAndAsk(1, false);
        long firstOffer = offer(first, 1, false);
        aid.nameOfficers(commander(DON, "2023-09-23T19:30"), first, firstOffer, List.of(Cipher.of("AR22")), null, "n")
                .orThrow();
        long second = requestAndAsk(1, false);
        long secondOffer = offer(second, 1, false);
        assertThat(rule(aid.nameOfficers(commander(DON, "2023-09-23T19:30"), second, secondOffer,
                List.of(Cipher.of("AR22")), null, "n"))).isEqualTo("NotAlreadyCommitted");
    }

    @Test
    void stoodDownOfficersCountForTheirOwnForceAgain() {
        long request = deployedOffer(List.of("AR22"), false);
        long offer = aid.request(new MutualAidService.Viewer(MutualAidService.COORDINATOR, null), request).offers()
                .getFirst().id();
        arcs.clock.set(london("2023-09-24T01:00"));
        aid.standDown(gold(REQ, "2023-09-24T01:00"), request, offer, "no longer needed").orThrow();
        CapabilityPicture donor = arcs.capability.picture(DON, NIGHT, arcs.clock.instant());
        assertThat(donor.officers().onLoan()).isZero();
        assertThat(arcs.capability.picture(REQ, NIGHT, arcs.clock.instant()).mutualAid().officersDeployed()).isZero();
        assertThat(arcs.capability.picture(REQ, london("2023-09-24T00:30"), arcs.clock.instant()).mutualAid()
                .officersDeployed()).isEqualTo(1);
    }

    @Test
    void costRecoveryChargesOfficerHoursPerDonor() {
        long request = deployedOffer(List.of("AR22", "AR31"), false);
        long offer = aid.request(new MutualAidService.Viewer(MutualAidService.COORDINATOR, null), request).offers()
                .getFirst().id();
        arcs.clock.set(london("2023-09-24T04:00"));
        aid.standDown(gold(REQ, "2023-09-24T04:00"), request, offer, "done").orThrow();
        List<MutualAidService.CostLine> lines = aid.costRecovery(london("2023-09-23T00:00"), london("2023-10-01T00:00"),
                new BigDecimal("65.00"), new MutualAidService.Viewer("COMMANDER", DON));
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().officerHours()).isEqualByComparingTo("12.00");
        assertThat(lines.getFirst().amount()).isEqualByComparingTo("780.00");
        assertThat(aid.costRecovery(london("2023-09-23T00:00"), london("2023-10-01T00:00"), new BigDecimal("65.00"),
                new MutualAidService.Viewer("COMMANDER", OTHER))).isEmpty();
    }

    @Test
    void requestIsVisibleToTheRequesterTheForcesAskedAndTheCoordinatorOnly() {
        long id = requestAndAsk(1, false);
        var at = arcs.clock.instant();
        assertThat(aid.requests(new MutualAidService.Viewer("COMMANDER", REQ), at, at)).hasSize(1);
        assertThat(aid.requests(new MutualAidService.Viewer("COMMANDER", DON), at, at)).hasSize(1);
        assertThat(aid.requests(new MutualAidService.Viewer("COMMANDER", OTHER), at, at)).isEmpty();
        assertThat(aid.requests(new MutualAidService.Viewer(MutualAidService.COORDINATOR, null), at, at)).hasSize(1);
        assertThatThrownBy(() -> aid.request(new MutualAidService.Viewer("COMMANDER", OTHER), id))
                .isInstanceOf(uk.arcs.common.NotFoundException.class);
    }
}
