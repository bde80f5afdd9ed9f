package uk.arcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.planning.TinyRosters.aid;
import static uk.arcs.planning.TinyRosters.arv;
import static uk.arcs.planning.TinyRosters.assigned;
import static uk.arcs.planning.TinyRosters.ct;
import static uk.arcs.planning.TinyRosters.own;
import static uk.arcs.planning.TinyRosters.roster;
import static uk.arcs.planning.TinyRosters.shift;
import static uk.arcs.planning.TinyRosters.site;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.arcs.force.Accreditation;

class RosterCheckerTest {

    private final PlannedOfficer arv = own("AR1", "SFC_ARV", 14, Accreditation.ARV);

    private static List<String> rules(Roster roster) {
        return RosterChecker.check(roster).stream().map(RosterChecker.Violation::rule).toList();
    }

    @Test
    void aRosterWithinTheRulesHasNoViolations() {
        assertThat(RosterChecker.check(roster(2, List.of(assigned(arv(shift(0, "EARLY"), 1, 1), arv),
                assigned(arv(shift(1, "EARLY"), 1, 1), arv), assigned(ct(shift(0, "EARLY"), 1), null))))).isEmpty();
    }

    @Test
    void eachBrokenRuleIsReportedWithTheOfficerAndTheSeat() {
        PlannedOfficer aviation = own("AP1", "AVIATION", 1, Accreditation.PROTECTION_AFO);
        PlannedOfficer kent = aid("KT1", false, 1, Accreditation.CTSFO);
        assertThat(rules(roster(1, List.of(assigned(ct(shift(0, "EARLY"), 1), arv))))).containsExactly("accreditation");
        assertThat(rules(roster(1, List.of(assigned(site(shift(0, "EARLY"), "DOWNING_STREET", "PADP", 1), aviation)))))
                .containsExactly("unit");
        assertThat(rules(roster(1, List.of(assigned(ct(shift(0, "EARLY"), 1), kent))))).containsExactly("aid-counter-terrorism");
        assertThat(rules(roster(1, List.of(assigned(arv(shift(0, "EARLY"), 1, 1), arv),
                assigned(arv(shift(0, "EARLY"), 1, 2), arv))))).containsExactly("one-seat-at-a-time");
        assertThat(rules(roster(2, List.of(assigned(arv(shift(0, "LATE"), 1, 1), arv),
                assigned(arv(shift(1, "EARLY"), 1, 1), arv))))).containsExactly("rest");
        List<SeatAssignment> sixDays = new ArrayList<>();
        for (int day = 0; day < 6; day++) {
            sixDays.add(assigned(arv(shift(day, "EARLY"), 1, 1), arv));
        }
        RosterChecker.Violation sixth = RosterChecker.check(roster(6, sixDays)).getFirst();
        assertThat(sixth.rule()).isEqualTo("consecutive-shifts");
        assertThat(sixth.officer()).isEqualTo("MET/AR1");
        assertThat(sixth.reason()).contains("works 6 days in a row; at most 5");
    }

    @Test
    void anOfficerOutsideTheirAvailabilityIsReported() {
        PlannedOfficer earlyOnly = new PlannedOfficer("MET/AR3", "AR3", "MET", "SFC_ARV", false, false,
                java.util.Set.of(0), java.util.Map.of(0, java.util.Set.of(Accreditation.ARV)), java.util.Set.of());
        assertThat(rules(roster(1, List.of(assigned(arv(shift(0, "LATE"), 1, 1), earlyOnly))))).containsExactly("availability");
    }

    @Test
    void hoursOverTheSevenDayLimitAreReportedPerWindow() {
        Roster roster = new Roster("MET", TinyRosters.MONDAY, 7, List.of(arv), List.of(
                assigned(arv(shift(0, "EARLY"), 1, 1), arv), assigned(arv(shift(2, "EARLY"), 1, 1), arv),
                assigned(arv(shift(6, "EARLY"), 1, 1), arv)),
                new PlannerSettings(14, 20, 11, 100, 10, 1, 30, 10, 5, 1, 100));
        assertThat(rules(roster)).containsExactly("hours-in-seven-days");
    }
}
