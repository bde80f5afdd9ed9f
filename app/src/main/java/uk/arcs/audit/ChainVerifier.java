package uk.arcs.audit;

/**
 * Walks the audit records in sequence order and stops at the first broken link: a missing record (a gap in the
 * sequence), a record that does not carry its predecessor's hash, or a record whose content no longer matches
 * its own hash.
 */
final class ChainVerifier {

    private long records;
    private long expected = 1;
    private String previousHash = AuditRecord.GENESIS;
    private ChainCheck.Broken broken;

    /** Takes the next record; false once the chain is broken, when further records cannot be trusted. */
    boolean accept(AuditRecord record) {
        if (broken != null) {
            return false;
        }
        if (record.sequence() != expected) {
            broken = new ChainCheck.Broken(expected, record.sequence() > expected
                    ? "record " + expected + " is missing: the record after " + (expected - 1) + " is " + record.sequence()
                    : "record " + record.sequence() + " appears out of order after " + (expected - 1));
        } else if (!previousHash.equals(record.previousHash())) {
            broken = new ChainCheck.Broken(expected, "it does not carry the hash of record " + (expected - 1)
                    + " (expected " + previousHash + ", found " + record.previousHash() + ")");
        } else if (!record.expectedHash().equals(record.hash())) {
            broken = new ChainCheck.Broken(expected, "its content does not match its hash: it was changed after it "
                    + "was written");
        } else {
            records++;
            expected++;
            previousHash = record.hash();
            return true;
        }
        return false;
    }

    ChainCheck result() {
        return broken != null ? broken : new ChainCheck.Intact(records, expected - 1, previousHash);
    }
}
