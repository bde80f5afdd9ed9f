package uk.arcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.TestForces.london;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.arcs.InMemoryArcs;
import uk.arcs.force.ForceCode;
import uk.arcs.scenario.London2023;

class ClaimCheckerTest {

    private static final ForceCode MET = ForceCode.of("MET");
    private static InMemoryArcs arcs;
    private static ClaimChecker checker;

    @BeforeAll
    static void london2023() {
        arcs = new InMemoryArcs();
        arcs.loader.load(London2023.generate()).orThrow("London 2023");
        checker = new ClaimChecker(arcs.capability, arcs);
    }

    private static ClaimCheck check(String text, String at) {
        Instant when = london(at);
        return checker.check(MET, text, when, arcs.clock.instant());
    }

    @Test
    void claimThatAllFirearmsOfficersHadSteppedBackWasFalseOnMondayMorning() {
        ClaimCheck check = check("All firearms officers have stepped back", "2023-09-25T09:00");
        assertThat(check.verdict()).isEqualTo(ClaimCheck.Verdict.FALSE);
        assertThat(check.figures()).containsEntry("of", 2595);
        assertThat(check.explanation()).startsWith("At 09:00 on 25 September 2023").contains("of Metropolitan Police "
                + "Service's 2595 firearms officers had stepped back").endsWith("not borne out.");
    }

    @Test
    void claimOfMoreThanAHundredSteppedBackWasTrueAtSixOnMonday() {
        ClaimCheck check = check("More than 100 firearms officers have stepped back", "2023-09-25T06:00");
        assertThat(check.verdict()).isEqualTo(ClaimCheck.Verdict.TRUE);
        assertThat(check.figures()).containsEntry("count", 300);
    }

    @Test
    void quantifiersAreCheckedAgainstTheRecordedCounts() {
        assertThat(check("About 300 officers have stepped back", "2023-09-25T06:00").verdict()).isEqualTo(ClaimCheck.Verdict.TRUE);
        assertThat(check("Hundreds of firearms officers have stepped back", "2023-09-25T06:00").verdict())
                .isEqualTo(ClaimCheck.Verdict.TRUE);
        assertThat(check("The majority of firearms officers have stepped back", "2023-09-25T06:00").verdict())
                .isEqualTo(ClaimCheck.Verdict.FALSE);
        assertThat(check("125 of 130 counter-terrorism officers have stepped back", "2023-09-23T22:00").verdict())
                .isEqualTo(ClaimCheck.Verdict.TRUE);
        assertThat(check("All counter-terrorism officers have stepped back", "2023-09-23T22:00").verdict())
                .isEqualTo(ClaimCheck.Verdict.FALSE);
        // The reports' own words: every CTSFO on duty stepped back, the five on annual leave excepted.
        assertThat(check("All counter-terrorism firearms officers on duty have stepped back", "2023-09-23T22:00")
                .verdict()).isEqualTo(ClaimCheck.Verdict.TRUE);
        assertThat(check("No firearms officers have stepped back", "2023-09-20T12:00").verdict())
                .isEqualTo(ClaimCheck.Verdict.TRUE);
        assertThat(check("Fewer than 50 officers have stepped back", "2023-09-23T18:00").verdict())
                .isEqualTo(ClaimCheck.Verdict.FALSE);
    }

    @Test
    void returnsAndAvailabilityAreCheckedToo() {
        ClaimCheck returned = check("More than 200 officers have returned", "2023-09-28T12:00");
        assertThat(returned.verdict()).isEqualTo(ClaimCheck.Verdict.TRUE);
        assertThat(check("Fewer than 10 ARV officers are available", "2023-09-24T02:00").verdict())
                .isEqualTo(ClaimCheck.Verdict.TRUE);
        assertThat(check("More than 40 ARV officers are available", "2023-09-20T12:00").verdict())
                .isEqualTo(ClaimCheck.Verdict.TRUE);
    }

    @Test
    void whatCannotBeCheckedIsUnsupported() {
        assertThat(check("The Met has lost control of London", "2023-09-25T09:00").verdict())
                .isEqualTo(ClaimCheck.Verdict.UNSUPPORTED);
        assertThat(check("All firearms officers are available", "2023-09-25T09:00").verdict())
                .isEqualTo(ClaimCheck.Verdict.UNSUPPORTED);
    }
}
