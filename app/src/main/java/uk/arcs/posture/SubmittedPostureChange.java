package uk.arcs.posture;

import java.time.Instant;

/** A posture change offered for recording, with its source row and recorder; see the officer equivalent. */
public record SubmittedPostureChange(String source, int row, PostureChange change, Instant recordedAt,
                                     String recordedBy) {

    public static SubmittedPostureChange now(String source, int row, PostureChange change, String recordedBy) {
        return new SubmittedPostureChange(source, row, change, null, recordedBy);
    }
}
