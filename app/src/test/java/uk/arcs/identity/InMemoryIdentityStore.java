package uk.arcs.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.arcs.common.Transactions;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;

/** The vault's store in memory; writes become visible when the transaction commits, as in the database. */
final class InMemoryIdentityStore implements IdentityStore {

    final List<SealedIdentity> rows = new ArrayList<>();
    final List<IdentityAccess> accesses = new ArrayList<>();
    final List<String> rekeys = new ArrayList<>();
    private final Transactions transactions;
    private long nextAccessId = 1;

    InMemoryIdentityStore(Transactions transactions) {
        this.transactions = transactions;
    }

    private void onCommit(Runnable write) {
        transactions.afterCompletion(committed -> {
            if (committed) {
                write.run();
            }
        });
    }

    @Override
    public List<SealedIdentity> versions(ForceCode force, Cipher cipher) {
        return rows.stream().filter(r -> r.record().force().equals(force) && r.record().cipher().equals(cipher))
                .sorted(Comparator.comparingInt(r -> r.record().version())).toList();
    }

    @Override
    public Map<Cipher, SealedIdentity> latest(ForceCode force) {
        return rows.stream().filter(r -> r.record().force().equals(force))
                .collect(Collectors.toMap(r -> r.record().cipher(), Function.identity(),
                        (a, b) -> a.record().version() > b.record().version() ? a : b, TreeMap::new));
    }

    @Override
    public void insert(List<SealedIdentity> versions) {
        for (SealedIdentity version : versions) {
            if (!versions(version.record().force(), version.record().cipher()).stream()
                    .filter(r -> r.record().version() == version.record().version()).toList().isEmpty()) {
                throw new IllegalStateException("duplicate version " + version.record().label());
            }
        }
        onCommit(() -> rows.addAll(versions));
    }

    @Override
    public List<SealedIdentity> all() {
        return List.copyOf(rows);
    }

    @Override
    public int reseal(List<SealedIdentity> resealed) {
        onCommit(() -> {
            for (SealedIdentity version : resealed) {
                IdentityRecord r = version.record();
                rows.replaceAll(row -> row.record().force().equals(r.force()) && row.record().cipher().equals(r.cipher())
                        && row.record().version() == r.version() ? version : row);
            }
        });
        return resealed.size();
    }

    @Override
    public void recordRekey(Instant at, String by, String keyId, int records) {
        onCommit(() -> rekeys.add(by + " " + keyId + " " + records));
    }

    @Override
    public long recordAccess(IdentityAccess access) {
        long id = nextAccessId++;
        onCommit(() -> accesses.add(new IdentityAccess(id, access.force(), access.cipher(), access.version(),
                access.accessedBy(), access.role(), access.accessedAt(), access.reason(), access.outcome())));
        return id;
    }

    @Override
    public List<IdentityAccess> accesses(ForceCode force, Cipher cipher, int limit) {
        return accesses.reversed().stream().filter(a -> force == null || a.force().equals(force))
                .filter(a -> cipher == null || a.cipher().equals(cipher)).limit(limit).toList();
    }

    @Override
    public Map<String, Long> versionsByKey() {
        return rows.stream().collect(Collectors.groupingBy(r -> r.record().keyId(), TreeMap::new, Collectors.counting()));
    }

    @Override
    public long officersWithIdentity() {
        return rows.stream().map(r -> r.record().force() + "/" + r.record().cipher()).distinct().count();
    }
}
