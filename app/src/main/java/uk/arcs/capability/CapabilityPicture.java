package uk.arcs.capability;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.arcs.force.Accreditation;
import uk.arcs.posture.ThreatLevel;

/**
 * A force's armed capability at {@code at}, from what was recorded by {@code knownAt}: who may carry, who is
 * on duty and available, against the posture the shift requires. Figures without "mutual aid" in their
 * name are the force's own officers; officers lent by other forces are shown apart, and the shortfalls
 * after them are given beside the force's own.
 */
public record CapabilityPicture(String force, Instant at, Instant knownAt, Shift shift, ThreatLevel threatLevel,
                                int upliftPercent, Officers officers, List<Capability> capabilities, Arv arv,
                                List<Site> sites, CounterTerrorism counterTerrorism, MutualAid mutualAid,
                                boolean postureMet, boolean postureMetWithMutualAid) {

    /** The shift in progress; null only if the force's pattern leaves the instant uncovered. */
    public record Shift(String name, Instant start, Instant end) {
    }

    /**
     * {@code total}: firearms officers (authorised, stepped back, suspended or lapsed); withdrawn ones are
     * apart. {@code onLoan}: the force's officers deployed to other forces, who do not count for it meanwhile.
     */
    public record Officers(int total, int authorised, int steppedBack, int suspended, int lapsed, int withdrawn,
                           int onLoan) {
    }

    /** {@code steppedBack}: the force's officers holding the accreditation in date who have stepped back. */
    public record Capability(Accreditation accreditation, int authorised, int onDuty, int available, int required,
                             int shortfall, int mutualAid, int shortfallAfterMutualAid, int steppedBack) {
    }

    /** {@code carsAvailable}: how many full crews the force's available, on-duty ARV officers make. */
    public record Arv(int carsRequired, int carsAvailable, int crewSize, int carsShortfall, int officersRequired,
                      int officersAvailable, int mutualAidOfficers, int carsWithMutualAid) {
    }

    /** {@code available}: own officers assigned to the site's posts (at most {@code required}; the pool is shared). */
    public record Site(String site, String name, Accreditation accreditation, String unit, int required, int available,
                       int shortfall, boolean counterTerrorism, int mutualAid, int shortfallAfterMutualAid) {
    }

    public record CounterTerrorism(int required, int available, int shortfall, int mutualAid,
                                   int shortfallAfterMutualAid) {
    }

    /** Officers of other forces deployed to this one at the instant, in all and by lending force. */
    public record MutualAid(int officersDeployed, Map<String, Integer> byDonor) {
    }

    public int steppedBack() {
        return officers.steppedBack();
    }
}
