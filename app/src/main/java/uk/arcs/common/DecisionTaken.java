package uk.arcs.common;

import java.time.Instant;
import java.util.Map;

/**
 * A commander's (or coordinator's, or liaison's) decision, published inside the transaction that acts on
 * it so that the decision log records it, with its rationale and the picture it was taken on, or neither.
 * {@code force} is the force whose capability the decision was taken on.
 */
public record DecisionTaken(String force, String decision, String rationale, String decidedBy, String role,
                            Instant at, Instant recordedAt, Map<String, String> references) {

    public DecisionTaken {
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("a decision needs its rationale");
        }
        references = Map.copyOf(references);
    }
}
