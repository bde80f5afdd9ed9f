package uk.arcs.forecast;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.ShiftInstance;
import uk.arcs.officer.AccreditationExpiry;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStatus;

/**
 * Projects requalification week by week. Places each week are the instructors authorised at its start times
 * the places each can teach, less any cancelled; accreditations are requalified earliest-due first (the
 * already lapsed before the newly due); whatever is not requalified by the end of the week it fell due in
 * has lapsed. Each week's lapses are applied to the shifts of its last day to show which requirements they
 * break: those short with the lapses and not without them.
 */
public final class RequalificationForecaster {

    public static final int WEEKS = 12;

    private final CapabilityService capability;
    private final OfficerRegistry officers;
    private final ForceDirectory forces;
    private final Clock clock;

    public RequalificationForecaster(CapabilityService capability, OfficerRegistry officers, ForceDirectory forces,
                                     Clock clock) {
        this.capability = capability;
        this.officers = officers;
        this.forces = forces;
        this.clock = clock;
    }

    public Requalification project(ForceCode code, Instant at, Instant knownAt, int placesPerInstructorPerWeek,
                                   Map<Integer, Integer> cancelledPlacesByWeek) {
        if (placesPerInstructorPerWeek < 0 || placesPerInstructorPerWeek > 100) {
            throw new IllegalArgumentException("placesPerInstructorPerWeek: between 0 and 100");
        }
        Force force = forces.require(code);
        Instant known = knownAt == null ? clock.instant() : knownAt;
        Instant now = at == null ? known : at;
        ZoneId zone = force.zone();
        LocalDate start = now.atZone(zone).toLocalDate();
        List<AccreditationExpiry> expiries = new ArrayList<>(officers.expiriesAt(code, now, known));
        expiries.sort(Comparator.comparing(AccreditationExpiry::validUntil));
        Deque<AccreditationExpiry> backlog = new ArrayDeque<>();
        Set<AccreditationExpiry> lapsed = new java.util.HashSet<>();
        int next = 0;
        List<Requalification.Week> weeks = new ArrayList<>();
        for (int w = 1; w <= WEEKS; w++) {
            LocalDate from = start.plusWeeks(w - 1);
            LocalDate to = from.plusDays(6);
            Instant weekStart = from.atStartOfDay(zone).toInstant();
            int instructors = (int) officers.statusesAt(code, weekStart.isBefore(now) ? now : weekStart, known).stream()
                    .filter(s -> s.status() == AuthorisationStatus.AUTHORISED
                            && s.validAccreditations().contains(Accreditation.FIREARMS_INSTRUCTOR))
                    .count();
            int cancelled = cancelledPlacesByWeek.getOrDefault(w, 0);
            int places = Math.max(0, instructors * placesPerInstructorPerWeek - cancelled);
            List<AccreditationExpiry> dueNow = new ArrayList<>();
            while (next < expiries.size() && !expiries.get(next).validUntil().isAfter(to)) {
                dueNow.add(expiries.get(next++));
            }
            int requalified = 0;
            while (requalified < places && !backlog.isEmpty()) {
                lapsed.remove(backlog.pollFirst());
                requalified++;
            }
            int lapsing = 0;
            for (AccreditationExpiry expiry : dueNow) {
                if (requalified < places) {
                    requalified++;
                } else {
                    backlog.addLast(expiry);
                    lapsed.add(expiry);
                    lapsing++;
                }
            }
            weeks.add(new Requalification.Week(w, from, to, instructors, cancelled, places, dueNow.size(), requalified,
                    lapsing, backlog.size(), broken(code, force, to, known, expiries.subList(0, next), lapsed)));
        }
        return new Requalification(code.value(), now, placesPerInstructorPerWeek, weeks);
    }

    /**
     * Requirements short in a shift of the week's last day with these lapses, and not short had everything
     * due by then been requalified.
     */
    private List<String> broken(ForceCode code, Force force, LocalDate day, Instant known, List<AccreditationExpiry> due,
                                Set<AccreditationExpiry> lapsed) {
        Map<Cipher, Set<Accreditation>> renewed = new HashMap<>();
        Map<Cipher, Set<Accreditation>> lost = new HashMap<>();
        for (AccreditationExpiry expiry : due) {
            (lapsed.contains(expiry) ? lost : renewed).computeIfAbsent(expiry.officer().cipher(),
                    c -> EnumSet.noneOf(Accreditation.class)).add(expiry.accreditation());
        }
        Map<Cipher, Set<Accreditation>> allRenewed = new HashMap<>(renewed);
        lost.forEach((cipher, roles) -> allRenewed.merge(cipher, roles, (a, b) -> {
            Set<Accreditation> both = EnumSet.copyOf(a);
            both.addAll(b);
            return both;
        }));
        Set<String> broken = new java.util.LinkedHashSet<>();
        for (ShiftInstance shift : force.shiftPattern().shiftsBetween(day, day.plusDays(1), force.zone())) {
            CapabilityService.Inputs inputs = capability.inputs(code, shift.start().plusSeconds(60), known);
            Map<String, Integer> withLapses = Forecaster.requirements(compute(inputs, renewed, lost));
            Map<String, Integer> allRequalified = Forecaster.requirements(compute(inputs, allRenewed, Map.of()));
            withLapses.forEach((name, shortfall) -> {
                if (shortfall > allRequalified.getOrDefault(name, 0)) {
                    broken.add(name);
                }
            });
        }
        return List.copyOf(broken);
    }

    private static CapabilityPicture compute(CapabilityService.Inputs inputs, Map<Cipher, Set<Accreditation>> renewed,
                                             Map<Cipher, Set<Accreditation>> lost) {
        List<OfficerStatus> adjusted = inputs.officers().stream().map(s -> adjust(s,
                renewed.getOrDefault(s.officer().cipher(), Set.of()), lost.getOrDefault(s.officer().cipher(), Set.of())))
                .toList();
        return CapabilityService.compute(new CapabilityService.Inputs(inputs.force(), inputs.posture(), inputs.at(),
                inputs.knownAt(), adjusted, inputs.lentOut(), inputs.aid()));
    }

    /** The officer with these accreditations requalified and those lapsed. */
    private static OfficerStatus adjust(OfficerStatus status, Set<Accreditation> renewed, Set<Accreditation> lost) {
        if (renewed.isEmpty() && lost.isEmpty()) {
            return status;
        }
        Set<Accreditation> valid = EnumSet.noneOf(Accreditation.class);
        valid.addAll(status.validAccreditations());
        valid.addAll(renewed);
        valid.removeAll(lost);
        Set<Accreditation> lapsed = EnumSet.noneOf(Accreditation.class);
        lapsed.addAll(status.lapsedAccreditations());
        lapsed.removeAll(renewed);
        lapsed.addAll(lost);
        AuthorisationStatus next = status.status();
        if (next == AuthorisationStatus.AUTHORISED && valid.isEmpty()) {
            next = AuthorisationStatus.LAPSED;
        } else if (next == AuthorisationStatus.LAPSED && !valid.isEmpty()) {
            next = AuthorisationStatus.AUTHORISED;
        }
        return new OfficerStatus(status.officer(), next, valid, lapsed, status.absence());
    }
}
