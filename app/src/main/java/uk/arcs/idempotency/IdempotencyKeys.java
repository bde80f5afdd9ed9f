package uk.arcs.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.arcs.common.BeforeCommit;
import uk.arcs.common.Precision;
import uk.arcs.common.Transactions;

/**
 * Idempotency keys: a request sent again with the same {@code Idempotency-Key} by the same user records once and
 * is answered as the first time.
 * <p>
 * The key is held by the first write transaction of the request, just before it commits ({@link BeforeCommit}),
 * so after a crash the write and its key are both there or neither is. The answer is kept once the request has
 * been answered; if the server stopped in between, the write is there but its answer is not, and a retry is told
 * so rather than recording the change a second time. A request that changed nothing and was refused keeps no
 * answer: nothing was recorded, so sending it again runs it again.
 */
public final class IdempotencyKeys implements BeforeCommit {

    public static final int MAX_KEY_LENGTH = 200;
    static final Duration FORGET_EVERY = Duration.ofMinutes(10);

    private final KeyStore store;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration lifetime;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Ticket> pending = new ThreadLocal<>();
    private volatile Instant lastForgotten = Instant.EPOCH;

    public IdempotencyKeys(KeyStore store, Transactions transactions, Clock clock, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("idempotency keys need a positive lifetime, not " + lifetime);
        }
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A request admitted to run under its key. */
    public static final class Ticket {
        private final String username;
        private final String key;
        private final String fingerprint;
        private final String method;
        private final String path;
        private volatile boolean held;

        private Ticket(String username, String key, String fingerprint, String method, String path) {
            this.username = username;
            this.key = key;
            this.fingerprint = fingerprint;
            this.method = method;
            this.path = path;
        }

        private String slot() {
            return IdempotencyKeys.slot(username, key);
        }

        private HeldKey holding(Instant now, Duration lifetime, StoredAnswer answer) {
            return new HeldKey(username, key, fingerprint, method, path, now, now.plus(lifetime), answer);
        }
    }

    /** What to do with a request that carries a key. */
    public sealed interface Admission {
        /** First use of the key: run the request. */
        record Proceed(Ticket ticket) implements Admission {
        }

        /** Used before for this very request: answer as then, without running it again. */
        record Replay(StoredAnswer answer) implements Admission {
        }

        /** The first request with this key is still running. */
        record InProgress() implements Admission {
        }

        /** The key was used for a different request (method, path or body). */
        record Mismatch(String method, String path) implements Admission {
        }

        /** The first request recorded its change, but the server stopped before its answer was kept. */
        record AnswerLost(Instant recordedAt) implements Admission {
        }
    }

    /** A key is 1 to 200 visible ASCII characters. */
    public static void validate(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH
                || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new IllegalArgumentException("Idempotency-Key: 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, such as a UUID");
        }
    }

    public Admission admit(String username, String key, String fingerprint, String method, String path) {
        validate(key);
        String slot = slot(username, key);
        if (!running.add(slot)) {
            return new Admission.InProgress();
        }
        boolean admitted = false;
        try {
            Instant now = clock.instant();
            forgetExpiredNowAndThen(now);
            var held = store.find(username, key, now);
            if (held.isPresent()) {
                HeldKey first = held.get();
                if (!first.fingerprint().equals(fingerprint)) {
                    return new Admission.Mismatch(first.method(), first.path());
                }
                return first.answer() == null ? new Admission.AnswerLost(first.createdAt())
                        : new Admission.Replay(first.answer());
            }
            Ticket ticket = new Ticket(username, key, fingerprint, method, path);
            pending.set(ticket);
            admitted = true;
            return new Admission.Proceed(ticket);
        } finally {
            if (!admitted) {
                running.remove(slot);
            }
        }
    }

    /** Holds the key in the first write transaction of the admitted request on this thread. */
    @Override
    public void beforeCommit() {
        Ticket ticket = pending.get();
        if (ticket == null || ticket.held) {
            return;
        }
        Instant now = Precision.recorded(clock.instant());
        store.hold(ticket.holding(now, lifetime, null), now);
        ticket.held = true;
        transactions.afterCompletion(committed -> {
            if (!committed) {
                ticket.held = false;
            }
        });
    }

    /**
     * Keeps the answer the request was given: always when it recorded something, and when it succeeded without
     * recording anything; a refusal that recorded nothing is not kept.
     */
    public void finish(Ticket ticket, StoredAnswer answer) {
        pending.remove();
        try {
            if (ticket.held) {
                store.keepAnswer(ticket.username, ticket.key, answer);
            } else if (answer.succeeded()) {
                Instant now = Precision.recorded(clock.instant());
                store.hold(ticket.holding(now, lifetime, answer), now);
            }
        } finally {
            running.remove(ticket.slot());
        }
    }

    /** The request failed without an answer; a key it held stays held, its answer lost. */
    public void abandon(Ticket ticket) {
        pending.remove();
        running.remove(ticket.slot());
    }

    private void forgetExpiredNowAndThen(Instant now) {
        if (Duration.between(lastForgotten, now).compareTo(FORGET_EVERY) > 0) {
            lastForgotten = now;
            store.forgetExpired(now);
        }
    }

    private static String slot(String username, String key) {
        return username + '\u0000' + key;
    }
}
