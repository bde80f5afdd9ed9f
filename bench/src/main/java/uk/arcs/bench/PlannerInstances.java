package uk.arcs.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ShiftPattern;
import uk.arcs.planning.PlannedOfficer;
import uk.arcs.planning.PlannerSettings;
import uk.arcs.planning.Roster;
import uk.arcs.planning.Seat;
import uk.arcs.planning.SeatAssignment;
import uk.arcs.planning.SeatKind;
import uk.arcs.planning.ShiftSlot;

/**
 * MET-sized planning problems built directly (deterministic seed): 2,600 officers in five rota teams on the London
 * rota, 180 seats per shift (12 counter-terrorism, 15 ARV cars of 3, 123 posts at four sites), 7 days from Monday
 * 25 September 2023. Candidates follow the application's builder: the team on the shift and the two resting teams
 * (rest-day working), minus 6% on leave for the week. In the crisis week 300 officers have stepped back (130 of the
 * 150 CTSFOs and 170 of the 300 ARV officers) and 60 mutual-aid ARV officers (not released for counter-terrorism)
 * are deployed.
 */
final class PlannerInstances {

    static final LocalDate MONDAY = LocalDate.of(2023, 9, 25);
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int DAYS = 7;

    private record Unit(String code, int officers, Accreditation accreditation) {
    }

    private record Site(String code, String unit, int posts) {
    }

    private static final List<Unit> UNITS = List.of(new Unit("SFC_ARV", 300, Accreditation.ARV),
            new Unit("SFC_CTSFO", 150, Accreditation.CTSFO), new Unit("PADP", 1000, Accreditation.PROTECTION_AFO),
            new Unit("RASP", 500, Accreditation.PROTECTION_AFO), new Unit("AVIATION", 650, Accreditation.PROTECTION_AFO));
    private static final List<Site> SITES = List.of(new Site("PALACE_OF_WESTMINSTER", "PADP", 40),
            new Site("DIPLOMATIC_PREMISES", "PADP", 30), new Site("ROYAL_RESIDENCES", "RASP", 25),
            new Site("HEATHROW", "AVIATION", 28));

    private PlannerInstances() {
    }

    static Roster normalWeek() {
        return build(false);
    }

    static Roster crisisWeek() {
        return build(true);
    }

    private record Own(String cipher, String unit, int team, Accreditation accreditation) {
    }

    private static Roster build(boolean crisis) {
        Random random = new Random(20_230_925L);
        ShiftPattern pattern = ShiftPattern.londonDefault();
        List<ShiftSlot> shifts = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = MONDAY.plusDays(day);
            for (var definition : pattern.shifts()) {
                Instant start = LocalDateTime.of(date, definition.start()).atZone(LONDON).toInstant();
                boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                shifts.add(new ShiftSlot(shifts.size(), definition.name(), date, day, start,
                        start.plus(definition.length()), definition.name().equals("NIGHT"), weekend));
            }
        }
        List<Own> own = new ArrayList<>();
        for (Unit unit : UNITS) {
            for (int i = 0; i < unit.officers(); i++) {
                own.add(new Own(String.format("%s%04d", unit.code().substring(unit.code().length() - 2), i), unit.code(),
                        1 + i % pattern.teams(), unit.accreditation()));
            }
        }
        Set<Own> away = new HashSet<>();
        List<Own> shuffled = new ArrayList<>(own);
        Collections.shuffle(shuffled, random);
        away.addAll(shuffled.subList(0, own.size() * 6 / 100));
        if (crisis) {
            // As in September 2023, the step-back falls on counter-terrorism and ARV officers.
            away.addAll(steppingBack(own, away, "SFC_CTSFO", 130, random));
            away.addAll(steppingBack(own, away, "SFC_ARV", 170, random));
        }
        Map<String, PlannedOfficer> officers = new LinkedHashMap<>();
        Map<String, Own> ownById = new HashMap<>();
        for (Own o : own) {
            if (away.contains(o)) {
                continue;
            }
            Set<Integer> available = new HashSet<>();
            Set<Integer> restDays = new HashSet<>();
            Map<Integer, Set<Accreditation>> accreditations = new HashMap<>();
            for (ShiftSlot shift : shifts) {
                String entry = pattern.entryFor(o.team(), shift.date());
                boolean rota = entry.equals(shift.name());
                boolean rest = pattern.shifts().stream().noneMatch(s -> s.name().equals(entry));
                if (rota || rest) {
                    available.add(shift.index());
                    accreditations.put(shift.day(), Set.of(o.accreditation()));
                    if (rest) {
                        restDays.add(shift.day());
                    }
                }
            }
            String id = PlannedOfficer.idOf("MET", o.cipher());
            officers.put(id, new PlannedOfficer(id, o.cipher(), "MET", o.unit(), false, false, available, accreditations,
                    restDays));
            ownById.put(id, o);
        }
        if (crisis) {
            Set<Integer> all = new HashSet<>();
            Map<Integer, Set<Accreditation>> arv = new HashMap<>();
            shifts.forEach(s -> {
                all.add(s.index());
                arv.put(s.day(), Set.of(Accreditation.ARV));
            });
            for (int i = 0; i < 60; i++) {
                String donor = i < 20 ? "KENT" : i < 40 ? "HAMPSHIRE" : "AVON_SOMERSET";
                String id = PlannedOfficer.idOf(donor, String.format("MA%03d", i));
                officers.put(id, new PlannedOfficer(id, String.format("MA%03d", i), donor, donor + "_ARV", true, false, all,
                        arv, Set.of()));
            }
        }
        PlannerSettings settings = PlannerSettings.DEFAULTS;
        List<SeatAssignment> assignments = new ArrayList<>();
        for (ShiftSlot shift : shifts) {
            List<Seat> seats = new ArrayList<>();
            String prefix = shift.date() + "/" + shift.name() + "/";
            for (int i = 1; i <= 12; i++) {
                seats.add(new Seat(prefix + "CT-" + i, String.format("CT-%02d", i), SeatKind.CT, Accreditation.CTSFO, true,
                        null, null, shift, settings.priority(SeatKind.CT)));
            }
            for (int car = 1; car <= 15; car++) {
                for (int place = 1; place <= 3; place++) {
                    String label = String.format("ARV-%02d/%d", car, place);
                    seats.add(new Seat(prefix + label, label, SeatKind.ARV, Accreditation.ARV, false, null,
                            String.format("ARV-%02d", car), shift, settings.priority(SeatKind.ARV)));
                }
            }
            for (Site site : SITES) {
                for (int post = 1; post <= site.posts(); post++) {
                    String label = String.format("%s/%02d", site.code(), post);
                    seats.add(new Seat(prefix + label, label, SeatKind.SITE, Accreditation.PROTECTION_AFO, false,
                            site.unit(), null, shift, settings.priority(SeatKind.SITE)));
                }
            }
            Map<String, List<PlannedOfficer>> shared = new HashMap<>();
            for (Seat seat : seats) {
                String key = seat.kind() + "|" + seat.unit();
                List<PlannedOfficer> candidates = shared.computeIfAbsent(key, k -> officers.values().stream()
                        .filter(o -> o.availableShifts().contains(shift.index())
                                && o.accreditationsByDay().getOrDefault(shift.day(), Set.of()).contains(seat.accreditation())
                                && (o.mutualAid() ? !seat.counterTerrorism() : seat.unit() == null || seat.unit().equals(o.unit())))
                        .sorted((a, b) -> Integer.compare(rank(a, shift), rank(b, shift)))
                        .toList());
                assignments.add(new SeatAssignment(seat, candidates));
            }
        }
        return new Roster("MET", MONDAY, DAYS, List.copyOf(officers.values()), assignments, settings);
    }

    private static List<Own> steppingBack(List<Own> own, Set<Own> away, String unit, int count, Random random) {
        List<Own> present = new ArrayList<>(own.stream().filter(o -> !away.contains(o) && o.unit().equals(unit)).toList());
        Collections.shuffle(present, random);
        return present.subList(0, count);
    }

    private static int rank(PlannedOfficer officer, ShiftSlot shift) {
        return officer.mutualAid() ? 2 : officer.restDays().contains(shift.day()) ? 1 : 0;
    }
}
