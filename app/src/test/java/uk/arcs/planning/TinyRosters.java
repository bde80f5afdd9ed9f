package uk.arcs.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import uk.arcs.force.Accreditation;

/**
 * Hand-made planning problems: days from Monday 25 September 2023 with the London shifts (in UTC, as British
 * Summer Time: early 06:00-14:00, late 14:00-22:00, night 22:00-06:00), officers and seats in a line each.
 */
public final class TinyRosters {

    public static final LocalDate MONDAY = LocalDate.of(2023, 9, 25);
    public static final String MET = "MET";

    private TinyRosters() {
    }

    /** Shift {@code name} (EARLY, LATE, NIGHT) of day {@code day}; its index is day * 3 + its place. */
    public static ShiftSlot shift(int day, String name) {
        int place = List.of("EARLY", "LATE", "NIGHT").indexOf(name);
        Instant start = Instant.parse("2023-09-25T06:00:00Z").plusSeconds(86_400L * day + 8 * 3_600L * place);
        LocalDate date = MONDAY.plusDays(day);
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        return new ShiftSlot(day * 3 + place, name, date, day, start, start.plusSeconds(8 * 3_600L),
                name.equals("NIGHT"), weekend);
    }

    /** An own officer of unit {@code unit}, available for every shift of {@code days} days, holding the accreditations throughout. */
    public static PlannedOfficer own(String cipher, String unit, int days, Accreditation... accreditations) {
        return officer(cipher, MET, unit, false, false, days, Set.of(), accreditations);
    }

    public static PlannedOfficer aid(String cipher, boolean released, int days, Accreditation... accreditations) {
        return officer(cipher, "KENT", "KENT_ARV", true, released, days, Set.of(), accreditations);
    }

    public static PlannedOfficer officer(String cipher, String force, String unit, boolean aid, boolean released, int days,
                                  Set<Integer> restDays, Accreditation... accreditations) {
        Map<Integer, Set<Accreditation>> byDay = new HashMap<>();
        IntStream.range(0, days).forEach(d -> byDay.put(d, Set.of(accreditations)));
        Set<Integer> shifts = Set.copyOf(IntStream.range(0, days * 3).boxed().toList());
        return new PlannedOfficer(PlannedOfficer.idOf(force, cipher), cipher, force, unit, aid, released, shifts, byDay,
                restDays);
    }

    public static Seat ct(ShiftSlot shift, int n) {
        return new Seat(shift.date() + "/" + shift.name() + "/CT-" + n, "CT-" + n, SeatKind.CT, Accreditation.CTSFO,
                true, null, null, shift, 100);
    }

    public static Seat arv(ShiftSlot shift, int car, int place) {
        String label = "ARV-0" + car + "/" + place;
        return new Seat(shift.date() + "/" + shift.name() + "/" + label, label, SeatKind.ARV, Accreditation.ARV, false,
                null, "ARV-0" + car, shift, 10);
    }

    public static Seat site(ShiftSlot shift, String site, String unit, int post) {
        String label = site + "/" + post;
        return new Seat(shift.date() + "/" + shift.name() + "/" + label, label, SeatKind.SITE,
                Accreditation.PROTECTION_AFO, false, unit, null, shift, 1);
    }

    public static SeatAssignment assigned(Seat seat, PlannedOfficer officer) {
        return new SeatAssignment(seat, officer == null ? List.of() : List.of(officer), officer, null);
    }

    public static SeatAssignment open(Seat seat, PlannedOfficer... candidates) {
        return new SeatAssignment(seat, Arrays.asList(candidates));
    }

    public static Roster roster(int days, List<PlannedOfficer> officers, List<SeatAssignment> assignments) {
        return new Roster(MET, MONDAY, days, officers, assignments, PlannerSettings.DEFAULTS);
    }

    public static Roster roster(int days, List<SeatAssignment> assignments) {
        List<PlannedOfficer> officers = new ArrayList<>();
        assignments.forEach(a -> a.getCandidates().stream().filter(o -> !officers.contains(o)).forEach(officers::add));
        return roster(days, officers, assignments);
    }
}
