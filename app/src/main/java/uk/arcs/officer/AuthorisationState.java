package uk.arcs.officer;

import java.time.Instant;

/** The authorisation lifecycle. Each state says which events it accepts; a refusal is a value with a reason. */
public sealed interface AuthorisationState {

    Transition apply(OfficerEventType type, Instant at);

    AuthorisationStatus status();

    sealed interface Transition {
    }

    record Accepted(AuthorisationState next) implements Transition {
    }

    record Rejected(String reason) implements Transition {
    }

    record NotYetAuthorised() implements AuthorisationState {
        @Override
        public Transition apply(OfficerEventType type, Instant at) {
            return type == OfficerEventType.AUTHORISED
                    ? new Accepted(new Authorised(at))
                    : new Rejected("cannot record " + type + ": the officer has not been authorised yet");
        }

        @Override
        public AuthorisationStatus status() {
            return AuthorisationStatus.NOT_AUTHORISED;
        }
    }

    record Authorised(Instant since) implements AuthorisationState {
        @Override
        public Transition apply(OfficerEventType type, Instant at) {
            return switch (type) {
                case STEPPED_BACK -> new Accepted(new SteppedBack(at));
                case SUSPENDED -> new Accepted(new Suspended(at));
                case WITHDRAWN -> new Accepted(new Withdrawn(at));
                case RETURNED -> new Rejected("cannot return: the officer has not stepped back");
                case REINSTATED -> new Rejected("cannot reinstate: the officer is not suspended");
                case AUTHORISED -> new Rejected("the officer is already authorised");
                default -> throw new IllegalArgumentException(type + " is not an authorisation event");
            };
        }

        @Override
        public AuthorisationStatus status() {
            return AuthorisationStatus.AUTHORISED;
        }
    }

    record SteppedBack(Instant since) implements AuthorisationState {
        @Override
        public Transition apply(OfficerEventType type, Instant at) {
            return switch (type) {
                case RETURNED -> new Accepted(new Authorised(at));
                case SUSPENDED -> new Accepted(new Suspended(at));
                case WITHDRAWN -> new Accepted(new Withdrawn(at));
                case STEPPED_BACK -> new Rejected("the officer has already stepped back");
                case REINSTATED -> new Rejected("cannot reinstate: the officer stepped back and was not suspended");
                case AUTHORISED -> new Rejected("a stepped-back officer is brought back with RETURNED");
                default -> throw new IllegalArgumentException(type + " is not an authorisation event");
            };
        }

        @Override
        public AuthorisationStatus status() {
            return AuthorisationStatus.STEPPED_BACK;
        }
    }

    record Suspended(Instant since) implements AuthorisationState {
        @Override
        public Transition apply(OfficerEventType type, Instant at) {
            return switch (type) {
                case REINSTATED -> new Accepted(new Authorised(at));
                case WITHDRAWN -> new Accepted(new Withdrawn(at));
                default -> new Rejected("a suspended officer can only be REINSTATED or WITHDRAWN, not " + type);
            };
        }

        @Override
        public AuthorisationStatus status() {
            return AuthorisationStatus.SUSPENDED;
        }
    }

    record Withdrawn(Instant since) implements AuthorisationState {
        @Override
        public Transition apply(OfficerEventType type, Instant at) {
            return new Rejected("no change can be recorded after the officer was withdrawn (" + since + ")");
        }

        @Override
        public AuthorisationStatus status() {
            return AuthorisationStatus.WITHDRAWN;
        }
    }

    static AuthorisationStatus statusAfter(OfficerEventType type) {
        return switch (type) {
            case AUTHORISED, RETURNED, REINSTATED -> AuthorisationStatus.AUTHORISED;
            case STEPPED_BACK -> AuthorisationStatus.STEPPED_BACK;
            case SUSPENDED -> AuthorisationStatus.SUSPENDED;
            case WITHDRAWN -> AuthorisationStatus.WITHDRAWN;
            default -> throw new IllegalArgumentException(type + " is not an authorisation event");
        };
    }
}
