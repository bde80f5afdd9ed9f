package uk.arcs.command;

import java.time.Instant;
import java.util.Map;
import uk.arcs.capability.CapabilityPicture;

/**
 * A logged decision: what was decided, why, by whom in what role, when, and the capability picture of the
 * force as it was known at that instant. Immutable; a reversal is a new decision.
 */
public record Decision(long id, String force, String decision, String rationale, String decidedBy, String role,
                       Instant at, Instant recordedAt, Map<String, String> references, CapabilityPicture picture) {

    public Decision {
        references = Map.copyOf(references);
    }
}
