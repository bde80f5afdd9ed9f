package uk.arcs.capability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.posture.PostureRegistry;

/** The capability picture of any force at any instant, as known at any instant. */
public final class CapabilityService {

    public static final int MAX_SERIES_POINTS = 2_000;

    private final ForceDirectory forces;
    private final OfficerRegistry officers;
    private final PostureRegistry postures;
    private final Clock clock;

    public CapabilityService(ForceDirectory forces, OfficerRegistry officers, PostureRegistry postures, Clock clock) {
        this.forces = forces;
        this.officers = officers;
        this.postures = postures;
        this.clock = clock;
    }

    public CapabilityPicture picture(ForceCode code, Instant at, Instant knownAt) {
        Force force = forces.require(code);
        Instant known = knownAt == null ? clock.instant() : knownAt;
        Instant when = at == null ? known : at;
        return CapabilityCalculator.compute(force, postures.postureAt(code, when, known), when, known,
                officers.statusesAt(code, when, known));
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
