package uk.arcs.posture;

import java.time.Instant;
import uk.arcs.force.ForceCode;

/** A recorded posture change. Never updated or deleted; a correction is another change. */
public record PostureEvent(long id, ForceCode force, PostureChange change, Instant recordedAt, String recordedBy) {

    public PostureEvent {
        if (force == null || change == null || recordedAt == null || recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("a posture event needs a force, a change, a recording time and a recorder");
        }
        recordedAt = uk.arcs.common.Precision.recorded(recordedAt);
    }
}
