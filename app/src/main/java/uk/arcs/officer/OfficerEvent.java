package uk.arcs.officer;

import java.time.Instant;
import uk.arcs.force.ForceCode;

/**
 * A recorded fact: what happened ({@code occurredAt}), when ARCS learned it ({@code recordedAt}), who
 * recorded it and why. Never updated or deleted.
 */
public record OfficerEvent(long id, ForceCode force, Cipher cipher, OfficerEventType type, Instant occurredAt,
                           Instant recordedAt, String recordedBy, String reason, EventDetails details) {

    public OfficerEvent {
        if (force == null || recordedAt == null || recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("a recorded event needs a force, a recording time and a recorder");
        }
        new NewOfficerEvent(cipher, type, occurredAt, reason, details);
        occurredAt = uk.arcs.common.Precision.recorded(occurredAt);
        recordedAt = uk.arcs.common.Precision.recorded(recordedAt);
        details = details == null ? EventDetails.NONE : details;
    }

    public static OfficerEvent recorded(long id, ForceCode force, NewOfficerEvent event, Instant recordedAt,
                                        String recordedBy) {
        return new OfficerEvent(id, force, event.cipher(), event.type(), event.occurredAt(), recordedAt, recordedBy,
                event.reason(), event.details());
    }
}
