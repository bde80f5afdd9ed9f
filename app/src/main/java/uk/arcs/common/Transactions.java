package uk.arcs.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all of it is committed, or none of it. Calls nest: work started
 * inside another transaction joins it, so several modules' writes can be made all-or-nothing together.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /** Runs the work in a transaction that is always rolled back: a preview that changes nothing. */
    <T> T inRolledBackTransaction(Supplier<T> work);

    /**
     * Calls {@code callback} once the outermost transaction has ended, with whether it committed; at once
     * (committed) if no transaction is active. In-memory views are updated here, so they never show what a
     * rolled-back transaction wrote.
     */
    void afterCompletion(Consumer<Boolean> callback);

    /**
     * Says in a few words what the write in progress does, such as "3 officer events recorded for MET": kinds and
     * counts, never an officer. The audit record committed with the transaction carries it. Outside a transaction
     * there is nothing to describe, and the call does nothing.
     */
    default void describe(String summary) {
        // Transactions that keep no audit log (test and benchmark stand-ins) have nothing to tell.
    }

    /** What the transaction in progress has been described as, in order; empty outside a transaction. */
    default List<String> descriptions() {
        return List.of();
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
