package uk.arcs.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;

/**
 * Where sealed identities and the access log are kept. Versions are only ever inserted; the one exception is
 * {@link #reseal}, which replaces the seal (key, nonce, ciphertext) of a version with one under the current key,
 * holding the same identity, so that an old key can be retired.
 */
public interface IdentityStore {

    /** Every version of the officer's identity, oldest first. */
    List<SealedIdentity> versions(ForceCode force, Cipher cipher);

    /** The latest version of each officer of the force that has one. */
    Map<Cipher, SealedIdentity> latest(ForceCode force);

    void insert(List<SealedIdentity> versions);

    /** Every version of every officer, for re-sealing under a new key. */
    List<SealedIdentity> all();

    /** Replaces the seal of each version (same force, cipher and version); returns how many rows changed. */
    int reseal(List<SealedIdentity> resealed);

    void recordRekey(Instant at, String by, String keyId, int records);

    /** Stores the entry (its id is ignored) and returns the id the store gave it. */
    long recordAccess(IdentityAccess access);

    /** The newest entries first; {@code force} and {@code cipher} may be null for all. */
    List<IdentityAccess> accesses(ForceCode force, Cipher cipher, int limit);

    /** How many versions are sealed under each key id. */
    Map<String, Long> versionsByKey();

    long officersWithIdentity();
}
