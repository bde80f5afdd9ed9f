package uk.arcs.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Where the audit chain is kept: appended to, never changed. */
public interface AuditStore {

    /** The last record's sequence number and hash. */
    record Head(long sequence, String hash) {
    }

    Optional<Head> head();

    void insert(AuditRecord record);

    /** Every record in sequence order, until {@code sink} answers false. */
    void inSequence(Predicate<AuditRecord> sink);

    /** Records made in [from, to), in sequence order; by users of {@code force} only when it is not null. */
    List<AuditRecord> between(Instant from, Instant to, String force, int limit);
}
