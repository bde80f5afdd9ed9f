package uk.arcs.military;

import java.time.Instant;
import uk.arcs.common.Precision;
import uk.arcs.force.ForceCode;

/** A recorded step of a force's military contingency. Never updated or deleted. */
public record MilitaryEvent(long id, ForceCode force, MilitaryEventType type, Instant occurredAt, Instant recordedAt,
                            String recordedBy, String reason, MilitaryTask task, String incident) {

    public MilitaryEvent {
        if (force == null || type == null || occurredAt == null || recordedAt == null || recordedBy == null
                || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a military event needs a force, a type, times, a recorder and a reason");
        }
        occurredAt = Precision.recorded(occurredAt);
        recordedAt = Precision.recorded(recordedAt);
    }
}
