package uk.arcs.officer;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import uk.arcs.force.Accreditation;

/**
 * Sets of accreditations, each made once and shared by every status that holds it. A picture reads the sets
 * of thousands of statuses; a few dozen shared sets stay in the processor's cache where a copy per status
 * would not. They are unmodifiable, since every status that holds one shares it.
 */
final class AccreditationSets {

    private static final Accreditation[] ACCREDITATIONS = Accreditation.values();
    /** Every set there can be, by its bits: made up front, since a few hundred small sets cost little. */
    private static final Set<Accreditation>[] BY_BITS = allSets();

    @SuppressWarnings("unchecked")
    private static Set<Accreditation>[] allSets() {
        if (ACCREDITATIONS.length > 16) {
            throw new IllegalStateException("too many accreditations to make every set of them up front");
        }
        Set<Accreditation>[] sets = new Set[1 << ACCREDITATIONS.length];
        for (int bits = 0; bits < sets.length; bits++) {
            EnumSet<Accreditation> set = EnumSet.noneOf(Accreditation.class);
            for (Accreditation accreditation : ACCREDITATIONS) {
                if ((bits & bit(accreditation)) != 0) {
                    set.add(accreditation);
                }
            }
            sets[bits] = Collections.unmodifiableSet(set);
        }
        return sets;
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
        return BY_BITS[bits];
    }
}
