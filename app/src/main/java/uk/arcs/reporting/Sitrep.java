package uk.arcs.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.arcs.force.Accreditation;

/**
 * A situation report: a force's figures at {@code at} as recorded by {@code knownAt}, what changed in the 24 hours
 * before, the shortfalls, mutual aid, the military contingency, and the decisions taken since the last issued
 * report. {@code issue} is null for a report viewed but not issued. Holds no cipher and no officer list.
 */
public record Sitrep(String force, String forceName, String zone, Instant at, Instant knownAt, Issue issue, Since since,
                     Figures figures, Figures dayBefore, List<Change> changes, Movements movements,
                     List<Shortfall> shortfalls, MutualAid mutualAid, Military military, List<DecisionLine> decisions,
                     boolean decisionsWithheld) {

    public Sitrep {
        changes = List.copyOf(changes);
        shortfalls = List.copyOf(shortfalls);
        decisions = List.copyOf(decisions);
    }

    /** Number {@code number} of the force's issued reports, issued by {@code issuedBy} in {@code role}. */
    public record Issue(int number, Instant issuedAt, String issuedBy, String role) {
    }

    /**
     * Where "since the last report" starts: the {@code at} of the last report issued before this one
     * ({@code previousNumber}), or 24 hours before {@code at} when there was none.
     */
    public record Since(Integer previousNumber, Instant from) {
    }

    /** One figure 24 hours before {@code at} and at {@code at}. */
    public record Change(String figure, String label, int before, int now, int difference) {
        static Change of(String figure, String label, int before, int now) {
            return new Change(figure, label, before, now, now - before);
        }
    }

    /** Step-backs and returns that occurred in (from, to], as recorded by the report's {@code knownAt}. */
    public record Movements(Instant from, Instant to, int stepBacks, int returns) {
    }

    /** A requirement the force's own officers do not meet, and what is left after mutual aid. */
    public record Shortfall(String requirement, Accreditation accreditation, int required, int available, int shortfall,
                            int mutualAid, int shortfallAfterMutualAid) {
    }

    /**
     * {@code requests}: the force's requests open at {@code at}; officers of other forces deployed to it, and its own
     * officers on loan to others, in all and by force.
     */
    public record MutualAid(List<OpenRequest> requests, int officersDeployedIn, Map<String, Integer> deployedInByDonor,
                            int officersOnLoanOut, Map<String, Integer> onLoanOutByForce) {
        public MutualAid {
            requests = List.copyOf(requests);
            deployedInByDonor = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(deployedInByDonor));
            onLoanOutByForce = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(onLoanOutByForce));
        }
    }

    public record OpenRequest(long id, Accreditation accreditation, int officers, Instant from, Instant until,
                              boolean counterTerrorism, int officersOffered, int officersDeployed) {
    }

    public record Military(String state, Instant since, String incident) {
    }

    /** A logged decision, without its references; a cipher in the rationale is withheld. */
    public record DecisionLine(Instant at, String decision, String role, String decidedBy, String rationale) {
    }

    /** The same report without the decision log: what the press office may read. */
    public Sitrep withoutDecisions() {
        return new Sitrep(force, forceName, zone, at, knownAt, issue, since, figures, dayBefore, changes, movements,
                shortfalls, mutualAid, military, List.of(), true);
    }
}
