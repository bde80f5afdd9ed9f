package uk.arcs.capability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ShiftInstance;
import uk.arcs.officer.Absence;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.OfficerStatus;
import uk.arcs.posture.Posture;
import uk.arcs.posture.SiteRequirement;

/**
 * Derives the picture from officers' states and the posture. Available officers are assigned to
 * requirements once each, in a fixed order of precedence: counter-terrorism readiness first, then ARV
 * crews, then protected sites in the order they were required, so no officer is counted twice. The force's
 * own officers are assigned first; officers on loan from other forces then fill what is left, never a
 * counter-terrorism requirement unless they were released for counter-terrorism work.
 */
public final class CapabilityCalculator {

    private CapabilityCalculator() {
    }

    public static CapabilityPicture compute(Force force, Posture posture, Instant at, Instant knownAt,
                                            List<OfficerStatus> statuses) {
        return compute(force, posture, at, knownAt, statuses, Set.of(), List.of());
    }

    public static CapabilityPicture compute(Force force, Posture posture, Instant at, Instant knownAt,
                                            List<OfficerStatus> statuses, Set<Cipher> lentOut, List<AidStatus> aid) {
        Optional<ShiftInstance> shift = force.shiftPattern().shiftAt(at, force.zone());
        int total = 0, authorised = 0, steppedBack = 0, suspended = 0, lapsed = 0, withdrawn = 0, onLoan = 0;
        // By accreditation ordinal: authorised, on duty, available, mutual aid, stepped back.
        int[][] counts = new int[Accreditation.values().length][5];
        boolean[] teamOnShift = teamsOnShift(force, shift);
        List<OfficerStatus> available = new ArrayList<>();
        for (OfficerStatus status : statuses) {
            switch (status.status()) {
                case AUTHORISED -> authorised++;
                case STEPPED_BACK -> steppedBack++;
                case SUSPENDED -> suspended++;
                case LAPSED -> lapsed++;
                case WITHDRAWN -> withdrawn++;
                case NOT_AUTHORISED -> {
                }
            }
            boolean lent = !lentOut.isEmpty() && lentOut.contains(status.officer().cipher());
            if (status.isFirearmsOfficer()) {
                total++;
                if (lent) {
                    onLoan++;
                }
            }
            if (status.status() == AuthorisationStatus.STEPPED_BACK) {
                status.validAccreditations().forEach(accreditation -> counts[accreditation.ordinal()][4]++);
            }
            if (status.status() != AuthorisationStatus.AUTHORISED) {
                continue;
            }
            Integer team = status.officer().team();
            boolean onDuty = !lent && shift.isPresent() && team != null
                    && (team < teamOnShift.length ? teamOnShift[team] : force.shiftPattern().works(team, shift.get()))
                    && !status.absence().keepsOffDuty();
            boolean deployable = onDuty && status.absence() != Absence.RESTRICTED;
            for (Accreditation accreditation : status.validAccreditations()) {
                int[] c = counts[accreditation.ordinal()];
                c[0]++;
                if (onDuty) {
                    c[1]++;
                }
                if (deployable) {
                    c[2]++;
                }
            }
            if (deployable) {
                available.add(status);
            }
        }
        List<AidStatus> aidAvailable = aid.stream()
                .filter(a -> a.status().status() == AuthorisationStatus.AUTHORISED
                        && a.status().absence() == Absence.NONE)
                .toList();
        Map<String, Integer> byDonor = new TreeMap<>();
        aid.forEach(a -> byDonor.merge(a.donor().value(), 1, Integer::sum));
        for (AidStatus a : aidAvailable) {
            a.status().validAccreditations().forEach(accreditation -> counts[accreditation.ordinal()][3]++);
        }

        Pool own = new Pool(available);
        Pool lent = new Pool(aidAvailable.stream().map(AidStatus::status).toList());
        Predicate<OfficerStatus> releasedForCounterTerrorism = s -> aidAvailable.stream()
                .anyMatch(a -> a.status() == s && a.counterTerrorism());
        Map<Accreditation, Integer> required = new EnumMap<>(Accreditation.class);
        Map<Accreditation, Integer> shortfall = new EnumMap<>(Accreditation.class);
        Map<Accreditation, Integer> shortfallAfterAid = new EnumMap<>(Accreditation.class);

        int ctRequired = posture.counterTerrorismRequired();
        int ctOwn = own.count(Accreditation.CTSFO, null, Pool.ANYONE);
        own.assign(Accreditation.CTSFO, null, Pool.ANYONE, ctRequired);
        int ctShort = Math.max(0, ctRequired - ctOwn);
        int ctAid = lent.count(Accreditation.CTSFO, null, releasedForCounterTerrorism);
        lent.assign(Accreditation.CTSFO, null, releasedForCounterTerrorism, ctShort);
        int ctShortAfterAid = Math.max(0, ctShort - ctAid);
        add(required, Accreditation.CTSFO, ctRequired);
        add(shortfall, Accreditation.CTSFO, ctShort);
        add(shortfallAfterAid, Accreditation.CTSFO, ctShortAfterAid);

        int crew = posture.crewSize();
        int carsRequired = posture.arvCarsRequired();
        int arvRequired = carsRequired * crew;
        int arvOwn = own.count(Accreditation.ARV, null, Pool.ANYONE);
        own.assign(Accreditation.ARV, null, Pool.ANYONE, arvRequired);
        int arvShort = Math.max(0, arvRequired - arvOwn);
        int arvAid = lent.count(Accreditation.ARV, null, Pool.ANYONE);
        lent.assign(Accreditation.ARV, null, Pool.ANYONE, arvShort);
        add(required, Accreditation.ARV, arvRequired);
        add(shortfall, Accreditation.ARV, arvShort);
        add(shortfallAfterAid, Accreditation.ARV, Math.max(0, arvShort - arvAid));

        List<CapabilityPicture.Site> sites = new ArrayList<>();
        for (SiteRequirement site : posture.sitesRequired()) {
            int taken = own.assign(site.accreditation(), site.unit(), Pool.ANYONE, site.posts());
            int siteShort = site.posts() - taken;
            Predicate<OfficerStatus> mayFill = site.counterTerrorism() ? releasedForCounterTerrorism : Pool.ANYONE;
            int aidTaken = lent.assign(site.accreditation(), null, mayFill, siteShort);
            sites.add(new CapabilityPicture.Site(site.site(), site.name(), site.accreditation(), site.unit(),
                    site.posts(), taken, siteShort, site.counterTerrorism(), aidTaken, siteShort - aidTaken));
            add(required, site.accreditation(), site.posts());
            add(shortfall, site.accreditation(), siteShort);
            add(shortfallAfterAid, site.accreditation(), siteShort - aidTaken);
        }

        List<CapabilityPicture.Capability> capabilities = new ArrayList<>();
        for (Accreditation accreditation : Accreditation.values()) {
            int[] c = counts[accreditation.ordinal()];
            capabilities.add(new CapabilityPicture.Capability(accreditation, c[0], c[1], c[2],
                    required.getOrDefault(accreditation, 0), shortfall.getOrDefault(accreditation, 0), c[3],
                    shortfallAfterAid.getOrDefault(accreditation, 0), c[4]));
        }
        boolean met = shortfall.values().stream().allMatch(s -> s == 0);
        boolean metWithAid = shortfallAfterAid.values().stream().allMatch(s -> s == 0);
        int carsAvailable = arvOwn / crew;
        return new CapabilityPicture(force.code().value(), at, knownAt,
                shift.map(s -> new CapabilityPicture.Shift(s.name(), s.start(), s.end())).orElse(null),
                posture.threatLevel(), posture.upliftPercentNow(),
                new CapabilityPicture.Officers(total, authorised, steppedBack, suspended, lapsed, withdrawn, onLoan),
                capabilities,
                new CapabilityPicture.Arv(carsRequired, carsAvailable, crew, Math.max(0, carsRequired - carsAvailable),
                        arvRequired, arvOwn, arvAid, (arvOwn + arvAid) / crew),
                sites, new CapabilityPicture.CounterTerrorism(ctRequired, ctOwn, ctShort, ctAid, ctShortAfterAid),
                new CapabilityPicture.MutualAid(aid.size(), byDonor), met, metWithAid);
    }

    /**
     * Whether each team (by number) works the shift: worked out once per picture rather than once per officer,
     * since a force has thousands of officers and a handful of teams.
     */
    private static boolean[] teamsOnShift(Force force, Optional<ShiftInstance> shift) {
        boolean[] onShift = new boolean[force.shiftPattern().teams() + 1];
        shift.ifPresent(s -> {
            for (int team = 1; team < onShift.length; team++) {
                onShift[team] = force.shiftPattern().works(team, s);
            }
        });
        return onShift;
    }

    /**
     * Officers not yet assigned to a requirement. Each requirement passes over the whole pool, so what every
     * pass asks of an officer (accreditations and unit) is read from the statuses once, into arrays.
     */
    private static final class Pool {
        /** The rule that lets any officer with the accreditation (and unit) fill the requirement. */
        static final Predicate<OfficerStatus> ANYONE = s -> true;

        private final List<OfficerStatus> officers;
        /** Each officer's valid accreditations, as bits by ordinal. */
        private final long[] accreditations;
        private final String[] units;
        private final boolean[] assigned;

        Pool(List<OfficerStatus> officers) {
            this.officers = officers;
            this.accreditations = new long[officers.size()];
            this.units = new String[officers.size()];
            this.assigned = new boolean[officers.size()];
            for (int i = 0; i < officers.size(); i++) {
                for (Accreditation accreditation : officers.get(i).validAccreditations()) {
                    accreditations[i] |= 1L << accreditation.ordinal();
                }
                units[i] = officers.get(i).officer().unit();
            }
        }

        private boolean eligible(int i, Accreditation accreditation, String unit, Predicate<OfficerStatus> rule) {
            return !assigned[i] && (accreditations[i] & 1L << accreditation.ordinal()) != 0
                    && (unit == null || unit.equals(units[i])) && (rule == ANYONE || rule.test(officers.get(i)));
        }

        int count(Accreditation accreditation, String unit, Predicate<OfficerStatus> rule) {
            int count = 0;
            for (int i = 0; i < officers.size(); i++) {
                if (eligible(i, accreditation, unit, rule)) {
                    count++;
                }
            }
            return count;
        }

        /** Assigns up to {@code wanted} eligible officers; returns how many were assigned. */
        int assign(Accreditation accreditation, String unit, Predicate<OfficerStatus> rule, int wanted) {
            int taken = 0;
            for (int i = 0; i < officers.size() && taken < wanted; i++) {
                if (eligible(i, accreditation, unit, rule)) {
                    assigned[i] = true;
                    taken++;
                }
            }
            return taken;
        }
    }

    private static void add(Map<Accreditation, Integer> totals, Accreditation accreditation, int value) {
        totals.merge(accreditation, value, Integer::sum);
    }
}
