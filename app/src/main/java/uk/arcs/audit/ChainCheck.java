package uk.arcs.audit;

/** What walking the audit chain found: intact, or the first broken link and why. */
public sealed interface ChainCheck {

    /** Every record is there, in sequence, and matches its hash; the head is the last record. */
    record Intact(long records, long headSequence, String headHash) implements ChainCheck {
    }

    /** The chain breaks at {@code sequence}; the records before it are intact. */
    record Broken(long sequence, String reason) implements ChainCheck {
    }
}
