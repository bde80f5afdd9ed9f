package uk.arcs.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.officer.OfficerEventType.AUTHORISED;
import static uk.arcs.officer.OfficerEventType.REINSTATED;
import static uk.arcs.officer.OfficerEventType.RETURNED;
import static uk.arcs.officer.OfficerEventType.STEPPED_BACK;
import static uk.arcs.officer.OfficerEventType.SUSPENDED;
import static uk.arcs.officer.OfficerEventType.WITHDRAWN;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorisationStateTest {

    private static final Instant AT = Instant.parse("2023-09-23T17:00:00Z");
    private static final List<OfficerEventType> AUTHORISATION_EVENTS =
            List.of(AUTHORISED, STEPPED_BACK, RETURNED, SUSPENDED, REINSTATED, WITHDRAWN);

    private static AuthorisationStatus after(AuthorisationState state, OfficerEventType type) {
        AuthorisationState.Transition transition = state.apply(type, AT);
        return transition instanceof AuthorisationState.Accepted accepted ? accepted.next().status() : null;
    }

    private static String refusal(AuthorisationState state, OfficerEventType type) {
        return ((AuthorisationState.Rejected) state.apply(type, AT)).reason();
    }

    @Test
    void onlyAuthorisationStartsTheLifecycle() {
        AuthorisationState state = new AuthorisationState.NotYetAuthorised();
        assertThat(after(state, AUTHORISED)).isEqualTo(AuthorisationStatus.AUTHORISED);
        for (OfficerEventType type : List.of(STEPPED_BACK, RETURNED, SUSPENDED, REINSTATED, WITHDRAWN)) {
            assertThat(refusal(state, type)).contains("has not been authorised yet");
        }
    }

    @Test
    void authorisedOfficerMayStepBackBeSuspendedOrWithdrawn() {
        AuthorisationState state = new AuthorisationState.Authorised(AT);
        assertThat(after(state, STEPPED_BACK)).isEqualTo(AuthorisationStatus.STEPPED_BACK);
        assertThat(after(state, SUSPENDED)).isEqualTo(AuthorisationStatus.SUSPENDED);
        assertThat(after(state, WITHDRAWN)).isEqualTo(AuthorisationStatus.WITHDRAWN);
        assertThat(refusal(state, AUTHORISED)).contains("already authorised");
        assertThat(refusal(state, REINSTATED)).contains("not suspended");
    }

    @Test
    void returningAnOfficerWhoNeverSteppedBackIsRefused() {
        assertThat(refusal(new AuthorisationState.Authorised(AT), RETURNED))
                .isEqualTo("cannot return: the officer has not stepped back");
    }

    @Test
    void steppedBackOfficerReturnsToAuthorised() {
        AuthorisationState state = new AuthorisationState.SteppedBack(AT);
        assertThat(after(state, RETURNED)).isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(after(state, SUSPENDED)).isEqualTo(AuthorisationStatus.SUSPENDED);
        assertThat(after(state, WITHDRAWN)).isEqualTo(AuthorisationStatus.WITHDRAWN);
        assertThat(refusal(state, STEPPED_BACK)).contains("already stepped back");
        assertThat(refusal(state, AUTHORISED)).contains("RETURNED");
        assertThat(refusal(state, REINSTATED)).contains("was not suspended");
    }

    @Test
    void suspendedOfficerCanOnlyBeReinstatedOrWithdrawn() {
        AuthorisationState state = new AuthorisationState.Suspended(AT);
        assertThat(after(state, REINSTATED)).isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(after(state, WITHDRAWN)).isEqualTo(AuthorisationStatus.WITHDRAWN);
        for (OfficerEventType type : List.of(AUTHORISED, STEPPED_BACK, RETURNED, SUSPENDED)) {
            assertThat(refusal(state, type)).contains("can only be REINSTATED or WITHDRAWN");
        }
    }

    @Test
    void nothingIsAcceptedAfterWithdrawal() {
        AuthorisationState state = new AuthorisationState.Withdrawn(AT);
        for (OfficerEventType type : AUTHORISATION_EVENTS) {
            assertThat(refusal(state, type)).contains("after the officer was withdrawn");
        }
    }
}
