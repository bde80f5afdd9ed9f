package uk.arcs.officer;

import java.time.Instant;
import uk.arcs.common.Precision;

/** A request to record one fact about an officer; validates itself. */
public record NewOfficerEvent(Cipher cipher, OfficerEventType type, Instant occurredAt, String reason,
                              EventDetails details) {

    public static final int MAX_REASON = 500;

    public NewOfficerEvent {
        if (cipher == null) {
            throw new InvalidEventException("cipher", "a cipher is required");
        }
        if (type == null) {
            throw new InvalidEventException("type", "an event type is required");
        }
        if (occurredAt == null) {
            throw new InvalidEventException("occurredAt", "occurredAt is required");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidEventException("reason", "a reason is required");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidEventException("reason", "a reason has at most " + MAX_REASON + " characters");
        }
        occurredAt = Precision.recorded(occurredAt);
        details = details == null ? EventDetails.NONE : details;
        details.checkFits(type, occurredAt);
    }
}
