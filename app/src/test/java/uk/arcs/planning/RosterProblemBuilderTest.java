package uk.arcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.arcs.EscalationFixture.DON;
import static uk.arcs.EscalationFixture.REQ;
import static uk.arcs.EscalationFixture.commander;
import static uk.arcs.EscalationFixture.coordinator;
import static uk.arcs.EscalationFixture.gold;
import static uk.arcs.TestForces.london;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.EscalationFixture;
import uk.arcs.InMemoryArcs;
import uk.arcs.TestForces;
import uk.arcs.common.NotFoundException;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ShiftPattern;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.OfficerEventType;

/**
 * Who the builder offers for which seat, on the escalation fixture: DON has one car of two per shift and three ARV
 * officers per team (AR11 stepped back on 20 September); REQ has two cars of two, two CTSFOs per shift and one ARV
 * officer and one CTSFO per team.
 */
class RosterProblemBuilderTest {

    private static final LocalDate MONDAY = LocalDate.of(2023, 9, 25);
    private InMemoryArcs arcs;
    private RosterProblemBuilder builder;

    @BeforeEach
    void fixture() {
        arcs = EscalationFixture.arcs();
        arcs.clock.set(london("2023-09-24T12:00"));
        builder = new RosterProblemBuilder(arcs, arcs.officers, arcs.postures, arcs.aidLog, PlannerSettings.DEFAULTS);
    }

    private Roster build(ForceCode force, int days) {
        return builder.build(force, MONDAY, days, arcs.clock.instant());
    }

    private static Set<String> candidates(Roster roster, String seatId) {
        return roster.getAssignments().stream().filter(a -> a.getId().equals(seatId)).findFirst().orElseThrow()
                .getCandidates().stream().map(PlannedOfficer::cipher).collect(Collectors.toSet());
    }

    private static int teamOn(String shift) {
        ShiftPattern rota = ShiftPattern.londonDefault();
        for (int team = 1; team <= 5; team++) {
            if (rota.entryFor(team, MONDAY).equals(shift)) {
                return team;
            }
        }
        throw new AssertionError("no team on " + shift);
    }

    @Test
    void seatsComeFromThePosturePerShiftAndCandidatesFromTheRota() {
        Roster roster = build(DON, 1);
        assertThat(roster.getAssignments()).extracting(SeatAssignment::getId).containsExactly(
                "2023-09-25/EARLY/ARV-01/1", "2023-09-25/EARLY/ARV-01/2", "2023-09-25/LATE/ARV-01/1",
                "2023-09-25/LATE/ARV-01/2", "2023-09-25/NIGHT/ARV-01/1", "2023-09-25/NIGHT/ARV-01/2");
        int early = teamOn("EARLY");
        Set<String> earlyCandidates = candidates(roster, "2023-09-25/EARLY/ARV-01/1");
        // The early team, and the two teams resting that day (rest-day working); not the late and night teams.
        Set<String> expected = new java.util.TreeSet<>();
        for (int team : new java.util.TreeSet<>(java.util.List.of(early))) {
            java.util.stream.IntStream.rangeClosed(1, 3).forEach(i -> expected.add("AR" + team + i));
        }
        restingTeams().forEach(team -> java.util.stream.IntStream.rangeClosed(1, 3).forEach(i -> expected.add("AR" + team + i)));
        expected.remove("AR11");
        assertThat(earlyCandidates).isEqualTo(expected).doesNotContain("AR" + teamOn("LATE") + "2");
        assertThat(roster.getOfficers()).noneMatch(o -> o.cipher().equals("AR11"));
        PlannedOfficer onRota = roster.getOfficers().stream().filter(o -> o.cipher().equals("AR" + early + "2")).findFirst()
                .orElseThrow();
        assertThat(onRota.restDays()).isEmpty();
        int resting = restingTeams().stream().filter(t -> t != 1).findFirst().orElseThrow();
        PlannedOfficer restDayWorker = roster.getOfficers().stream().filter(o -> o.cipher().equals("AR" + resting + "2"))
                .findFirst().orElseThrow();
        assertThat(restDayWorker.restDays()).containsExactly(0);
    }

    private static Set<Integer> restingTeams() {
        ShiftPattern rota = ShiftPattern.londonDefault();
        return java.util.stream.IntStream.rangeClosed(1, 5).filter(t -> rota.entryFor(t, MONDAY).equals("REST"))
                .boxed().collect(Collectors.toSet());
    }

    @Test
    void officersOnLeaveSickOrRestrictedAreNoCandidates() {
        int early = teamOn("EARLY");
        arcs.officers.record(DON, List.of(
                TestForces.absence("AR" + early + "1", OfficerEventType.ANNUAL_LEAVE, "2023-09-24T00:00", "2023-10-01T00:00"),
                TestForces.absence("AR" + early + "2", OfficerEventType.SICK, "2023-09-24T00:00", null),
                TestForces.absence("AR" + early + "3", OfficerEventType.RESTRICTED, "2023-09-24T00:00", null)),
                "supervisor").orThrow("absences");
        Roster roster = build(DON, 1);
        assertThat(candidates(roster, "2023-09-25/EARLY/ARV-01/1"))
                .doesNotContain("AR" + early + "1", "AR" + early + "2", "AR" + early + "3");
    }

    @Test
    void aidOfficersAreCandidatesOnlyWithinTheirWindowAndForCounterTerrorismOnlyWhenReleased() {
        deploy(Accreditation.CTSFO, false, "CT24");
        deploy(Accreditation.CTSFO, true, "CT34");
        Roster roster = build(REQ, 2);
        PlannedOfficer patrol = roster.getOfficers().stream().filter(o -> o.id().equals("DON/CT24")).findFirst().orElseThrow();
        assertThat(patrol.mutualAid()).isTrue();
        assertThat(patrol.releasedForCounterTerrorism()).isFalse();
        // Deployed from 12:00 on Monday to 12:00 on Tuesday: Monday's late and night shifts are the only whole ones.
        Map<Integer, String> shiftNames = roster.getAssignments().stream().map(a -> a.getSeat().shift())
                .collect(Collectors.toMap(ShiftSlot::index, s -> s.date() + " " + s.name(), (a, b) -> a));
        assertThat(patrol.availableShifts().stream().map(shiftNames::get))
                .containsExactlyInAnyOrder("2023-09-25 LATE", "2023-09-25 NIGHT");
        assertThat(roster.getAssignments()).filteredOn(a -> a.getSeat().kind() == SeatKind.CT)
                .allSatisfy(a -> assertThat(a.getCandidates()).extracting(PlannedOfficer::id).doesNotContain("DON/CT24"));
        assertThat(candidates(roster, "2023-09-25/LATE/CT-01")).contains("CT34");
        assertThat(candidates(roster, "2023-09-25/EARLY/CT-01")).doesNotContain("CT34");
    }

    private void deploy(Accreditation accreditation, boolean counterTerrorism, String cipher) {
        MutualAidService aid = arcs.aid;
        long request = aid.request(gold(REQ, "2023-09-24T10:00"), REQ, new MutualAidService.Terms(accreditation, 1,
                london("2023-09-25T12:00"), london("2023-09-26T12:00"), counterTerrorism, "short")).orThrow().id();
        aid.ask(coordinator("2023-09-24T10:05"), request, List.of(DON), "asking").orThrow();
        long offer = aid.offer(commander(DON, "2023-09-24T10:10"), request, 1, counterTerrorism, "one")
                .orThrow().offers().getFirst().id();
        aid.nameOfficers(commander(DON, "2023-09-24T10:15"), request, offer, List.of(Cipher.of(cipher)), null, "named")
                .orThrow();
        aid.accept(gold(REQ, "2023-09-24T10:20"), request, offer, "accepted").orThrow();
        aid.deploy(gold(REQ, "2023-09-24T10:25"), request, offer, london("2023-09-25T12:00"), london("2023-09-26T12:00"),
                "deploy").orThrow();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> build(DON, 15)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("days: the horizon is 1 to 14 days, not 15");
        assertThatThrownBy(() -> build(DON, 0)).hasMessageStartingWith("days:");
        assertThatThrownBy(() -> build(ForceCode.of("NOWHERE"), 1)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("unknown force NOWHERE");
        assertThatThrownBy(() -> builder.build(DON, MONDAY, 1, london("2022-01-01T00:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("force: DON has no officers");
    }
}
