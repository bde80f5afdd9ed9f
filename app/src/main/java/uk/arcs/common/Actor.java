package uk.arcs.common;

import java.time.Instant;

/**
 * Who takes an action, in what role, for which force (null for national roles), when it happened, and
 * (only for trusted loaders replaying history) when it was recorded; null means now.
 */
public record Actor(String username, String role, String force, Instant occurredAt, Instant recordedAt) {

    public Actor {
        if (username == null || username.isBlank() || role == null || role.isBlank()) {
            throw new IllegalArgumentException("an action needs a user and a role");
        }
        occurredAt = Precision.recorded(occurredAt);
        recordedAt = Precision.recorded(recordedAt);
    }

    public boolean actsFor(String forceCode) {
        return force != null && force.equals(forceCode);
    }
}
