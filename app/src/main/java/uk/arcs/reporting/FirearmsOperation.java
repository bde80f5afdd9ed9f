package uk.arcs.reporting;

import java.time.Instant;
import uk.arcs.common.Precision;
import uk.arcs.force.ForceCode;

/** An incident where firearms deployment was authorised, whether an ARV attended and whether firearms were discharged. */
public record FirearmsOperation(long id, ForceCode force, String reference, Instant authorisedAt, boolean arvAttended,
                                boolean discharged, Instant recordedAt, String recordedBy) {

    public FirearmsOperation {
        if (reference == null || !reference.matches("[A-Za-z0-9/_-]{1,40}")) {
            throw new IllegalArgumentException("reference: 1 to 40 letters, digits, '/', '_' or '-'");
        }
        if (authorisedAt == null) {
            throw new IllegalArgumentException("authorisedAt: when firearms deployment was authorised");
        }
        authorisedAt = Precision.recorded(authorisedAt);
        recordedAt = Precision.recorded(recordedAt);
    }
}
