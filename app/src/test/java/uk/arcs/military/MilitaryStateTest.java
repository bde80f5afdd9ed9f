package uk.arcs.military;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.military.MilitaryEventType.ACTIVATED;
import static uk.arcs.military.MilitaryEventType.INCIDENT_CLOSED;
import static uk.arcs.military.MilitaryEventType.REQUESTED;
import static uk.arcs.military.MilitaryEventType.STANDBY_AGREED;
import static uk.arcs.military.MilitaryEventType.STOOD_DOWN;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.arcs.common.Verdict;

class MilitaryStateTest {

    private static final Instant T = Instant.parse("2023-09-23T21:10:00Z");

    private static void allowsOnly(MilitaryState state, Set<MilitaryEventType> allowed) {
        for (MilitaryEventType type : MilitaryEventType.values()) {
            Verdict<MilitaryState> verdict = state.apply(type, T, "incident");
            if (allowed.contains(type)) {
                assertThat(verdict).as("%s on %s", type, state.name()).isInstanceOf(Verdict.Done.class);
            } else {
                assertThat(verdict).as("%s on %s", type, state.name()).isInstanceOf(Verdict.Refused.class);
                assertThat(((Verdict.Refused<MilitaryState>) verdict).rule()).isEqualTo(MilitaryState.LIFECYCLE);
            }
        }
    }

    @Test
    void theContingencyStartsWithAHomeOfficeRequest() {
        allowsOnly(new MilitaryState.None(), EnumSet.of(REQUESTED));
        assertThat(new MilitaryState.None().apply(REQUESTED, T, null).orThrow()).isEqualTo(new MilitaryState.Requested(T));
    }

    @Test
    void requestLeadsToStandbyOrIsStoodDown() {
        allowsOnly(new MilitaryState.Requested(T), EnumSet.of(STANDBY_AGREED, STOOD_DOWN));
    }

    @Test
    void standbyCanBeActivatedAgainstAnIncidentOrStoodDown() {
        allowsOnly(new MilitaryState.Standby(T), EnumSet.of(ACTIVATED, STOOD_DOWN));
        assertThat(new MilitaryState.Standby(T).apply(ACTIVATED, T, "Westminster Bridge").orThrow())
                .isEqualTo(new MilitaryState.Activated(T, "Westminster Bridge"));
    }

    @Test
    void activationEndsWithTheIncidentBeforeAnyStandDown() {
        allowsOnly(new MilitaryState.Activated(T, "incident"), EnumSet.of(INCIDENT_CLOSED));
        assertThat(((Verdict.Refused<MilitaryState>) new MilitaryState.Activated(T, "Westminster Bridge")
                .apply(STOOD_DOWN, T, null)).reason()).contains("close incident 'Westminster Bridge'");
        assertThat(new MilitaryState.Activated(T, "x").apply(INCIDENT_CLOSED, T, null).orThrow())
                .isEqualTo(new MilitaryState.Standby(T));
    }

    @Test
    void stoodDownContingencyCanBeRequestedAgain() {
        allowsOnly(new MilitaryState.StoodDown(T), EnumSet.of(REQUESTED));
    }
}
