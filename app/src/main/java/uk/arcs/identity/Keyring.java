package uk.arcs.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vault's keys: the current one, which seals every new record, and older ones that still open records sealed
 * before a rotation until {@code ./arcs identity rekey} has re-sealed them. Without a current key the vault is
 * locked: it neither seals nor opens anything, and the rest of ARCS works as before.
 */
public final class Keyring {

    private final IdentityKey current;
    private final Map<String, IdentityKey> byId;

    private Keyring(IdentityKey current, Collection<IdentityKey> old) {
        this.current = current;
        Map<String, IdentityKey> keys = new LinkedHashMap<>();
        if (current != null) {
            keys.put(current.id(), current);
        }
        old.forEach(key -> keys.putIfAbsent(key.id(), key));
        this.byId = Map.copyOf(keys);
    }

    public static Keyring of(IdentityKey current, List<IdentityKey> old) {
        if (current == null) {
            throw new IllegalArgumentException("a keyring needs a current key; use Keyring.none() for none");
        }
        return new Keyring(current, old);
    }

    public static Keyring none() {
        return new Keyring(null, List.of());
    }

    public boolean unlocked() {
        return current != null;
    }

    /** The key that seals new records; refuses when the vault has none. */
    public IdentityKey current() {
        if (current == null) {
            throw new VaultLockedException();
        }
        return current;
    }

    public Optional<IdentityKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids of the keys kept only for reading. */
    public Set<String> oldKeyIds() {
        return byId.keySet().stream().filter(id -> current == null || !id.equals(current.id()))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public String toString() {
        return "Keyring[current=" + (current == null ? "none" : current.id()) + ", old=" + oldKeyIds() + "]";
    }
}
