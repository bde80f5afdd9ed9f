package uk.arcs.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.military.MilitaryState;
import uk.arcs.posture.ThreatLevel;

/**
 * The figures a report or statement stands on: a force's capability at {@code at}, as recorded by
 * {@code knownAt}, reduced to aggregates. Kept as they were when a report was issued or a statement drafted,
 * so what was said can always be set beside what it was based on. Holds no cipher and no officer.
 */
public record Figures(String force, String forceName, String zone, Instant at, Instant knownAt, String shift,
                      Officers officers, List<Line> accreditations, Arv arv, Sites sites,
                      CounterTerrorism counterTerrorism, ThreatLevel threatLevel, boolean postureMet,
                      boolean postureMetWithMutualAid, MutualAid mutualAid, Military military) {

    public Figures {
        accreditations = List.copyOf(accreditations);
    }

    /** {@code total}: authorised, stepped back, suspended or lapsed. */
    public record Officers(int total, int authorised, int steppedBack, int suspended, int lapsed) {
    }

    /** One accreditation: available (on duty, deployable) against what the posture requires. */
    public record Line(Accreditation accreditation, int authorised, int available, int required, int shortfall,
                       int mutualAid, int shortfallAfterMutualAid) {
    }

    /** {@code carsAvailable}: full crews of the force's own officers; {@code carsWithMutualAid}: with aid officers too. */
    public record Arv(int carsAvailable, int carsRequired, int carsWithMutualAid) {
    }

    /** Protected sites required, and how many of them are short of armed posts, before and after mutual aid. */
    public record Sites(int required, int withShortfall, int withShortfallAfterMutualAid) {
    }

    public record CounterTerrorism(int required, int available, int shortfall, int shortfallAfterMutualAid) {
    }

    /** Officers of other forces deployed to this one, in all and by lending force. */
    public record MutualAid(int officers, Map<String, Integer> byDonor) {
        public MutualAid {
            byDonor = java.util.Collections.unmodifiableMap(new TreeMap<>(byDonor));
        }
    }

    /** The military counter-terrorism contingency: NONE, REQUESTED, STANDBY, ACTIVATED or STOOD_DOWN, and since when. */
    public record Military(String state, Instant since) {
    }

    public static Figures of(Force force, CapabilityPicture picture, MilitaryState military) {
        List<Line> lines = picture.capabilities().stream()
                .filter(c -> c.authorised() > 0 || c.required() > 0)
                .map(c -> new Line(c.accreditation(), c.authorised(), c.available(), c.required(), c.shortfall(),
                        c.mutualAid(), c.shortfallAfterMutualAid()))
                .toList();
        CapabilityPicture.Officers o = picture.officers();
        return new Figures(force.code().value(), force.name(), force.zone().getId(), picture.at(), picture.knownAt(),
                picture.shift() == null ? null : picture.shift().name(),
                new Officers(o.total(), o.authorised(), o.steppedBack(), o.suspended(), o.lapsed()), lines,
                new Arv(picture.arv().carsAvailable(), picture.arv().carsRequired(), picture.arv().carsWithMutualAid()),
                new Sites(picture.sites().size(),
                        (int) picture.sites().stream().filter(s -> s.shortfall() > 0).count(),
                        (int) picture.sites().stream().filter(s -> s.shortfallAfterMutualAid() > 0).count()),
                new CounterTerrorism(picture.counterTerrorism().required(), picture.counterTerrorism().available(),
                        picture.counterTerrorism().shortfall(), picture.counterTerrorism().shortfallAfterMutualAid()),
                picture.threatLevel(), picture.postureMet(), picture.postureMetWithMutualAid(),
                new MutualAid(picture.mutualAid().officersDeployed(), picture.mutualAid().byDonor()),
                new Military(military.name(), military.since()));
    }
}
