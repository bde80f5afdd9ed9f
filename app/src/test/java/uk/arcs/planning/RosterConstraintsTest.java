package uk.arcs.planning;

import static uk.arcs.planning.TinyRosters.aid;
import static uk.arcs.planning.TinyRosters.arv;
import static uk.arcs.planning.TinyRosters.assigned;
import static uk.arcs.planning.TinyRosters.ct;
import static uk.arcs.planning.TinyRosters.officer;
import static uk.arcs.planning.TinyRosters.own;
import static uk.arcs.planning.TinyRosters.shift;
import static uk.arcs.planning.TinyRosters.site;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.arcs.force.Accreditation;

/**
 * One test per constraint, each with a case it penalises and a case it leaves alone. Timefold 2.x's
 * {@code SolutionManager.analyze} is a commercial feature that the open-source core refuses, so the constraints
 * are verified with the core's {@link ConstraintVerifier}, which asserts the same thing: the match weight of one
 * constraint on given facts.
 */
class RosterConstraintsTest {

    private static final RosterRules RULES = RosterRules.from(PlannerSettings.DEFAULTS);
    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, SeatAssignment.class);

    private final PlannedOfficer arvOfficer = own("AR1", "SFC_ARV", 14, Accreditation.ARV);

    @Test
    void accreditationValidOnTheDay() {
        PlannedOfficer lapsesAfterDayZero = new PlannedOfficer("MET/AR2", "AR2", "MET", "SFC_ARV", false, false,
                Set.of(0, 1, 2, 3, 4, 5), Map.of(0, Set.of(Accreditation.ARV), 1, Set.of()), Set.of());
        verifier.verifyThat(RosterConstraints::accreditationValidOnTheDay)
                .given(assigned(arv(shift(1, "EARLY"), 1, 1), lapsesAfterDayZero),
                        assigned(ct(shift(0, "LATE"), 1), arvOfficer))
                .penalizesBy(2);
        verifier.verifyThat(RosterConstraints::accreditationValidOnTheDay)
                .given(assigned(arv(shift(0, "EARLY"), 1, 1), lapsesAfterDayZero))
                .penalizesBy(0);
    }

    @Test
    void officerAvailableForTheShift() {
        PlannedOfficer earlyOnly = new PlannedOfficer("MET/AR3", "AR3", "MET", "SFC_ARV", false, false, Set.of(0),
                Map.of(0, Set.of(Accreditation.ARV)), Set.of());
        verifier.verifyThat(RosterConstraints::officerAvailableForTheShift)
                .given(assigned(arv(shift(0, "LATE"), 1, 1), earlyOnly))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::officerAvailableForTheShift)
                .given(assigned(arv(shift(0, "EARLY"), 1, 1), earlyOnly))
                .penalizesBy(0);
    }

    @Test
    void siteStaffedByItsOwnUnit() {
        PlannedOfficer padp = own("PD1", "PADP", 1, Accreditation.PROTECTION_AFO);
        PlannedOfficer aviation = own("AP1", "AVIATION", 1, Accreditation.PROTECTION_AFO);
        PlannedOfficer kent = aid("KT1", false, 1, Accreditation.PROTECTION_AFO);
        verifier.verifyThat(RosterConstraints::siteStaffedByItsOwnUnit)
                .given(assigned(site(shift(0, "EARLY"), "DOWNING_STREET", "PADP", 1), aviation))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::siteStaffedByItsOwnUnit)
                .given(assigned(site(shift(0, "EARLY"), "DOWNING_STREET", "PADP", 1), padp),
                        assigned(site(shift(0, "EARLY"), "DOWNING_STREET", "PADP", 2), kent))
                .penalizesBy(0);
    }

    @Test
    void mutualAidOnCounterTerrorismOnlyWhenReleased() {
        PlannedOfficer notReleased = aid("KT2", false, 1, Accreditation.CTSFO);
        PlannedOfficer released = aid("KT3", true, 1, Accreditation.CTSFO);
        verifier.verifyThat(RosterConstraints::mutualAidOnCounterTerrorismOnlyWhenReleased)
                .given(assigned(ct(shift(0, "EARLY"), 1), notReleased))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::mutualAidOnCounterTerrorismOnlyWhenReleased)
                .given(assigned(ct(shift(0, "EARLY"), 1), released), assigned(arv(shift(0, "LATE"), 1, 1), notReleased))
                .penalizesBy(0);
    }

    @Test
    void oneSeatAtATime() {
        verifier.verifyThat(RosterConstraints::oneSeatAtATime)
                .given(assigned(arv(shift(0, "EARLY"), 1, 1), arvOfficer), assigned(arv(shift(0, "EARLY"), 2, 1), arvOfficer))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::oneSeatAtATime)
                .given(assigned(arv(shift(0, "EARLY"), 1, 1), arvOfficer), assigned(arv(shift(1, "EARLY"), 1, 1), arvOfficer))
                .penalizesBy(0);
    }

    @Test
    void restBetweenShifts() {
        // Late ends at 22:00, the next early starts at 06:00: 8 hours of rest; early to early is 16.
        verifier.verifyThat(RosterConstraints::restBetweenShifts)
                .given(RULES, assigned(arv(shift(0, "LATE"), 1, 1), arvOfficer),
                        assigned(arv(shift(1, "EARLY"), 1, 1), arvOfficer))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::restBetweenShifts)
                .given(RULES, assigned(arv(shift(0, "EARLY"), 1, 1), arvOfficer),
                        assigned(arv(shift(1, "EARLY"), 1, 1), arvOfficer))
                .penalizesBy(0);
    }

    @Test
    void consecutiveShifts() {
        Object[] sevenDays = new Object[8];
        sevenDays[0] = RULES;
        for (int day = 0; day < 7; day++) {
            sevenDays[day + 1] = assigned(arv(shift(day, "EARLY"), 1, 1), arvOfficer);
        }
        verifier.verifyThat(RosterConstraints::consecutiveShifts).given(sevenDays).penalizesBy(2);
        Object[] fiveDaysRestThenTwo = new Object[8];
        fiveDaysRestThenTwo[0] = RULES;
        int[] days = {0, 1, 2, 3, 4, 6, 7};
        for (int i = 0; i < days.length; i++) {
            fiveDaysRestThenTwo[i + 1] = assigned(arv(shift(days[i], "EARLY"), 1, 1), arvOfficer);
        }
        verifier.verifyThat(RosterConstraints::consecutiveShifts).given(fiveDaysRestThenTwo).penalizesBy(0);
    }

    @Test
    void hoursInAnySevenDays() {
        RosterRules twentyHours = new RosterRules(14, 20 * 60, 0);
        // Three 8-hour shifts in a week: 24 hours, 4 over; counted once, from the window starting on day 0.
        verifier.verifyThat(RosterConstraints::hoursInAnySevenDays)
                .given(twentyHours, assigned(arv(shift(0, "EARLY"), 1, 1), arvOfficer),
                        assigned(arv(shift(2, "EARLY"), 1, 1), arvOfficer),
                        assigned(arv(shift(6, "EARLY"), 1, 1), arvOfficer))
                .penalizesBy(4);
        verifier.verifyThat(RosterConstraints::hoursInAnySevenDays)
                .given(twentyHours, assigned(arv(shift(0, "EARLY"), 1, 1), arvOfficer),
                        assigned(arv(shift(2, "EARLY"), 1, 1), arvOfficer),
                        assigned(arv(shift(7, "EARLY"), 1, 1), arvOfficer))
                .penalizesBy(0);
    }

    @Test
    void unfilledSeatCostsItsPriority() {
        verifier.verifyThat(RosterConstraints::unfilledSeat)
                .given(assigned(ct(shift(0, "EARLY"), 1), null), assigned(arv(shift(0, "EARLY"), 1, 1), null),
                        assigned(site(shift(0, "EARLY"), "HEATHROW", "AVIATION", 1), null))
                .penalizesBy(100 + 10 + 1);
        verifier.verifyThat(RosterConstraints::unfilledSeat)
                .given(assigned(arv(shift(0, "EARLY"), 1, 1), arvOfficer))
                .penalizesBy(0);
    }

    @Test
    void mutualAidOfficerUsed() {
        PlannedOfficer kent = aid("KT4", false, 1, Accreditation.ARV);
        verifier.verifyThat(RosterConstraints::mutualAidOfficerUsed)
                .given(assigned(arv(shift(0, "EARLY"), 1, 1), kent))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::mutualAidOfficerUsed)
                .given(assigned(arv(shift(0, "EARLY"), 1, 1), arvOfficer))
                .penalizesBy(0);
    }

    @Test
    void restDayWorking() {
        PlannedOfficer restsOnDayOne = officer("AR5", "MET", "SFC_ARV", false, false, 2, Set.of(1), Accreditation.ARV);
        verifier.verifyThat(RosterConstraints::restDayWorking)
                .given(assigned(arv(shift(1, "EARLY"), 1, 1), restsOnDayOne))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::restDayWorking)
                .given(assigned(arv(shift(0, "EARLY"), 1, 1), restsOnDayOne))
                .penalizesBy(0);
    }

    @Test
    void arvCrewKeptTogether() {
        verifier.verifyThat(RosterConstraints::arvCrewKeptTogether)
                .given(assigned(arv(shift(0, "EARLY"), 1, 1), arvOfficer), assigned(arv(shift(1, "EARLY"), 2, 1), arvOfficer),
                        assigned(arv(shift(2, "EARLY"), 3, 1), arvOfficer))
                .penalizesBy(2);
        verifier.verifyThat(RosterConstraints::arvCrewKeptTogether)
                .given(assigned(arv(shift(0, "EARLY"), 1, 1), arvOfficer), assigned(arv(shift(1, "EARLY"), 1, 2), arvOfficer))
                .penalizesBy(0);
    }

    @Test
    void nightsAndWeekendsSpreadFairly() {
        // Saturday 30 September is day 5: two nights and a Saturday early make three unsociable shifts, 3 squared.
        verifier.verifyThat(RosterConstraints::nightsAndWeekendsSpreadFairly)
                .given(assigned(arv(shift(0, "NIGHT"), 1, 1), arvOfficer), assigned(arv(shift(1, "NIGHT"), 1, 1), arvOfficer),
                        assigned(arv(shift(5, "EARLY"), 1, 1), arvOfficer))
                .penalizesBy(9);
        verifier.verifyThat(RosterConstraints::nightsAndWeekendsSpreadFairly)
                .given(assigned(arv(shift(0, "EARLY"), 1, 1), arvOfficer), assigned(arv(shift(1, "LATE"), 1, 1), arvOfficer))
                .penalizesBy(0);
    }

    @Test
    void changedFromPreviousRoster() {
        PlannedOfficer other = own("AR6", "SFC_ARV", 1, Accreditation.ARV);
        Seat first = arv(shift(0, "EARLY"), 1, 1);
        Seat second = arv(shift(0, "EARLY"), 1, 2);
        Seat third = arv(shift(0, "EARLY"), 1, 3);
        verifier.verifyThat(RosterConstraints::changedFromPreviousRoster)
                .given(new SeatAssignment(first, java.util.List.of(other), other, arvOfficer.id()),
                        new SeatAssignment(second, java.util.List.of(), null, other.id()))
                .penalizesBy(2);
        verifier.verifyThat(RosterConstraints::changedFromPreviousRoster)
                .given(new SeatAssignment(first, java.util.List.of(arvOfficer), arvOfficer, arvOfficer.id()),
                        new SeatAssignment(third, java.util.List.of(other), other, null))
                .penalizesBy(0);
    }
}
