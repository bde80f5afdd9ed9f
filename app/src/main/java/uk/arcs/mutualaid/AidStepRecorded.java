package uk.arcs.mutualaid;

import java.time.Instant;
import uk.arcs.force.ForceCode;

/** Published after a step on a mutual aid request was committed: which step, and the force that took it. */
public record AidStepRecorded(long requestId, AidEventType step, ForceCode force, Instant recordedAt) {
}
