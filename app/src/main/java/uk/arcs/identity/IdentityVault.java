package uk.arcs.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import uk.arcs.common.Actor;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.Outcome;
import uk.arcs.common.Precision;
import uk.arcs.common.RowError;
import uk.arcs.common.Transactions;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerRegistry;

/**
 * The identity vault: officers' names and warrant numbers, sealed with AES-256-GCM under a key from configuration.
 * A change is a new sealed version, never an update. Opening an identity needs a reason and is recorded in the
 * access log, in the same transaction, before anything is disclosed.
 */
public final class IdentityVault {

    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 500;
    public static final int MAX_ACCESS_LOG = 1_000;

    private final ForceDirectory forces;
    private final OfficerRegistry officers;
    private final IdentityStore store;
    private final Transactions transactions;
    private final Keyring keys;
    private final IdentitySeal seal;
    private final Clock clock;
    private final ReentrantLock writer = new ReentrantLock();

    public IdentityVault(ForceDirectory forces, OfficerRegistry officers, IdentityStore store, Transactions transactions,
                         Keyring keys, SecureRandom random, Clock clock) {
        this.forces = forces;
        this.officers = officers;
        this.store = store;
        this.transactions = transactions;
        this.keys = keys;
        this.seal = new IdentitySeal(random);
        this.clock = clock;
    }

    public boolean unlocked() {
        return keys.unlocked();
    }

    /** A row of a write: the version now current, and whether this write made it (false: it was already so). */
    public record Written(IdentityRecord record, boolean changed) {
    }

    /**
     * Seals a new version of each officer's identity, all or nothing. A row whose identity equals the current
     * version records nothing. Every refusal names the row and the field, never a name or warrant number.
     */
    public Outcome<List<Written>> seal(ForceCode force, List<SubmittedIdentity> rows, String recordedBy) {
        IdentityKey key = keys.current();
        List<RowError> errors = check(force, rows);
        if (!errors.isEmpty()) {
            return Outcome.rejected(errors);
        }
        writer.lock();
        try {
            return Outcome.recorded(transactions.inTransaction(() -> {
                Instant now = Precision.recorded(clock.instant());
                Map<Cipher, SealedIdentity> latest = store.latest(force);
                List<SealedIdentity> sealed = new ArrayList<>();
                List<Written> written = new ArrayList<>();
                for (SubmittedIdentity row : rows) {
                    SealedIdentity current = latest.get(row.cipher());
                    if (current != null && sameIdentity(current, row.identity())) {
                        written.add(new Written(current.record(), false));
                        continue;
                    }
                    int version = current == null ? 1 : current.record().version() + 1;
                    SealedIdentity next = seal.seal(row.identity(),
                            new IdentityRecord(force, row.cipher(), version, key.id(), now, recordedBy), key);
                    sealed.add(next);
                    written.add(new Written(next.record(), true));
                }
                store.insert(sealed);
                return written;
            }));
        } finally {
            writer.unlock();
        }
    }

    /** Every reason the rows would be refused (unknown or repeated officers), sealing nothing. */
    public List<RowError> check(ForceCode force, List<SubmittedIdentity> rows) {
        forces.require(force);
        Set<Cipher> registered = new HashSet<>();
        officers.officers(force).stream().map(Officer::cipher).forEach(registered::add);
        List<RowError> errors = new ArrayList<>();
        Map<Cipher, SubmittedIdentity> seen = new HashMap<>();
        for (SubmittedIdentity row : rows) {
            SubmittedIdentity first = seen.putIfAbsent(row.cipher(), row);
            if (!registered.contains(row.cipher())) {
                errors.add(new RowError(row.source(), row.row(), "cipher", "unknown cipher " + row.cipher()
                        + " in force " + force));
            } else if (first != null) {
                errors.add(new RowError(row.source(), row.row(), "cipher", "officer " + row.cipher()
                        + " appears twice (first at row " + first.row() + ")"));
            }
        }
        return errors;
    }

    /** Whether the sealed version holds this identity; a version that cannot be opened is replaced. */
    private boolean sameIdentity(SealedIdentity sealed, Identity identity) {
        try {
            return IdentitySeal.open(sealed, keys).equals(identity);
        } catch (IdentityUnreadableException unreadable) {
            return false;
        }
    }

    /**
     * Opens the officer's current identity for {@code reader}, giving {@code reason}. The attempt is recorded
     * whatever its outcome; the identity is returned only once its access entry is stored.
     */
    public Disclosure disclose(ForceCode force, Cipher cipher, Actor reader, String reason) {
        String why = checkReason(reason);
        if (!keys.unlocked()) {
            throw new VaultLockedException();
        }
        forces.require(force);
        List<SealedIdentity> versions = store.versions(force, cipher);
        Instant now = Precision.recorded(clock.instant());
        if (versions.isEmpty()) {
            record(force, cipher, null, reader, now, why, IdentityAccess.Outcome.NO_IDENTITY);
            throw new NotFoundException("no sealed identity for " + force + "/" + cipher);
        }
        SealedIdentity latest = versions.getLast();
        Identity identity;
        try {
            identity = IdentitySeal.open(latest, keys);
        } catch (IdentityUnreadableException unreadable) {
            record(force, cipher, latest.record().version(), reader, now, why, IdentityAccess.Outcome.UNREADABLE);
            throw unreadable;
        }
        long accessId = record(force, cipher, latest.record().version(), reader, now, why,
                IdentityAccess.Outcome.DISCLOSED);
        return new Disclosure(latest.record(), identity, accessId,
                versions.stream().map(SealedIdentity::record).toList());
    }

    private long record(ForceCode force, Cipher cipher, Integer version, Actor reader, Instant at, String reason,
                        IdentityAccess.Outcome outcome) {
        return transactions.inTransaction(() -> {
            IdentityAccess access = new IdentityAccess(0, force, cipher, version, reader.username(), reader.role(), at,
                    reason, outcome);
            return store.recordAccess(access);
        });
    }

    static String checkReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new IllegalArgumentException("reason: say why you need this officer's identity, in at least "
                    + MIN_REASON + " characters (it is kept in the access log)");
        }
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason: at most " + MAX_REASON + " characters");
        }
        return why;
    }

    /** The access log, newest first; {@code force} and {@code cipher} may be null for all. */
    public List<IdentityAccess> accessLog(ForceCode force, Cipher cipher, int limit) {
        if (limit < 1 || limit > MAX_ACCESS_LOG) {
            throw new IllegalArgumentException("limit: between 1 and " + MAX_ACCESS_LOG);
        }
        if (force != null) {
            forces.require(force);
        }
        return store.accesses(force, cipher, limit);
    }

    /** The vault's keys and how many versions each seals: what an operator checks around a key rotation. */
    public record Status(boolean unlocked, String currentKeyId, Set<String> oldKeyIds, Map<String, Long> versionsByKey,
                         long officers) {
    }

    public Status status() {
        return new Status(keys.unlocked(), keys.unlocked() ? keys.current().id() : null, keys.oldKeyIds(),
                store.versionsByKey(), store.officersWithIdentity());
    }

    /** The outcome of a rekey: the current key, the versions re-sealed, and those already under it. */
    public record Rekeyed(String keyId, int resealed, int alreadyCurrent) {
    }

    /**
     * Re-seals every version not under the current key, all or nothing: if any version cannot be opened (its key
     * is not configured, or it fails its integrity check), nothing changes and every such version is reported.
     */
    public Outcome<Rekeyed> rekey(String by) {
        IdentityKey key = keys.current();
        writer.lock();
        try {
            return transactions.inTransaction(() -> {
                List<SealedIdentity> all = store.all();
                List<RowError> errors = new ArrayList<>();
                List<SealedIdentity> resealed = new ArrayList<>();
                int current = 0;
                for (SealedIdentity sealed : all) {
                    if (sealed.record().keyId().equals(key.id())) {
                        current++;
                        continue;
                    }
                    IdentityRecord record = sealed.record();
                    try {
                        Identity identity = IdentitySeal.open(sealed, keys);
                        resealed.add(seal.seal(identity, new IdentityRecord(record.force(), record.cipher(),
                                record.version(), key.id(), record.recordedAt(), record.recordedBy()), key));
                    } catch (IdentityUnreadableException unreadable) {
                        errors.add(new RowError(record.force() + "/" + record.cipher(), record.version(), "key",
                                unreadable.getMessage()));
                    }
                }
                if (!errors.isEmpty()) {
                    errors.sort(Comparator.comparing(RowError::source).thenComparingInt(RowError::row));
                    return Outcome.<Rekeyed>rejected(errors);
                }
                if (!resealed.isEmpty()) {
                    int changed = store.reseal(resealed);
                    if (changed != resealed.size()) {
                        throw new IllegalStateException("the vault changed during the rekey (" + changed + " of "
                                + resealed.size() + " versions re-sealed); nothing was changed, run it again");
                    }
                    store.recordRekey(Precision.recorded(clock.instant()), by, key.id(), resealed.size());
                }
                return Outcome.recorded(new Rekeyed(key.id(), resealed.size(), current));
            });
        } finally {
            writer.unlock();
        }
    }

    public Instant now() {
        return clock.instant();
    }
}
