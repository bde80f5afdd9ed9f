package uk.arcs.reporting;

import java.time.Instant;
import uk.arcs.common.Precision;

/**
 * A recorded step of a public statement, never updated or deleted: version {@code version} of statement
 * {@code number} of the force. DRAFTED carries the text ARCS wrote and the figures it wrote it from (and the number
 * of the published statement it corrects, if any); EDITED the new text; WITHDRAWN a reason.
 */
public record StatementEvent(String force, int number, int version, Type type, Instant recordedAt, String recordedBy,
                             String role, String text, Figures figures, Integer corrects, String reason) {

    public enum Type { DRAFTED, EDITED, APPROVED, PUBLISHED, WITHDRAWN }

    public StatementEvent {
        if (force == null || number < 1 || version < 1 || type == null || recordedAt == null || recordedBy == null
                || role == null) {
            throw new IllegalArgumentException("a statement step needs a force, a number, a version, a type, a time, "
                    + "a recorder and a role");
        }
        if ((type == Type.DRAFTED) != (figures != null) || (type == Type.DRAFTED || type == Type.EDITED) != (text != null)) {
            throw new IllegalArgumentException(type + ": a draft carries its text and figures, an edit its text only");
        }
        recordedAt = Precision.recorded(recordedAt);
    }

    StatementStage.Signature signature() {
        return new StatementStage.Signature(recordedBy, role, recordedAt);
    }
}
