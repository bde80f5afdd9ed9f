package uk.arcs.mutualaid;

import java.time.Instant;
import uk.arcs.common.Verdict;

/** Where an offer of officers stands. Each stage says which steps it allows; a refusal names the rule. */
public sealed interface OfferStage {

    String RULE = "OfferLifecycle";

    String name();

    default Verdict<OfferStage> accept(Instant at) {
        return Verdict.refused(RULE, "an offer can be accepted only while it is OFFERED, not " + name());
    }

    default Verdict<OfferStage> refuse(Instant at, String reason) {
        return Verdict.refused(RULE, "an offer can be refused only while it is OFFERED, not " + name());
    }

    default Verdict<OfferStage> deploy(Instant from, Instant until) {
        return Verdict.refused(RULE, "only an ACCEPTED offer can be deployed, not " + name());
    }

    default Verdict<OfferStage> standDown(Instant at) {
        return Verdict.refused(RULE, "only DEPLOYED officers can be stood down, not " + name());
    }

    /** Whether the donor may still change who is sent. */
    default boolean namingOpen() {
        return false;
    }

    record Offered() implements OfferStage {
        @Override
        public String name() {
            return "OFFERED";
        }

        @Override
        public Verdict<OfferStage> accept(Instant at) {
            return Verdict.done(new Accepted(at));
        }

        @Override
        public Verdict<OfferStage> refuse(Instant at, String reason) {
            return Verdict.done(new Refused(at, reason));
        }

        @Override
        public boolean namingOpen() {
            return true;
        }
    }

    record Accepted(Instant at) implements OfferStage {
        @Override
        public String name() {
            return "ACCEPTED";
        }

        @Override
        public Verdict<OfferStage> deploy(Instant from, Instant until) {
            return Verdict.done(new Deployed(from, until));
        }

        @Override
        public boolean namingOpen() {
            return true;
        }
    }

    record Refused(Instant at, String reason) implements OfferStage {
        @Override
        public String name() {
            return "REFUSED";
        }
    }

    record Deployed(Instant from, Instant until) implements OfferStage {
        @Override
        public String name() {
            return "DEPLOYED";
        }

        @Override
        public Verdict<OfferStage> standDown(Instant at) {
            return at.isBefore(from)
                    ? Verdict.refused(RULE, "officers cannot be stood down before their deployment starts (" + from + ")")
                    : Verdict.done(new StoodDown(from, until, at));
        }
    }

    record StoodDown(Instant from, Instant until, Instant at) implements OfferStage {
        @Override
        public String name() {
            return "STOOD_DOWN";
        }
    }
}
