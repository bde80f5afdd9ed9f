package uk.arcs.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.arcs.capability.AidLedger;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.ShiftInstance;
import uk.arcs.force.ShiftPattern;
import uk.arcs.officer.Absence;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStatus;
import uk.arcs.posture.Posture;
import uk.arcs.posture.PostureRegistry;
import uk.arcs.posture.SiteRequirement;

/**
 * Builds the planning problem for a force and a horizon from what ARCS has recorded: for every shift the
 * posture at its start gives the seats (counter-terrorism, ARV cars times crew, site posts, with the threat
 * uplift), and the officer log and the mutual aid ledger give who may fill them.
 *
 * <p>Own officers are candidates when they are authorised, hold the seat's accreditation in date, are on a rota
 * team, are neither absent (leave, sickness, restricted duties) nor lent to another force, and their team either
 * works that shift or rests that day (rest-day working, a soft cost). A site naming a unit is staffed by that
 * unit's own officers. Mutual-aid officers deployed to the force for the whole shift are candidates for any
 * seat of their accreditation, but for counter-terrorism work only when released for it. Military personnel are
 * not in the officer registry and never are candidates.
 */
public final class RosterProblemBuilder {

    public static final int MAX_DAYS = 14;
    private static final LocalTime NIGHT_FROM = LocalTime.of(20, 0);

    private final ForceDirectory forces;
    private final OfficerRegistry officers;
    private final PostureRegistry postures;
    private final AidLedger aid;
    private final PlannerSettings settings;

    public RosterProblemBuilder(ForceDirectory forces, OfficerRegistry officers, PostureRegistry postures, AidLedger aid,
                                PlannerSettings settings) {
        this.forces = forces;
        this.officers = officers;
        this.postures = postures;
        this.aid = aid;
        this.settings = settings;
    }

    /** The problem for {@code days} days from {@code from} (the force's dates), from what was recorded by {@code knownAt}. */
    public Roster build(ForceCode code, LocalDate from, int days, Instant knownAt) {
        if (from == null) {
            throw new IllegalArgumentException("from: a first day is needed, such as 2023-09-25");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days: the horizon is 1 to " + MAX_DAYS + " days, not " + days);
        }
        Force force = forces.require(code);
        ShiftPattern pattern = force.shiftPattern();
        List<ShiftInstance> instances = new ArrayList<>(pattern.shiftsBetween(from, from.plusDays(days), force.zone()));
        instances.sort(Comparator.comparing(ShiftInstance::start));

        Map<String, Candidate> byId = new LinkedHashMap<>();
        List<ShiftPlan> shifts = new ArrayList<>();
        for (int index = 0; index < instances.size(); index++) {
            ShiftInstance instance = instances.get(index);
            int day = (int) (instance.startDate().toEpochDay() - from.toEpochDay());
            ZonedDateTime localStart = instance.start().atZone(force.zone());
            boolean night = !localStart.toLocalTime().isBefore(NIGHT_FROM)
                    || instance.end().atZone(force.zone()).toLocalDate().isAfter(localStart.toLocalDate());
            DayOfWeek weekday = instance.startDate().getDayOfWeek();
            ShiftSlot slot = new ShiftSlot(index, instance.name(), instance.startDate(), day, instance.start(),
                    instance.end(), night, weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY);
            Posture posture = postures.postureAt(code, instance.start(), knownAt);
            List<Candidate> available = new ArrayList<>();
            ownOfficers(force, pattern, instance, slot, knownAt, byId, available);
            aidOfficers(code, instance, slot, knownAt, byId, available);
            shifts.add(new ShiftPlan(slot, seats(posture, slot), available));
        }
        if (byId.isEmpty()) {
            throw new IllegalArgumentException("force: " + code + " has no officers who can fill an armed seat from "
                    + from + " for " + days + " days (none authorised, accredited, on the rota and present, and no "
                    + "mutual aid deployed)");
        }
        Map<String, PlannedOfficer> planned = new LinkedHashMap<>();
        byId.forEach((id, candidate) -> planned.put(id, candidate.toPlanned()));
        List<SeatAssignment> assignments = new ArrayList<>();
        for (ShiftPlan shift : shifts) {
            Map<String, List<PlannedOfficer>> shared = new HashMap<>();
            for (Seat seat : shift.seats()) {
                String key = seat.accreditation() + "|" + seat.unit() + "|" + seat.counterTerrorism();
                List<PlannedOfficer> candidates = shared.computeIfAbsent(key, k -> shift.available().stream()
                        .filter(c -> c.eligibleFor(seat, shift.slot()))
                        .sorted(Comparator.comparingInt((Candidate c) -> c.preference(shift.slot())).thenComparing(c -> c.id))
                        .map(c -> planned.get(c.id)).toList());
                assignments.add(new SeatAssignment(seat, candidates));
            }
        }
        return new Roster(code.value(), from, days, List.copyOf(planned.values()), assignments, settings);
    }

    private record ShiftPlan(ShiftSlot slot, List<Seat> seats, List<Candidate> available) {
    }

    /** Seats in the order the construction fills them: counter-terrorism, then ARV crews, then sites. */
    private List<Seat> seats(Posture posture, ShiftSlot slot) {
        List<Seat> seats = new ArrayList<>();
        String prefix = slot.date() + "/" + slot.name() + "/";
        for (int i = 1; i <= posture.counterTerrorismRequired(); i++) {
            String label = String.format("CT-%02d", i);
            seats.add(new Seat(prefix + label, label, SeatKind.CT, Accreditation.CTSFO, true, null, null, slot,
                    settings.priority(SeatKind.CT)));
        }
        for (int car = 1; car <= posture.arvCarsRequired(); car++) {
            String carName = String.format("ARV-%02d", car);
            for (int place = 1; place <= posture.crewSize(); place++) {
                String label = carName + "/" + place;
                seats.add(new Seat(prefix + label, label, SeatKind.ARV, Accreditation.ARV, false, null, carName, slot,
                        settings.priority(SeatKind.ARV)));
            }
        }
        for (SiteRequirement site : posture.sitesRequired()) {
            for (int post = 1; post <= site.posts(); post++) {
                String label = String.format("%s/%02d", site.site(), post);
                seats.add(new Seat(prefix + label, label, SeatKind.SITE, site.accreditation(), site.counterTerrorism(),
                        site.unit() == null || site.unit().isBlank() ? null : site.unit(), null, slot,
                        settings.priority(SeatKind.SITE)));
            }
        }
        return seats;
    }

    private void ownOfficers(Force force, ShiftPattern pattern, ShiftInstance instance, ShiftSlot slot, Instant knownAt,
                             Map<String, Candidate> byId, List<Candidate> available) {
        Set<uk.arcs.officer.Cipher> lent = aid.lentOut(force.code(), instance.start(), knownAt);
        for (OfficerStatus status : officers.statusesAt(force.code(), instance.start(), knownAt)) {
            Integer team = status.officer().team();
            if (team == null || status.status() != AuthorisationStatus.AUTHORISED || status.absence() != Absence.NONE
                    || status.validAccreditations().isEmpty() || lent.contains(status.officer().cipher())) {
                continue;
            }
            boolean rota = pattern.works(team, instance);
            boolean restDay = !rota && restsOn(pattern, team, instance.startDate());
            if (!rota && !restDay) {
                continue;
            }
            String id = PlannedOfficer.idOf(force.code().value(), status.officer().cipher().value());
            Candidate candidate = byId.computeIfAbsent(id, k -> new Candidate(k, status.officer().cipher().value(),
                    force.code().value(), status.officer().unit(), false, false));
            candidate.availableOn(slot, status.validAccreditations(), restDay);
            available.add(candidate);
        }
    }

    /** The rota entry is REST rather than one of the shifts. */
    private static boolean restsOn(ShiftPattern pattern, int team, LocalDate date) {
        String entry = pattern.entryFor(team, date);
        return pattern.shifts().stream().noneMatch(shift -> shift.name().equals(entry));
    }

    private void aidOfficers(ForceCode code, ShiftInstance instance, ShiftSlot slot, Instant knownAt,
                             Map<String, Candidate> byId, List<Candidate> available) {
        Set<AidLedger.AidOfficer> throughout = new HashSet<>(aid.received(code, instance.end().minusNanos(1_000), knownAt));
        for (AidLedger.AidOfficer officer : aid.received(code, instance.start(), knownAt)) {
            if (!throughout.contains(officer)) {
                continue;
            }
            officers.statusAt(officer.donor(), officer.cipher(), instance.start(), knownAt)
                    .filter(s -> s.status() == AuthorisationStatus.AUTHORISED && s.absence() == Absence.NONE
                            && !s.validAccreditations().isEmpty())
                    .ifPresent(status -> {
                        String id = PlannedOfficer.idOf(officer.donor().value(), officer.cipher().value());
                        Candidate candidate = byId.computeIfAbsent(id, k -> new Candidate(k, officer.cipher().value(),
                                officer.donor().value(), status.officer().unit(), true, officer.counterTerrorism()));
                        candidate.availableOn(slot, status.validAccreditations(), false);
                        available.add(candidate);
                    });
        }
    }

    /** An officer as the builder learns about them, shift by shift. */
    private static final class Candidate {
        final String id;
        final String cipher;
        final String force;
        final String unit;
        final boolean mutualAid;
        final boolean released;
        final Set<Integer> shifts = new HashSet<>();
        final Map<Integer, Set<Accreditation>> accreditations = new HashMap<>();
        final Set<Integer> restDays = new HashSet<>();

        Candidate(String id, String cipher, String force, String unit, boolean mutualAid, boolean released) {
            this.id = id;
            this.cipher = cipher;
            this.force = force;
            this.unit = unit;
            this.mutualAid = mutualAid;
            this.released = released;
        }

        void availableOn(ShiftSlot slot, Set<Accreditation> valid, boolean restDay) {
            shifts.add(slot.index());
            accreditations.computeIfAbsent(slot.day(), d -> EnumSet.noneOf(Accreditation.class)).addAll(valid);
            if (restDay) {
                restDays.add(slot.day());
            }
        }

        boolean eligibleFor(Seat seat, ShiftSlot slot) {
            if (!accreditations.getOrDefault(slot.day(), Set.of()).contains(seat.accreditation())) {
                return false;
            }
            if (mutualAid) {
                return !seat.counterTerrorism() || released;
            }
            return seat.unit() == null || seat.unit().equals(unit);
        }

        /** Officers on their rota shift first, then rest-day working, then mutual aid. */
        int preference(ShiftSlot slot) {
            return mutualAid ? 2 : restDays.contains(slot.day()) ? 1 : 0;
        }

        PlannedOfficer toPlanned() {
            return new PlannedOfficer(id, cipher, force, unit, mutualAid, released, shifts, accreditations, restDays);
        }
    }
}
