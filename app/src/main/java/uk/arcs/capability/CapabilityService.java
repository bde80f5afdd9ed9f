package uk.arcs.capability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.arcs.officer.Cipher;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStates;
import uk.arcs.officer.OfficerStatus;
import uk.arcs.posture.Posture;
import uk.arcs.posture.PostureRegistry;

/** The capability picture of any force at any instant, as known at any instant. */
public final class CapabilityService {

    public static final int MAX_SERIES_POINTS = 2_000;

    private final ForceDirectory forces;
    private final OfficerRegistry officers;
    private final PostureRegistry postures;
    private final AidLedger aid;
    private final Clock clock;

    public CapabilityService(ForceDirectory forces, OfficerRegistry officers, PostureRegistry postures, AidLedger aid,
                             Clock clock) {
        this.forces = forces;
        this.officers = officers;
        this.postures = postures;
        this.aid = aid;
        this.clock = clock;
    }

    public CapabilityPicture picture(ForceCode code, Instant at, Instant knownAt) {
        return pictureLending(code, at, knownAt, Set.of());
    }

    /** The picture if {@code alsoLent} were deployed to other forces too: what lending them would leave. */
    public CapabilityPicture pictureLending(ForceCode code, Instant at, Instant knownAt, Set<Cipher> alsoLent) {
        Inputs inputs = inputs(code, at, knownAt);
        Set<Cipher> lentOut = new HashSet<>(inputs.lentOut());
        lentOut.addAll(alsoLent);
        return compute(new Inputs(inputs.force(), inputs.posture(), inputs.at(), inputs.knownAt(), inputs.officers(),
                lentOut, inputs.aid()));
    }

    /**
     * Everything a picture is derived from; a forecast or a what-if changes some of it and computes again. The
     * officers are held as {@link OfficerStates}, the columns a picture passes over.
     */
    public record Inputs(Force force, Posture posture, Instant at, Instant knownAt, List<OfficerStatus> officers,
                         Set<Cipher> lentOut, List<AidStatus> aid) {
        public Inputs {
            officers = OfficerStates.of(officers);
            lentOut = Set.copyOf(lentOut);
            aid = List.copyOf(aid);
        }
    }

    public Inputs inputs(ForceCode code, Instant at, Instant knownAt) {
        Force force = forces.require(code);
        Instant known = knownAt == null ? clock.instant() : knownAt;
        Instant when = at == null ? known : at;
        List<AidStatus> received = new ArrayList<>();
        for (AidLedger.AidOfficer officer : aid.received(code, when, known)) {
            officers.statusAt(officer.donor(), officer.cipher(), when, known).ifPresent(status ->
                    received.add(new AidStatus(officer.donor(), status, officer.counterTerrorism())));
        }
        return new Inputs(force, postures.postureAt(code, when, known), when, known, officers.statusesAt(code, when, known),
                aid.lentOut(code, when, known), received);
    }

    public static CapabilityPicture compute(Inputs inputs) {
        return CapabilityCalculator.compute(inputs.force(), inputs.posture(), inputs.at(), inputs.knownAt(),
                inputs.officers(), inputs.lentOut(), inputs.aid());
    }

    /** Pictures from {@code from} to {@code to} inclusive, every {@code step}. */
    public List<CapabilityPicture> series(ForceCode code, Instant from, Instant to, Duration step, Instant knownAt) {
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be positive, such as PT1H");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' must not be before 'from'");
        }
        long points = Duration.between(from, to).dividedBy(step) + 1;
        if (points > MAX_SERIES_POINTS) {
            throw new IllegalArgumentException("a series has at most " + MAX_SERIES_POINTS + " points; this one would have "
                    + points + " (use a longer step)");
        }
        Instant known = knownAt == null ? clock.instant() : knownAt;
        List<CapabilityPicture> pictures = new ArrayList<>();
        for (Instant at = from; !at.isAfter(to); at = at.plus(step)) {
            pictures.add(picture(code, at, known));
        }
        return pictures;
    }
}
