package uk.arcs.military;

import java.time.Instant;
import uk.arcs.common.Verdict;

/**
 * The contingency's lifecycle: NONE, REQUESTED, STANDBY, ACTIVATED, STOOD_DOWN. Each state says which steps
 * it allows; whether the capability picture allows them is checked by the service.
 */
public sealed interface MilitaryState {

    String LIFECYCLE = "MilitaryLifecycle";

    String name();

    Instant since();

    default Verdict<MilitaryState> apply(MilitaryEventType type, Instant at, String incident) {
        return Verdict.refused(LIFECYCLE, type + " is not possible while the military contingency is " + name());
    }

    record None() implements MilitaryState {
        @Override
        public String name() {
            return "NONE";
        }

        @Override
        public Instant since() {
            return null;
        }

        @Override
        public Verdict<MilitaryState> apply(MilitaryEventType type, Instant at, String incident) {
            return type == MilitaryEventType.REQUESTED ? Verdict.done(new Requested(at))
                    : MilitaryState.super.apply(type, at, incident);
        }
    }

    record Requested(Instant since) implements MilitaryState {
        @Override
        public String name() {
            return "REQUESTED";
        }

        @Override
        public Verdict<MilitaryState> apply(MilitaryEventType type, Instant at, String incident) {
            return switch (type) {
                case STANDBY_AGREED -> Verdict.done(new Standby(at));
                case STOOD_DOWN -> Verdict.done(new StoodDown(at));
                default -> MilitaryState.super.apply(type, at, incident);
            };
        }
    }

    record Standby(Instant since) implements MilitaryState {
        @Override
        public String name() {
            return "STANDBY";
        }

        @Override
        public Verdict<MilitaryState> apply(MilitaryEventType type, Instant at, String incident) {
            return switch (type) {
                case ACTIVATED -> Verdict.done(new Activated(at, incident));
                case STOOD_DOWN -> Verdict.done(new StoodDown(at));
                default -> MilitaryState.super.apply(type, at, incident);
            };
        }
    }

    record Activated(Instant since, String incident) implements MilitaryState {
        @Override
        public String name() {
            return "ACTIVATED";
        }

        @Override
        public Verdict<MilitaryState> apply(MilitaryEventType type, Instant at, String closing) {
            if (type == MilitaryEventType.INCIDENT_CLOSED) {
                return Verdict.done(new Standby(at));
            }
            if (type == MilitaryEventType.STOOD_DOWN) {
                return Verdict.refused(LIFECYCLE, "close incident '" + incident + "' before standing the military down");
            }
            return MilitaryState.super.apply(type, at, closing);
        }
    }

    record StoodDown(Instant since) implements MilitaryState {
        @Override
        public String name() {
            return "STOOD_DOWN";
        }

        @Override
        public Verdict<MilitaryState> apply(MilitaryEventType type, Instant at, String incident) {
            return type == MilitaryEventType.REQUESTED ? Verdict.done(new Requested(at))
                    : MilitaryState.super.apply(type, at, incident);
        }
    }
}
