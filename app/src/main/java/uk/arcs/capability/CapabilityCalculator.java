package uk.arcs.capability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ShiftInstance;
import uk.arcs.officer.Absence;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.OfficerStatus;
import uk.arcs.posture.Posture;
import uk.arcs.posture.SiteRequirement;

/**
 * Derives the picture from officers' states and the posture. Available officers are assigned to
 * requirements once each, in a fixed order of precedence: counter-terrorism readiness first, then ARV
 * crews, then protected sites in the order they were required, so no officer is counted twice.
 */
public final class CapabilityCalculator {

    private CapabilityCalculator() {
    }

    public static CapabilityPicture compute(Force force, Posture posture, Instant at, Instant knownAt,
                                            List<OfficerStatus> statuses) {
        Optional<ShiftInstance> shift = force.shiftPattern().shiftAt(at, force.zone());
        int total = 0, authorised = 0, steppedBack = 0, suspended = 0, lapsed = 0, withdrawn = 0;
        Map<Accreditation, int[]> counts = new EnumMap<>(Accreditation.class);
        for (Accreditation accreditation : Accreditation.values()) {
            counts.put(accreditation, new int[3]);
        }
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
            if (status.isFirearmsOfficer()) {
                total++;
            }
            if (status.status() != AuthorisationStatus.AUTHORISED) {
                continue;
            }
            boolean onDuty = shift.isPresent() && status.officer().team() != null
                    && force.shiftPattern().works(status.officer().team(), shift.get())
                    && !status.absence().keepsOffDuty();
            boolean deployable = onDuty && status.absence() != Absence.RESTRICTED;
            for (Accreditation accreditation : status.validAccreditations()) {
                int[] c = counts.get(accreditation);
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

        boolean[] assigned = new boolean[available.size()];
        Map<Accreditation, Integer> required = new EnumMap<>(Accreditation.class);
        Map<Accreditation, Integer> shortfall = new EnumMap<>(Accreditation.class);

        int ctRequired = posture.counterTerrorismRequired();
        int ctPool = pool(available, assigned, Accreditation.CTSFO, null);
        assign(available, assigned, Accreditation.CTSFO, null, ctRequired);
        int ctShortfall = Math.max(0, ctRequired - ctPool);
        add(required, Accreditation.CTSFO, ctRequired);
        add(shortfall, Accreditation.CTSFO, ctShortfall);

        int crew = posture.crewSize();
        int carsRequired = posture.arvCarsRequired();
        int arvOfficersRequired = carsRequired * crew;
        int arvPool = pool(available, assigned, Accreditation.ARV, null);
        assign(available, assigned, Accreditation.ARV, null, arvOfficersRequired);
        int carsAvailable = arvPool / crew;
        add(required, Accreditation.ARV, arvOfficersRequired);
        add(shortfall, Accreditation.ARV, Math.max(0, arvOfficersRequired - arvPool));

        List<CapabilityPicture.Site> sites = new ArrayList<>();
        for (SiteRequirement site : posture.sitesRequired()) {
            int taken = assign(available, assigned, site.accreditation(), site.unit(), site.posts());
            int siteShortfall = site.posts() - taken;
            sites.add(new CapabilityPicture.Site(site.site(), site.name(), site.accreditation(), site.unit(),
                    site.posts(), taken, siteShortfall, site.counterTerrorism()));
            add(required, site.accreditation(), site.posts());
            add(shortfall, site.accreditation(), siteShortfall);
        }

        List<CapabilityPicture.Capability> capabilities = new ArrayList<>();
        for (Accreditation accreditation : Accreditation.values()) {
            int[] c = counts.get(accreditation);
            capabilities.add(new CapabilityPicture.Capability(accreditation, c[0], c[1], c[2],
                    required.getOrDefault(accreditation, 0), shortfall.getOrDefault(accreditation, 0)));
        }
        boolean met = shortfall.values().stream().allMatch(s -> s == 0);
        return new CapabilityPicture(force.code().value(), at, knownAt,
                shift.map(s -> new CapabilityPicture.Shift(s.name(), s.start(), s.end())).orElse(null),
                posture.threatLevel(), posture.upliftPercentNow(),
                new CapabilityPicture.Officers(total, authorised, steppedBack, suspended, lapsed, withdrawn),
                capabilities,
                new CapabilityPicture.Arv(carsRequired, carsAvailable, crew, Math.max(0, carsRequired - carsAvailable),
                        arvOfficersRequired, arvPool),
                sites, new CapabilityPicture.CounterTerrorism(ctRequired, ctPool, ctShortfall), met);
    }

    private static boolean eligible(OfficerStatus status, Accreditation accreditation, String unit) {
        return status.validAccreditations().contains(accreditation)
                && (unit == null || unit.equals(status.officer().unit()));
    }

    private static int pool(List<OfficerStatus> available, boolean[] assigned, Accreditation accreditation, String unit) {
        int count = 0;
        for (int i = 0; i < available.size(); i++) {
            if (!assigned[i] && eligible(available.get(i), accreditation, unit)) {
                count++;
            }
        }
        return count;
    }

    /** Assigns up to {@code wanted} unassigned eligible officers; returns how many were assigned. */
    private static int assign(List<OfficerStatus> available, boolean[] assigned, Accreditation accreditation,
                              String unit, int wanted) {
        int taken = 0;
        for (int i = 0; i < available.size() && taken < wanted; i++) {
            if (!assigned[i] && eligible(available.get(i), accreditation, unit)) {
                assigned[i] = true;
                taken++;
            }
        }
        return taken;
    }

    private static void add(Map<Accreditation, Integer> totals, Accreditation accreditation, int value) {
        totals.merge(accreditation, value, Integer::sum);
    }
}
