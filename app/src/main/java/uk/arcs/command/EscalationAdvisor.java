package uk.arcs.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.military.MilitaryService;
import uk.arcs.military.MilitaryState;
import uk.arcs.mutualaid.MutualAidRequest;
import uk.arcs.mutualaid.MutualAidService;

/**
 * Advice from the picture, by named rules, in ladder order: the force's own measures first, then mutual aid
 * for gaps other than counter-terrorism, then military standby for a counter-terrorism gap no policing
 * response can fill; and back down in reverse order (military first, then mutual aid) once the force has
 * met its posture with its own officers for {@code standDownAfter}.
 */
public final class EscalationAdvisor {

    static final Duration SAMPLE = Duration.ofMinutes(30);

    private final CapabilityService capability;
    private final MutualAidService mutualAid;
    private final MilitaryService military;
    private final ForceDirectory forces;
    private final Duration standDownAfter;
    private final PlannedShortfall plannedShortfall;

    public EscalationAdvisor(CapabilityService capability, MutualAidService mutualAid, MilitaryService military,
                             ForceDirectory forces, Duration standDownAfter) {
        this(capability, mutualAid, military, forces, standDownAfter, PlannedShortfall.NONE);
    }

    public EscalationAdvisor(CapabilityService capability, MutualAidService mutualAid, MilitaryService military,
                             ForceDirectory forces, Duration standDownAfter, PlannedShortfall plannedShortfall) {
        if (standDownAfter.isNegative() || standDownAfter.isZero()) {
            throw new IllegalArgumentException("stand-down period must be positive");
        }
        this.capability = capability;
        this.mutualAid = mutualAid;
        this.military = military;
        this.forces = forces;
        this.standDownAfter = standDownAfter;
        this.plannedShortfall = plannedShortfall;
    }

    public Escalation escalation(ForceCode force, Instant at, Instant knownAt) {
        forces.require(force);
        return escalation(capability.picture(force, at, knownAt));
    }

    /** The ladder at the picture's instant as known at its {@code knownAt}, for a caller that has the picture already. */
    public Escalation escalation(CapabilityPicture picture) {
        ForceCode force = ForceCode.of(picture.force());
        Instant at = picture.at();
        Instant knownAt = picture.knownAt();
        MilitaryState state = military.stateAt(force, at, knownAt);
        List<MutualAidRequest> requests = mutualAid.requests(new MutualAidService.Viewer(MutualAidService.COORDINATOR,
                null), at, knownAt).stream().filter(r -> r.requester().equals(force)).toList();
        List<Advice> advice = new ArrayList<>(climbing(picture, state, requests, at));
        coverThePlannedShortfall(force, at, advice);
        standDownMilitaryFirst(force, at, knownAt, state, advice);
        thenStandDownMutualAid(force, at, knownAt, picture, state, advice);
        if (advice.isEmpty()) {
            advice.add(new Advice("HOLD", "PostureMet", "the force meets its posture with its own officers",
                    Map.of("officersAvailable", picture.arv().officersAvailable())));
        }
        return new Escalation(force.value(), picture.at(), picture.knownAt(),
                new Escalation.Military(state.name(), state.since(),
                        state instanceof MilitaryState.Activated activated ? activated.incident() : null),
                new Escalation.MutualAid(picture.mutualAid().officersDeployed(), requests.stream()
                        .map(r -> new Escalation.Request(r.id(), r.accreditation(), r.officers(), r.from(), r.until(),
                                r.counterTerrorism(), r.open(), r.officersOffered(), r.officersDeployedAt(at),
                                r.asked().stream().map(ForceCode::value).toList(),
                                r.declines().stream().map(d -> d.donor().value()).toList()))
                        .toList()),
                advice);
    }

    /**
     * The rules that climb the ladder, applied to any picture (a live one or a what-if): own measures, mutual
     * aid for gaps other than counter-terrorism that open requests do not cover, military standby for a
     * counter-terrorism gap.
     */
    public static List<Advice> climbing(CapabilityPicture picture, MilitaryState state, List<MutualAidRequest> requests,
                                        Instant at) {
        List<Advice> advice = new ArrayList<>();
        ownMeasuresFirst(picture, advice);
        redeployInstructorsAndSfos(picture, advice);
        mutualAidForNonCounterTerrorismGaps(picture, requests, at, advice);
        militaryStandbyForCounterTerrorismGap(picture, state, advice);
        return advice;
    }

    /** Rest-day working: officers who hold the accreditation but are off shift can be called in. */
    private static void ownMeasuresFirst(CapabilityPicture picture, List<Advice> advice) {
        for (CapabilityPicture.Capability line : picture.capabilities()) {
            if (line.shortfall() > 0) {
                int offShift = line.authorised() - line.onDuty();
                if (offShift > 0) {
                    advice.add(new Advice("CALL_IN_REST_DAY_OFFICERS", "OwnMeasuresFirst", "the force is short of "
                            + line.shortfall() + " " + line.accreditation() + " officers this shift; " + offShift
                            + " authorised " + line.accreditation() + " officers are off shift and can be offered "
                            + "rest-day working or recalled", figures("shortfall", line.shortfall(), "offShift", offShift)));
                }
            }
        }
    }

    /** Instructors and SFOs can crew ARVs while the ARV posture is short. */
    private static void redeployInstructorsAndSfos(CapabilityPicture picture, List<Advice> advice) {
        if (picture.arv().carsShortfall() == 0) {
            return;
        }
        int instructors = line(picture, Accreditation.FIREARMS_INSTRUCTOR).authorised();
        int sfos = line(picture, Accreditation.SFO).available();
        if (instructors + sfos > 0) {
            advice.add(new Advice("REDEPLOY_INSTRUCTORS_AND_SFOS_TO_ARV", "OwnMeasuresFirst", picture.arv().carsAvailable()
                    + " of " + picture.arv().carsRequired() + " ARV cars; " + instructors + " authorised firearms "
                    + "instructors and " + sfos + " SFOs on duty could crew ARVs",
                    figures("carsShortfall", picture.arv().carsShortfall(), "instructors", instructors, "sfosOnDuty", sfos)));
        }
    }

    /** Gaps other than counter-terrorism that aid already on its way does not cover. */
    private static void mutualAidForNonCounterTerrorismGaps(CapabilityPicture picture, List<MutualAidRequest> requests,
                                                            Instant at, List<Advice> advice) {
        int arvGap = line(picture, Accreditation.ARV).shortfallAfterMutualAid();
        int siteGap = picture.sites().stream().filter(s -> !s.counterTerrorism())
                .mapToInt(CapabilityPicture.Site::shortfallAfterMutualAid).sum();
        int pending = requests.stream().filter(r -> r.open() && !r.counterTerrorism())
                .mapToInt(r -> Math.max(0, r.officers() - r.officersDeployedAt(at))).sum();
        int uncovered = arvGap + siteGap - pending;
        if (arvGap + siteGap > 0 && uncovered > 0) {
            advice.add(new Advice("REQUEST_MUTUAL_AID", "MutualAidForNonCounterTerrorismGaps", "after own officers and "
                    + "mutual aid deployed, " + arvGap + " ARV posts and " + siteGap + " protected-site posts are "
                    + "unfilled; request " + uncovered + " officers through the national coordinator (open requests "
                    + "already cover " + pending + ")",
                    figures("arvShortfall", arvGap, "siteShortfall", siteGap, "alreadyRequested", pending)));
        }
    }

    /** The seats of this shift the latest deployment plan could not fill with the officers there are. */
    private void coverThePlannedShortfall(ForceCode force, Instant at, List<Advice> advice) {
        List<PlannedShortfall.UnfilledSeat> unfilled = plannedShortfall.unfilledAt(force, at);
        if (unfilled.isEmpty()) {
            return;
        }
        Map<String, Integer> byKind = new LinkedHashMap<>();
        unfilled.forEach(seat -> byKind.merge(seat.kind(), 1, Integer::sum));
        List<String> named = unfilled.stream().limit(10).map(PlannedShortfall.UnfilledSeat::seat).toList();
        advice.add(new Advice("COVER_PLANNED_SHORTFALL", "PlannedShortfall", "the latest deployment plan leaves "
                + unfilled.size() + " seats of this shift unfilled " + byKind + ": " + String.join(", ", named)
                + (unfilled.size() > named.size() ? ", ..." : "") + "; ask for mutual aid or rest-day working to fill them",
                byKind));
    }

    /** A counter-terrorism gap no policing response fills: military standby, used only for a specific incident. */
    private static void militaryStandbyForCounterTerrorismGap(CapabilityPicture picture, MilitaryState state,
                                                              List<Advice> advice) {
        int gap = picture.counterTerrorism().shortfallAfterMutualAid();
        if (gap == 0) {
            return;
        }
        Map<String, Integer> figures = figures("counterTerrorismRequired", picture.counterTerrorism().required(),
                "counterTerrorismAvailable", picture.counterTerrorism().available(),
                "mutualAidReleased", picture.counterTerrorism().mutualAid(), "shortfall", gap);
        switch (state) {
            case MilitaryState.None n -> advice.add(military("REQUEST_MILITARY_STANDBY", gap, figures));
            case MilitaryState.StoodDown s -> advice.add(military("REQUEST_MILITARY_STANDBY", gap, figures));
            case MilitaryState.Standby s -> advice.add(new Advice("KEEP_MILITARY_ON_STANDBY",
                    "MilitaryStandbyForCounterTerrorismGap", "counter-terrorism cover is short by " + gap
                    + "; the military stays on standby and is activated only against a specific incident with no "
                    + "policing response", figures));
            default -> {
            }
        }
    }

    private static Advice military(String step, int gap, Map<String, Integer> figures) {
        return new Advice(step, "MilitaryStandbyForCounterTerrorismGap", "counter-terrorism cover is short by " + gap
                + " with no mutual aid released for it; ask the Home Office to request military counter-terrorism "
                + "standby (contingency only, never routine policing)", figures);
    }

    private void standDownMilitaryFirst(ForceCode force, Instant at, Instant knownAt, MilitaryState state,
                                        List<Advice> advice) {
        if (!(state instanceof MilitaryState.Requested || state instanceof MilitaryState.Standby)) {
            return;
        }
        if (heldThroughout(force, at, knownAt, p -> p.counterTerrorism().shortfall() == 0)) {
            advice.add(new Advice("STAND_DOWN_MILITARY", "StandDownInReverseOrder", "the force's own officers have met "
                    + "the counter-terrorism requirement for the last " + standDownAfter.toHours()
                    + " hours; stand the military contingency down first",
                    figures("hoursMet", (int) standDownAfter.toHours())));
        }
    }

    private void thenStandDownMutualAid(ForceCode force, Instant at, Instant knownAt, CapabilityPicture picture,
                                        MilitaryState state, List<Advice> advice) {
        boolean militaryDown = state instanceof MilitaryState.None || state instanceof MilitaryState.StoodDown;
        if (picture.mutualAid().officersDeployed() == 0 || !militaryDown) {
            return;
        }
        if (heldThroughout(force, at, knownAt, CapabilityPicture::postureMet)) {
            advice.add(new Advice("STAND_DOWN_MUTUAL_AID", "StandDownInReverseOrder", "the force has met every "
                    + "requirement with its own officers for the last " + standDownAfter.toHours() + " hours; stand "
                    + "down the " + picture.mutualAid().officersDeployed() + " mutual aid officers",
                    figures("aidOfficersDeployed", picture.mutualAid().officersDeployed(),
                            "hoursMet", (int) standDownAfter.toHours())));
        }
    }

    private boolean heldThroughout(ForceCode force, Instant at, Instant knownAt,
                                   java.util.function.Predicate<CapabilityPicture> condition) {
        for (Instant t = at.minus(standDownAfter); !t.isAfter(at); t = t.plus(SAMPLE)) {
            if (!condition.test(capability.picture(force, t, knownAt))) {
                return false;
            }
        }
        return true;
    }

    private static CapabilityPicture.Capability line(CapabilityPicture picture, Accreditation accreditation) {
        return picture.capabilities().stream().filter(c -> c.accreditation() == accreditation).findFirst().orElseThrow();
    }

    private static Map<String, Integer> figures(Object... pairs) {
        Map<String, Integer> figures = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            figures.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return figures;
    }
}
