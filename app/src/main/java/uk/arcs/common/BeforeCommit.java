package uk.arcs.common;

/**
 * Work that joins every write transaction just before it commits, inside it: the audit record and the
 * idempotency key are written with the change they belong to, so after a crash there are all of them or none.
 * A transaction that is rolled back (a refusal, a dry run) never reaches it.
 */
public interface BeforeCommit {

    void beforeCommit();
}
