package uk.arcs.capability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ShiftInstance;
import uk.arcs.officer.Absence;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.OfficerStates;
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

    private static final int ACCREDITATION_SETS = 1 << Accreditation.values().length;

    private CapabilityCalculator() {
    }

    public static CapabilityPicture compute(Force force, Posture posture, Instant at, Instant knownAt,
                                            List<OfficerStatus> statuses) {
        return compute(force, posture, at, knownAt, statuses, Set.of(), List.of());
    }

    public static CapabilityPicture compute(Force force, Posture posture, Instant at, Instant knownAt,
                                            List<OfficerStatus> statuses, Set<Cipher> lentOut, List<AidStatus> aid) {
        OfficerStates states = OfficerStates.of(statuses);
        Optional<ShiftInstance> shift = force.shiftPattern().shiftAt(at, force.zone());
        int total = 0, authorised = 0, steppedBack = 0, suspended = 0, lapsed = 0, withdrawn = 0, onLoan = 0;
        // Officers are counted by the set of accreditations they hold in date (its bits: bit n for ordinal n), then
        // the counts are spread over the accreditations once: one count per officer, not one per accreditation.
        int[] authorisedBySet = new int[ACCREDITATION_SETS];
        int[] onDutyBySet = new int[ACCREDITATION_SETS];
        int[] availableBySet = new int[ACCREDITATION_SETS];
        int[] steppedBackBySet = new int[ACCREDITATION_SETS];
        boolean[] teamOnShift = teamsOnShift(force, shift);
        int[] available = new int[states.size()];
        int availableCount = 0;
        for (int i = 0; i < states.size(); i++) {
            AuthorisationStatus status = states.status(i);
            switch (status) {
                case AUTHORISED -> authorised++;
                case STEPPED_BACK -> steppedBack++;
                case SUSPENDED -> suspended++;
                case LAPSED -> lapsed++;
                case WITHDRAWN -> withdrawn++;
                case NOT_AUTHORISED -> {
                }
            }
            boolean lent = !lentOut.isEmpty() && lentOut.contains(states.officer(i).cipher());
            if (status.countsAsFirearmsOfficer()) {
                total++;
                if (lent) {
                    onLoan++;
                }
            }
            int valid = states.validAccreditationBits(i);
            if (status == AuthorisationStatus.STEPPED_BACK) {
                steppedBackBySet[valid]++;
            }
            if (status != AuthorisationStatus.AUTHORISED) {
                continue;
            }
            int team = states.team(i);
            Absence absence = states.absence(i);
            boolean onDuty = !lent && shift.isPresent() && team != 0
                    && (team < teamOnShift.length ? teamOnShift[team] : force.shiftPattern().works(team, shift.get()))
                    && !absence.keepsOffDuty();
            boolean deployable = onDuty && absence != Absence.RESTRICTED;
            authorisedBySet[valid]++;
            if (onDuty) {
                onDutyBySet[valid]++;
            }
            if (deployable) {
                availableBySet[valid]++;
                available[availableCount++] = i;
            }
        }
        // By accreditation ordinal: authorised, on duty, available, mutual aid, stepped back.
        int[][] counts = new int[Accreditation.values().length][5];
        for (int set = 1; set < ACCREDITATION_SETS; set++) {
            if (authorisedBySet[set] == 0 && steppedBackBySet[set] == 0) {
                continue;
            }
            for (int bits = set; bits != 0; bits &= bits - 1) {
                int[] c = counts[Integer.numberOfTrailingZeros(bits)];
                c[0] += authorisedBySet[set];
                c[1] += onDutyBySet[set];
                c[2] += availableBySet[set];
                c[4] += steppedBackBySet[set];
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

        Pool own = Pool.own(states, available, availableCount);
        Pool lent = Pool.lent(aidAvailable);
        Map<Accreditation, Integer> required = new EnumMap<>(Accreditation.class);
        Map<Accreditation, Integer> shortfall = new EnumMap<>(Accreditation.class);
        Map<Accreditation, Integer> shortfallAfterAid = new EnumMap<>(Accreditation.class);

        int ctRequired = posture.counterTerrorismRequired();
        int ctOwn = own.count(Accreditation.CTSFO, Pool.ANY_UNIT, Eligible.ANYONE);
        own.assign(Accreditation.CTSFO, Pool.ANY_UNIT, Eligible.ANYONE, ctRequired);
        int ctShort = Math.max(0, ctRequired - ctOwn);
        int ctAid = lent.count(Accreditation.CTSFO, Pool.ANY_UNIT, Eligible.RELEASED_FOR_COUNTER_TERRORISM);
        lent.assign(Accreditation.CTSFO, Pool.ANY_UNIT, Eligible.RELEASED_FOR_COUNTER_TERRORISM, ctShort);
        int ctShortAfterAid = Math.max(0, ctShort - ctAid);
        add(required, Accreditation.CTSFO, ctRequired);
        add(shortfall, Accreditation.CTSFO, ctShort);
        add(shortfallAfterAid, Accreditation.CTSFO, ctShortAfterAid);

        int crew = posture.crewSize();
        int carsRequired = posture.arvCarsRequired();
        int arvRequired = carsRequired * crew;
        int arvOwn = own.count(Accreditation.ARV, Pool.ANY_UNIT, Eligible.ANYONE);
        own.assign(Accreditation.ARV, Pool.ANY_UNIT, Eligible.ANYONE, arvRequired);
        int arvShort = Math.max(0, arvRequired - arvOwn);
        int arvAid = lent.count(Accreditation.ARV, Pool.ANY_UNIT, Eligible.ANYONE);
        lent.assign(Accreditation.ARV, Pool.ANY_UNIT, Eligible.ANYONE, arvShort);
        add(required, Accreditation.ARV, arvRequired);
        add(shortfall, Accreditation.ARV, arvShort);
        add(shortfallAfterAid, Accreditation.ARV, Math.max(0, arvShort - arvAid));

        List<CapabilityPicture.Site> sites = new ArrayList<>();
        for (SiteRequirement site : posture.sitesRequired()) {
            int unit = site.unit() == null ? Pool.ANY_UNIT : states.unitNumber(site.unit());
            int taken = own.assign(site.accreditation(), unit, Eligible.ANYONE, site.posts());
            int siteShort = site.posts() - taken;
            int aidTaken = lent.assign(site.accreditation(), Pool.ANY_UNIT,
                    site.counterTerrorism() ? Eligible.RELEASED_FOR_COUNTER_TERRORISM : Eligible.ANYONE, siteShort);
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

    /** Who may fill a requirement, besides holding its accreditation. */
    private enum Eligible {
        ANYONE,
        /** Officers lent by another force only if it released them for counter-terrorism work. */
        RELEASED_FOR_COUNTER_TERRORISM
    }

    /**
     * Officers not yet assigned to a requirement. Each requirement passes over the whole pool, so what every
     * pass asks of an officer (accreditations, unit, whether released for counter-terrorism work) is held in
     * arrays.
     */
    private static final class Pool {
        /** The unit asked for when any unit will do; no officer's unit number is negative. */
        static final int ANY_UNIT = -2;

        /** Each officer's valid accreditations, as bits by ordinal. */
        private final int[] accreditations;
        private final int[] units;
        private final boolean[] releasedForCounterTerrorism;
        private final boolean[] assigned;

        private Pool(int[] accreditations, int[] units, boolean[] releasedForCounterTerrorism) {
            this.accreditations = accreditations;
            this.units = units;
            this.releasedForCounterTerrorism = releasedForCounterTerrorism;
            this.assigned = new boolean[accreditations.length];
        }

        /** The force's own available officers: {@code count} of them, at these places in {@code states}. */
        static Pool own(OfficerStates states, int[] places, int count) {
            int[] accreditations = new int[count];
            int[] units = new int[count];
            for (int j = 0; j < count; j++) {
                accreditations[j] = states.validAccreditationBits(places[j]);
                units[j] = states.unitNumber(places[j]);
            }
            return new Pool(accreditations, units, new boolean[count]);
        }

        /** Officers on loan from other forces; they fill requirements whatever their unit. */
        static Pool lent(List<AidStatus> aid) {
            int[] accreditations = new int[aid.size()];
            boolean[] released = new boolean[aid.size()];
            for (int j = 0; j < aid.size(); j++) {
                for (Accreditation accreditation : aid.get(j).status().validAccreditations()) {
                    accreditations[j] |= OfficerStates.bit(accreditation);
                }
                released[j] = aid.get(j).counterTerrorism();
            }
            return new Pool(accreditations, new int[aid.size()], released);
        }

        private boolean eligible(int i, int bit, int unit, Eligible who) {
            return !assigned[i] && (accreditations[i] & bit) != 0 && (unit == ANY_UNIT || unit == units[i])
                    && (who == Eligible.ANYONE || releasedForCounterTerrorism[i]);
        }

        /** Officers still free who hold the accreditation, belong to the unit (or {@link #ANY_UNIT}) and are {@code who}. */
        int count(Accreditation accreditation, int unit, Eligible who) {
            int bit = OfficerStates.bit(accreditation);
            int count = 0;
            for (int i = 0; i < accreditations.length; i++) {
                if (eligible(i, bit, unit, who)) {
                    count++;
                }
            }
            return count;
        }

        /** Assigns up to {@code wanted} of the officers {@link #count} counts; returns how many were assigned. */
        int assign(Accreditation accreditation, int unit, Eligible who, int wanted) {
            int bit = OfficerStates.bit(accreditation);
            int taken = 0;
            for (int i = 0; i < accreditations.length && taken < wanted; i++) {
                if (eligible(i, bit, unit, who)) {
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
