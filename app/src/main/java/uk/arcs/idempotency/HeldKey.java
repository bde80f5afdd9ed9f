package uk.arcs.idempotency;

import java.time.Instant;

/**
 * An idempotency key as held: whose, which request it was first used for (the fingerprint of method, path and
 * body), until when, and the answer once it has been kept (null while the request runs, or if the server stopped
 * between committing the write and keeping its answer).
 */
public record HeldKey(String username, String key, String fingerprint, String method, String path, Instant createdAt,
                      Instant expiresAt, StoredAnswer answer) {
}
