package uk.arcs.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import uk.arcs.common.BeforeCommit;
import uk.arcs.common.Precision;
import uk.arcs.common.Transactions;

/**
 * The audit log: every write, who made it, when, from where and what it was, in a hash chain.
 * <p>
 * A write's record is appended by its own transaction just before it commits ({@link BeforeCommit}), so an
 * acknowledged write always has its record and a rolled-back one never has. Appends are serialised: the chain
 * lock is taken when the record is written and released only when that transaction has ended, so the next
 * record always follows a committed one and the chain has no forks. The sequence number is the table's primary
 * key, so even a second process writing to the same database could not fork it; its write would fail.
 */
public final class AuditLog implements BeforeCommit {

    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_RECORDS_READ = 10_000;

    private final AuditStore store;
    private final Transactions transactions;
    private final Clock clock;
    private final ReentrantLock chain = new ReentrantLock();
    private final ThreadLocal<Scope> scope = new ThreadLocal<>();
    private final ThreadLocal<Boolean> recordingRefusal = new ThreadLocal<>();

    public AuditLog(AuditStore store, Transactions transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One request or command: who acts, and how many writes it has committed so far. */
    public static final class Scope {
        private final Origin origin;
        private int writesCommitted;

        public Scope(Origin origin) {
            this.origin = origin;
        }

        public Origin origin() {
            return origin;
        }

        public synchronized int writesCommitted() {
            return writesCommitted;
        }

        private synchronized void committed() {
            writesCommitted++;
        }
    }

    /** Runs a request or command on behalf of {@code origin}: the writes it makes are recorded as its. */
    public <T> T acting(Origin origin, Supplier<T> work) {
        return acting(new Scope(origin), work);
    }

    /** As {@link #acting(Origin, Supplier)}, with a scope the caller keeps, to learn afterwards what was written. */
    public <T> T acting(Scope actingScope, Supplier<T> work) {
        Scope outer = scope.get();
        scope.set(actingScope);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                scope.remove();
            } else {
                scope.set(outer);
            }
        }
    }

    /** Called by every write transaction just before it commits, in it. */
    @Override
    public void beforeCommit() {
        if (Boolean.TRUE.equals(recordingRefusal.get())) {
            return;
        }
        Scope current = scope.get();
        Origin origin = current == null ? Origin.SYSTEM : current.origin();
        List<String> descriptions = transactions.descriptions();
        String summary = descriptions.isEmpty() ? origin.request() : String.join("; ", descriptions);
        append(origin, summary, AuditRecord.RECORDED);
        if (current != null) {
            transactions.afterCompletion(committed -> {
                if (committed) {
                    current.committed();
                }
            });
        }
    }

    /**
     * Records an attempt to change something that was refused (or failed) and wrote nothing, in a transaction of
     * its own, with the HTTP status it was answered with.
     */
    public void recordRefusal(Origin origin, int status) {
        recordingRefusal.set(true);
        try {
            transactions.run(() -> append(origin, origin.request() + " was answered " + status + "; nothing was recorded",
                    (status >= 500 ? "FAILED " : "REFUSED ") + status));
        } finally {
            recordingRefusal.remove();
        }
    }

    private void append(Origin origin, String summary, String outcome) {
        chain.lock();
        boolean handedOver = false;
        try {
            AuditStore.Head head = store.head().orElse(new AuditStore.Head(0, AuditRecord.GENESIS));
            Instant now = Precision.recorded(clock.instant());
            store.insert(AuditRecord.seal(head.sequence() + 1, now, origin, Origin.clip(summary, MAX_SUMMARY), outcome,
                    head.hash()));
            transactions.afterCompletion(committed -> chain.unlock());
            handedOver = true;
        } finally {
            if (!handedOver) {
                chain.unlock();
            }
        }
    }

    /** Walks the whole chain from the first record and reports the first broken link, if any. */
    public ChainCheck verify() {
        ChainVerifier verifier = new ChainVerifier();
        store.inSequence(verifier::accept);
        return verifier.result();
    }

    /**
     * The records made in [from, to), at most {@link #MAX_RECORDS_READ}; only those made by users of {@code force}
     * when it is not null.
     */
    public List<AuditRecord> records(Instant from, Instant to, String force) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("'to' must be after 'from'");
        }
        return store.between(from, to, force, MAX_RECORDS_READ);
    }
}
