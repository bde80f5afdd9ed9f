package uk.arcs.capability;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;

/**
 * Which officers are deployed between forces under mutual aid at an instant. The mutual aid module keeps
 * the ledger; the picture uses it so that a lent officer counts for the force that receives them, shown
 * apart from its own officers, and stops counting for the force that lent them.
 */
public interface AidLedger {

    /** Officers of {@code force} deployed to other forces at {@code at}, as known at {@code knownAt}. */
    Set<Cipher> lentOut(ForceCode force, Instant at, Instant knownAt);

    /** Officers of other forces deployed to {@code force} at {@code at}, as known at {@code knownAt}. */
    List<AidOfficer> received(ForceCode force, Instant at, Instant knownAt);

    /**
     * An officer on loan. {@code counterTerrorism}: the request was for counter-terrorism work and the donor
     * released the officer for it; only such officers may fill counter-terrorism requirements.
     */
    record AidOfficer(ForceCode donor, Cipher cipher, boolean counterTerrorism) {
    }

    AidLedger NONE = new AidLedger() {
        @Override
        public Set<Cipher> lentOut(ForceCode force, Instant at, Instant knownAt) {
            return Set.of();
        }

        @Override
        public List<AidOfficer> received(ForceCode force, Instant at, Instant knownAt) {
            return List.of();
        }
    };
}
