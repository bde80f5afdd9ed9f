package uk.arcs.officer;

import java.time.Instant;

/**
 * An event offered for recording, with where it came from (so a refusal can name the row) and who records
 * it. {@code localId} names the event within its batch; a RECORDED_IN_ERROR with {@code correctsWithinBatch}
 * voids the batch event of that local id (as when a file exported from ARCS is imported elsewhere).
 * {@code recordedAt} is the registry's clock unless a trusted loader (a scenario, an archive import) keeps
 * the original recording time.
 */
public record SubmittedEvent(String source, int row, NewOfficerEvent event, Instant recordedAt, String recordedBy,
                             Long localId, boolean correctsWithinBatch) {

    public SubmittedEvent {
        if (event == null || recordedBy == null || recordedBy.isBlank()) {
            throw new IllegalArgumentException("a submitted event needs the event and who records it");
        }
        if (correctsWithinBatch && event.type() != OfficerEventType.RECORDED_IN_ERROR) {
            throw new IllegalArgumentException("only a correction refers to another event");
        }
    }

    public static SubmittedEvent now(String source, int row, NewOfficerEvent event, String recordedBy) {
        return new SubmittedEvent(source, row, event, null, recordedBy, null, false);
    }
}
