package uk.arcs.officer;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import uk.arcs.force.Accreditation;

/**
 * Sets of accreditations, each made once and shared by every status that holds it. A picture reads the sets
 * of thousands of statuses; a few dozen shared sets stay in the processor's cache where a copy per status
 * would not. They are unmodifiable, since every status that holds one shares it.
 */
final class AccreditationSets {

    private static final ConcurrentMap<Integer, Set<Accreditation>> BY_BITS = new ConcurrentHashMap<>();

    static {
        if (Accreditation.values().length > Integer.SIZE) {
            throw new IllegalStateException("accreditation sets are keyed by the bits of an int");
        }
    }

    private AccreditationSets() {
    }

    static int bit(Accreditation accreditation) {
        return 1 << accreditation.ordinal();
    }

    /** The {@link #bit}s of the accreditations in {@code set}. */
    static int bits(Set<Accreditation> set) {
        int bits = 0;
        for (Accreditation accreditation : set) {
            bits |= bit(accreditation);
        }
        return bits;
    }

    /** The set of the accreditations whose {@link #bit}s are set. */
    static Set<Accreditation> of(int bits) {
        return BY_BITS.computeIfAbsent(bits, b -> {
            EnumSet<Accreditation> set = EnumSet.noneOf(Accreditation.class);
            for (Accreditation accreditation : Accreditation.values()) {
                if ((b & bit(accreditation)) != 0) {
                    set.add(accreditation);
                }
            }
            return Collections.unmodifiableSet(set);
        });
    }
}
