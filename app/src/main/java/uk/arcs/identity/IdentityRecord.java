package uk.arcs.identity;

import java.time.Instant;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;

/**
 * What may be said about a version of an officer's sealed identity without opening it: whose it is, which
 * version, the key it is sealed under, and who recorded it when.
 */
public record IdentityRecord(ForceCode force, Cipher cipher, int version, String keyId, Instant recordedAt,
                             String recordedBy) {

    public IdentityRecord {
        if (force == null || cipher == null || keyId == null || recordedAt == null || recordedBy == null) {
            throw new IllegalArgumentException("an identity record needs its force, cipher, key, time and recorder");
        }
        if (version < 1) {
            throw new IllegalArgumentException("identity versions start at 1");
        }
    }

    /** How the record is named in messages: force, cipher and version. */
    public String label() {
        return force + "/" + cipher + " version " + version;
    }
}
