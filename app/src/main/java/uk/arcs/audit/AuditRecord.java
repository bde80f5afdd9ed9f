package uk.arcs.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One link of the audit chain: a change (or a refused attempt), who made it, from where, and what it was, with
 * the hash of the record before it and its own hash over both. Changing or removing any record breaks the chain
 * at that record.
 */
public record AuditRecord(long sequence, Instant recordedAt, String username, String role, String force, String client,
                          String method, String path, String summary, String outcome, String previousHash,
                          String hash) {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    public static final String RECORDED = "RECORDED";

    /** The record that follows {@code previousHash} at {@code sequence}, sealed with its hash. */
    static AuditRecord seal(long sequence, Instant recordedAt, Origin origin, String summary, String outcome,
                            String previousHash) {
        AuditRecord unsealed = new AuditRecord(sequence, recordedAt, origin.username(), origin.role(), origin.force(),
                origin.client(), origin.method(), origin.path(), summary, outcome, previousHash, null);
        return unsealed.withHash(unsealed.expectedHash());
    }

    private AuditRecord withHash(String hash) {
        return new AuditRecord(sequence, recordedAt, username, role, force, client, method, path, summary, outcome,
                previousHash, hash);
    }

    /** SHA-256 of the previous record's hash and this record's content, in hex. */
    public String expectedHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) '\n');
            sha256.update(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The content as hashed: each field length-prefixed, so no two different records read the same. */
    String canonical() {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {sequence, recordedAt, username, role, force, client, method, path, summary,
                outcome}) {
            if (field == null) {
                text.append("-|");
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value).append('|');
            }
        }
        return text.toString();
    }
}
