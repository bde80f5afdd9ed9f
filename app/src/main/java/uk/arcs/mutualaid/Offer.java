package uk.arcs.mutualaid;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;

/**
 * A donor force's offer against a request: how many officers, whether they are released for
 * counter-terrorism work, who was named, and the stage it has reached.
 */
public record Offer(long id, ForceCode donor, int officers, boolean releasedForCounterTerrorism, Instant offeredAt,
                    List<Cipher> named, String postureOverride, OfferStage stage) {

    public Offer {
        named = List.copyOf(named);
    }

    Offer withStage(OfferStage next) {
        return new Offer(id, donor, officers, releasedForCounterTerrorism, offeredAt, named, postureOverride, next);
    }

    Offer withNamed(List<Cipher> ciphers, String override) {
        return new Offer(id, donor, officers, releasedForCounterTerrorism, offeredAt, ciphers, override, stage);
    }

    /** When the named officers served the requester: from the deployment's start until it ended or they were stood down. */
    public record Served(Instant from, Instant until) {
    }

    /** The period served so far as recorded; empty until the officers are deployed. */
    public Optional<Served> served() {
        return switch (stage) {
            case OfferStage.Deployed d -> Optional.of(new Served(d.from(), d.until()));
            case OfferStage.StoodDown s -> Optional.of(new Served(s.from(), s.at().isBefore(s.until()) ? s.at() : s.until()));
            default -> Optional.empty();
        };
    }

    /** Whether the named officers serve the requester at {@code at}. */
    public boolean deployedAt(Instant at) {
        return switch (stage) {
            case OfferStage.Deployed d -> !at.isBefore(d.from()) && at.isBefore(d.until());
            case OfferStage.StoodDown s -> !at.isBefore(s.from()) && at.isBefore(s.until()) && at.isBefore(s.at());
            default -> false;
        };
    }

    /** The period the named officers are committed to the requester, if accepted or deployed. */
    boolean commits(Instant from, Instant until) {
        return switch (stage) {
            case OfferStage.Deployed d -> d.from().isBefore(until) && from.isBefore(d.until());
            case OfferStage.StoodDown s -> s.from().isBefore(until) && from.isBefore(s.at()) && from.isBefore(s.until());
            case OfferStage.Accepted a -> true;
            case OfferStage.Offered o -> true;
            case OfferStage.Refused r -> false;
        };
    }
}
