package uk.arcs.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Personal API tokens: {@code arcs_} and 32 random bytes in base64url, shown once when issued. Only the SHA-256 is
 * stored, so checking a token is one hash and one map lookup (no bcrypt). The usable tokens are held in memory,
 * by hash; issuing and revoking go through here, and one ARCS instance serves a database.
 */
final class PersonalTokens {

    static final String PREFIX = "arcs_";
    static final int MAX_DAYS = 365;
    static final int DEFAULT_DAYS = 90;
    static final int MAX_NAME = 100;

    /** Last use is written at most this often per token, so a busy client does not write on every call. */
    static final Duration RECORD_USE_EVERY = Duration.ofMinutes(1);

    private final PersonalTokenStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, PersonalToken> usable = new ConcurrentHashMap<>();

    record Issued(PersonalToken token, String secret) {
    }

    PersonalTokens(PersonalTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        Instant now = clock.instant();
        for (PersonalToken token : store.all()) {
            if (token.stateAt(now) == PersonalToken.State.ACTIVE) {
                usable.put(token.hash(), token);
            }
        }
    }

    Issued issue(String owner, String name, Integer days) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a token needs a name, such as 'hr-export'");
        }
        if (name.trim().length() > MAX_NAME) {
            throw new IllegalArgumentException("name: at most " + MAX_NAME + " characters");
        }
        int lifetime = days == null ? DEFAULT_DAYS : days;
        if (lifetime < 1 || lifetime > MAX_DAYS) {
            throw new IllegalArgumentException("expiresInDays: from 1 to " + MAX_DAYS);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        PersonalToken token = store.insert(owner, name.trim(), sha256(secret), now, now.plus(Duration.ofDays(lifetime)));
        usable.put(token.hash(), token);
        return new Issued(token, secret);
    }

    List<PersonalToken> ownedBy(String owner) {
        return store.ownedBy(owner);
    }

    /** Revokes one of the owner's tokens; empty when the owner has no token with that id. */
    Optional<PersonalToken> revoke(String owner, long id) {
        Optional<PersonalToken> found = store.ownedBy(owner).stream().filter(t -> t.id() == id).findFirst();
        if (found.isEmpty() || found.get().revokedAt() != null) {
            return found;
        }
        Instant now = clock.instant();
        store.revoked(id, now);
        usable.remove(found.get().hash());
        return Optional.of(found.get().revokedAt(now));
    }

    /** The active token with this secret, its use recorded; empty for an unknown, expired or revoked one. */
    Optional<PersonalToken> use(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        PersonalToken token = usable.get(sha256(secret));
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (token.stateAt(now) != PersonalToken.State.ACTIVE) {
            usable.remove(token.hash(), token);
            return Optional.empty();
        }
        if (token.lastUsedAt() == null || !now.isBefore(token.lastUsedAt().plus(RECORD_USE_EVERY))) {
            PersonalToken used = token.usedAt(now);
            if (usable.replace(token.hash(), token, used)) {
                store.used(token.id(), now);
            }
            token = used;
        }
        return Optional.of(token);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
