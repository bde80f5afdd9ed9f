package uk.arcs.security;

import java.time.Instant;

/** A personal API token as stored: never the secret, only its SHA-256. */
record PersonalToken(long id, String owner, String name, String hash, Instant createdAt, Instant expiresAt,
                     Instant lastUsedAt, Instant revokedAt) {

    enum State { ACTIVE, EXPIRED, REVOKED }

    State stateAt(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }

    PersonalToken usedAt(Instant when) {
        return new PersonalToken(id, owner, name, hash, createdAt, expiresAt, when, revokedAt);
    }

    PersonalToken revokedAt(Instant when) {
        return new PersonalToken(id, owner, name, hash, createdAt, expiresAt, lastUsedAt, when);
    }
}
