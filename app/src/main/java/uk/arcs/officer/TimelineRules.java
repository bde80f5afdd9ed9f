package uk.arcs.officer;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import uk.arcs.force.Accreditation;

/**
 * The named rules an officer's timeline must obey, checked by walking the events in occurrence order:
 * the authorisation lifecycle, nothing after withdrawal, accreditations removed only when held, duty
 * resumed only from an absence.
 */
final class TimelineRules {

    private TimelineRules() {
    }

    /** The first event that breaks a rule, with the reason. */
    record Violation(OfficerEvent event, String reason) {
    }

    static Optional<Violation> firstViolation(List<OfficerEvent> effectiveInOrder) {
        AuthorisationState state = new AuthorisationState.NotYetAuthorised();
        EnumSet<Accreditation> held = EnumSet.noneOf(Accreditation.class);
        OfficerEvent absence = null;
        for (OfficerEvent event : effectiveInOrder) {
            if (state instanceof AuthorisationState.Withdrawn withdrawn) {
                return Optional.of(new Violation(event,
                        "no change can be recorded after the officer was withdrawn (" + withdrawn.since() + ")"));
            }
            switch (event.type().category()) {
                case AUTHORISATION -> {
                    AuthorisationState.Transition transition = state.apply(event.type(), event.occurredAt());
                    if (transition instanceof AuthorisationState.Rejected rejected) {
                        return Optional.of(new Violation(event, rejected.reason()));
                    }
                    state = ((AuthorisationState.Accepted) transition).next();
                }
                case ACCREDITATION -> {
                    Accreditation role = event.details().accreditation();
                    if (event.type() == OfficerEventType.ACCREDITATION_REMOVED && !held.contains(role)) {
                        return Optional.of(new Violation(event, "cannot remove " + role + ": the officer does not hold it"));
                    }
                    if (event.type() == OfficerEventType.ACCREDITED) {
                        held.add(role);
                    } else {
                        held.remove(role);
                    }
                }
                case AVAILABILITY -> {
                    if (event.type() == OfficerEventType.RESUMED_DUTY) {
                        if (!absentAt(absence, event.occurredAt())) {
                            return Optional.of(new Violation(event, "cannot resume duty: the officer is not absent"));
                        }
                        absence = null;
                    } else {
                        absence = event;
                    }
                }
                case CORRECTION -> throw new IllegalArgumentException("corrections are not part of the walk");
            }
        }
        return Optional.empty();
    }

    private static boolean absentAt(OfficerEvent absence, Instant at) {
        return absence != null && (absence.details().until() == null || absence.details().until().isAfter(at));
    }
}
