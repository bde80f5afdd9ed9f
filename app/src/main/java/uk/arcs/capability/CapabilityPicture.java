package uk.arcs.capability;

import java.time.Instant;
import java.util.List;
import uk.arcs.force.Accreditation;
import uk.arcs.posture.ThreatLevel;

/**
 * A force's armed capability at {@code at}, from what was recorded by {@code knownAt}: who may carry, who is
 * on duty and available, against the posture the shift requires.
 */
public record CapabilityPicture(String force, Instant at, Instant knownAt, Shift shift, ThreatLevel threatLevel,
                                int upliftPercent, Officers officers, List<Capability> capabilities, Arv arv,
                                List<Site> sites, CounterTerrorism counterTerrorism, boolean postureMet) {

    /** The shift in progress; null only if the force's pattern leaves the instant uncovered. */
    public record Shift(String name, Instant start, Instant end) {
    }

    /** {@code total}: firearms officers (authorised, stepped back, suspended or lapsed); withdrawn ones are apart. */
    public record Officers(int total, int authorised, int steppedBack, int suspended, int lapsed, int withdrawn) {
    }

    public record Capability(Accreditation accreditation, int authorised, int onDuty, int available, int required,
                             int shortfall) {
    }

    /** {@code carsAvailable}: how many full crews the available, on-duty ARV officers make. */
    public record Arv(int carsRequired, int carsAvailable, int crewSize, int carsShortfall, int officersRequired,
                      int officersAvailable) {
    }

    /** {@code available}: officers assigned to the site's posts (at most {@code required}; the pool is shared). */
    public record Site(String site, String name, Accreditation accreditation, String unit, int required, int available,
                       int shortfall, boolean counterTerrorism) {
    }

    public record CounterTerrorism(int required, int available, int shortfall) {
    }

    public int steppedBack() {
        return officers.steppedBack();
    }
}
