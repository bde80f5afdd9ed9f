package uk.arcs.idempotency;

import java.time.Instant;
import java.util.Optional;

/** Where idempotency keys are kept. Each call is one statement, atomic by itself or within the caller's transaction. */
public interface KeyStore {

    /** The user's key, unless it has expired by {@code now}. */
    Optional<HeldKey> find(String username, String key, Instant now);

    /** Holds the key (replacing an expired holding of the same key), with or without its answer. */
    void hold(HeldKey key, Instant now);

    /** Keeps the answer of a key held without one. */
    void keepAnswer(String username, String key, StoredAnswer answer);

    /** Forgets every key that expired by {@code now}; returns how many. */
    int forgetExpired(Instant now);
}
