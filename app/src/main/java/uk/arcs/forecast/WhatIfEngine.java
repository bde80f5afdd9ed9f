package uk.arcs.forecast;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.arcs.capability.AidStatus;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.command.Advice;
import uk.arcs.command.EscalationAdvisor;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.military.MilitaryService;
import uk.arcs.mutualaid.MutualAidRequest;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.officer.Absence;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerStatus;
import uk.arcs.posture.Posture;
import uk.arcs.posture.SiteRequirement;

/**
 * Applies a scenario's changes to the inputs of the picture, in memory only: nothing is recorded. The
 * officers a change affects are chosen once, at the scenario's instant, in turn from each rota team (then
 * those off the rota) and by cipher within a team, so that a scenario always means the same officers.
 */
public final class WhatIfEngine {

    static final ForceCode ASSUMED_DONOR = ForceCode.of("WHAT_IF");

    private final CapabilityService capability;
    private final MilitaryService military;
    private final MutualAidService mutualAid;
    private final RequalificationForecaster requalification;
    private final ForceDirectory forces;
    private final Clock clock;
    private final int placesPerInstructorPerWeek;
    private final ResponseTimes responseTimes;

    public WhatIfEngine(CapabilityService capability, MilitaryService military, MutualAidService mutualAid,
                        RequalificationForecaster requalification, ForceDirectory forces, Clock clock,
                        int placesPerInstructorPerWeek, ResponseTimes responseTimes) {
        this.responseTimes = responseTimes;
        this.capability = capability;
        this.military = military;
        this.mutualAid = mutualAid;
        this.requalification = requalification;
        this.forces = forces;
        this.clock = clock;
        this.placesPerInstructorPerWeek = placesPerInstructorPerWeek;
    }

    public WhatIfResult run(ForceCode code, String name, Instant at, List<WhatIfChange> changes) {
        Force force = forces.require(code);
        Instant known = clock.instant();
        Instant when = at == null ? known : at;
        if (changes == null || changes.isEmpty()) {
            throw new IllegalArgumentException("changes: a scenario makes at least one change");
        }
        Map<Cipher, AuthorisationStatus> moved = chooseOfficers(capability.inputs(code, when, known).officers(), changes);
        List<Instant> probes = Forecaster.probes(force, when, 16).stream().limit(3).toList();
        List<WhatIfResult.Shift> shifts = new ArrayList<>();
        CapabilityPicture first = null;
        for (Instant probe : probes) {
            CapabilityService.Inputs recorded = capability.inputs(code, probe, known);
            CapabilityPicture changed = CapabilityService.compute(apply(recorded, moved, changes));
            if (first == null) {
                first = changed;
            }
            shifts.add(new WhatIfResult.Shift(probe, changed.shift() == null ? null : changed.shift().name(),
                    WhatIfResult.Summary.of(CapabilityService.compute(recorded)), WhatIfResult.Summary.of(changed)));
        }
        List<MutualAidRequest> requests = mutualAid.requests(new MutualAidService.Viewer(MutualAidService.COORDINATOR,
                null), when, known).stream().filter(r -> r.requester().equals(code)).toList();
        List<Advice> advice = EscalationAdvisor.climbing(first, military.stateAt(code, when, known), requests, when);
        Map<String, Integer> aidNeeded = new LinkedHashMap<>();
        for (CapabilityPicture.Capability line : first.capabilities()) {
            if (line.shortfallAfterMutualAid() > 0) {
                aidNeeded.put(line.accreditation().name(), line.shortfallAfterMutualAid());
            }
        }
        Map<Integer, Integer> cancelled = new TreeMap<>();
        changes.stream().filter(WhatIfChange.CancelTraining.class::isInstance).map(WhatIfChange.CancelTraining.class::cast)
                .forEach(c -> cancelled.merge(c.week(), c.places(), Integer::sum));
        Requalification training = cancelled.isEmpty() ? null
                : requalification.project(code, when, known, placesPerInstructorPerWeek, cancelled);
        WhatIfResult.Summary recordedNow = shifts.getFirst().recorded();
        WhatIfResult.Summary changedNow = shifts.getFirst().changed();
        ResponseTimes.Response recordedResponse = responseTimes.forCars(code, recordedNow.carsWithMutualAid()).orElse(null);
        ResponseTimes.Response changedResponse = responseTimes.forCars(code, changedNow.carsWithMutualAid()).orElse(null);
        WhatIfResult.ResponseComparison response = recordedResponse == null && changedResponse == null ? null
                : new WhatIfResult.ResponseComparison(recordedResponse, changedResponse);
        return new WhatIfResult(code.value(), name, when, changes.stream().map(WhatIfEngine::describe).toList(), shifts,
                advice, aidNeeded, training, response);
    }

    private static String describe(WhatIfChange change) {
        return switch (change) {
            case WhatIfChange.StepBack s -> s.officers() + " more " + s.accreditation() + " officers step back";
            case WhatIfChange.Return r -> r.officers() + " stepped-back " + r.accreditation() + " officers return";
            case WhatIfChange.ThreatLevelChange t -> "threat level " + t.level();
            case WhatIfChange.AddSite a -> a.name() + " needs " + a.posts() + " " + a.accreditation() + " posts a shift";
            case WhatIfChange.MutualAidArrives m -> m.officers() + " " + m.accreditation() + " officers arrive under mutual aid"
                    + (m.counterTerrorism() ? " (released for counter-terrorism)" : "");
            case WhatIfChange.CancelTraining c -> c.places() + " requalification places cancelled in week " + c.week();
        };
    }

    /** The officers whose authorisation the scenario changes, and their new status. */
    private static Map<Cipher, AuthorisationStatus> chooseOfficers(List<OfficerStatus> officers, List<WhatIfChange> changes) {
        Map<Cipher, AuthorisationStatus> moved = new LinkedHashMap<>();
        for (WhatIfChange change : changes) {
            if (change instanceof WhatIfChange.StepBack stepBack) {
                pick(officers, moved, stepBack.officers(), s -> current(s, moved) == AuthorisationStatus.AUTHORISED
                        && s.validAccreditations().contains(stepBack.accreditation()), AuthorisationStatus.STEPPED_BACK);
            } else if (change instanceof WhatIfChange.Return back) {
                pick(officers, moved, back.officers(), s -> current(s, moved) == AuthorisationStatus.STEPPED_BACK
                        && s.validAccreditations().contains(back.accreditation()), AuthorisationStatus.AUTHORISED);
            }
        }
        return moved;
    }

    private static AuthorisationStatus current(OfficerStatus status, Map<Cipher, AuthorisationStatus> moved) {
        return moved.getOrDefault(status.officer().cipher(), status.status());
    }

    private static void pick(List<OfficerStatus> officers, Map<Cipher, AuthorisationStatus> moved, int count,
                             java.util.function.Predicate<OfficerStatus> eligible, AuthorisationStatus to) {
        Map<Integer, List<OfficerStatus>> byTeam = new TreeMap<>();
        for (OfficerStatus status : officers) {
            if (eligible.test(status)) {
                byTeam.computeIfAbsent(status.officer().team() == null ? Integer.MAX_VALUE : status.officer().team(),
                        t -> new ArrayList<>()).add(status);
            }
        }
        int available = byTeam.values().stream().mapToInt(List::size).sum();
        if (available < count) {
            throw new IllegalArgumentException("officers: only " + available + " officers can make that change, not "
                    + count);
        }
        int taken = 0;
        for (int round = 0; taken < count; round++) {
            for (List<OfficerStatus> team : byTeam.values()) {
                if (round < team.size() && taken < count) {
                    moved.put(team.get(round).officer().cipher(), to);
                    taken++;
                }
            }
        }
    }

    private static CapabilityService.Inputs apply(CapabilityService.Inputs inputs, Map<Cipher, AuthorisationStatus> moved,
                                                  List<WhatIfChange> changes) {
        List<OfficerStatus> officers = inputs.officers().stream().map(s -> {
            AuthorisationStatus to = moved.get(s.officer().cipher());
            if (to == null || s.status() == AuthorisationStatus.WITHDRAWN || s.status() == AuthorisationStatus.SUSPENDED) {
                return s;
            }
            AuthorisationStatus next = to == AuthorisationStatus.AUTHORISED && s.validAccreditations().isEmpty()
                    ? AuthorisationStatus.LAPSED : to;
            return new OfficerStatus(s.officer(), next, s.validAccreditations(), s.lapsedAccreditations(), s.absence());
        }).toList();
        Posture posture = inputs.posture();
        List<AidStatus> aid = new ArrayList<>(inputs.aid());
        int assumed = 0;
        for (WhatIfChange change : changes) {
            switch (change) {
                case WhatIfChange.ThreatLevelChange t -> posture = new Posture(t.level(), posture.upliftPercent(),
                        posture.baseArvCars(), posture.crewSize(), posture.baseSites(), posture.baseCounterTerrorism());
                case WhatIfChange.AddSite a -> {
                    List<SiteRequirement> sites = new ArrayList<>(posture.baseSites());
                    sites.add(new SiteRequirement(a.site(), a.name(), a.accreditation(), a.posts(), false, a.unit()));
                    posture = new Posture(posture.threatLevel(), posture.upliftPercent(), posture.baseArvCars(),
                            posture.crewSize(), sites, posture.baseCounterTerrorism());
                }
                case WhatIfChange.MutualAidArrives m -> {
                    for (int i = 0; i < m.officers(); i++) {
                        Officer officer = new Officer(ASSUMED_DONOR, new Cipher("WHATIF" + (++assumed)), "MUTUAL_AID", null);
                        Set<Accreditation> held = EnumSet.of(m.accreditation());
                        aid.add(new AidStatus(ASSUMED_DONOR, new OfficerStatus(officer, AuthorisationStatus.AUTHORISED,
                                held, EnumSet.noneOf(Accreditation.class), Absence.NONE), m.counterTerrorism()));
                    }
                }
                default -> {
                }
            }
        }
        return new CapabilityService.Inputs(inputs.force(), posture, inputs.at(), inputs.knownAt(), officers,
                inputs.lentOut(), aid);
    }
}
