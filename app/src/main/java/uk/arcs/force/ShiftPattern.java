package uk.arcs.force;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A force's shifts and the rota its teams (reliefs) rotate through. Team {@code k} works, on a date, the
 * rota entry at {@code (days since epoch + k * teamOffsetDays) mod rota length}; an entry is a shift name
 * or REST. Shifts are laid in local time, so a NIGHT shift starting 23:00 belongs to the date it starts.
 */
public record ShiftPattern(List<ShiftDefinition> shifts, List<String> rota, int teams, int teamOffsetDays,
                           LocalDate epoch) {

    public ShiftPattern {
        shifts = List.copyOf(shifts);
        rota = List.copyOf(rota);
        if (shifts.isEmpty()) {
            throw new IllegalArgumentException("a force needs at least one shift");
        }
        if (rota.isEmpty()) {
            throw new IllegalArgumentException("a rota needs at least one day");
        }
        for (String entry : rota) {
            if (!ShiftDefinition.REST.equals(entry) && shifts.stream().noneMatch(s -> s.name().equals(entry))) {
                throw new IllegalArgumentException("rota entry " + entry + " is neither REST nor a shift name");
            }
        }
        if (teams < 1 || teams > 50) {
            throw new IllegalArgumentException("teams must be between 1 and 50");
        }
        if (teamOffsetDays < 0) {
            throw new IllegalArgumentException("team offset must not be negative");
        }
        if (epoch == null) {
            throw new IllegalArgumentException("a rota needs an epoch date");
        }
    }

    /** The Metropolitan Police default: early, late and night shifts of 8 hours, five teams on a 10-day rota. */
    public static ShiftPattern londonDefault() {
        return new ShiftPattern(
                List.of(ShiftDefinition.parse("EARLY 07:00 PT8H"), ShiftDefinition.parse("LATE 15:00 PT8H"),
                        ShiftDefinition.parse("NIGHT 23:00 PT8H")),
                List.of("EARLY", "EARLY", "LATE", "LATE", "NIGHT", "NIGHT", "REST", "REST", "REST", "REST"),
                5, 2, LocalDate.of(2023, 1, 2));
    }

    /** The shift in progress at {@code instant}, or empty if the pattern leaves that moment uncovered. */
    public Optional<ShiftInstance> shiftAt(java.time.Instant instant, ZoneId zone) {
        LocalDate today = instant.atZone(zone).toLocalDate();
        ShiftInstance found = null;
        for (LocalDate date = today.minusDays(1); !date.isAfter(today); date = date.plusDays(1)) {
            for (ShiftDefinition shift : shifts) {
                ShiftInstance candidate = instance(shift, date, zone);
                if (candidate.contains(instant) && (found == null || candidate.start().isAfter(found.start()))) {
                    found = candidate;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    public ShiftInstance instance(ShiftDefinition shift, LocalDate date, ZoneId zone) {
        ZonedDateTime start = date.atTime(shift.start()).atZone(zone);
        return new ShiftInstance(shift.name(), date, start.toInstant(), start.plus(shift.length()).toInstant());
    }

    /** All shifts that start on or after {@code from}'s date and before {@code toExclusive}'s date. */
    public List<ShiftInstance> shiftsBetween(LocalDate from, LocalDate toExclusive, ZoneId zone) {
        List<ShiftInstance> result = new ArrayList<>();
        for (LocalDate date = from; date.isBefore(toExclusive); date = date.plusDays(1)) {
            for (ShiftDefinition shift : shifts) {
                result.add(instance(shift, date, zone));
            }
        }
        return result;
    }

    /** What team {@code team} (1-based) works on {@code date}: a shift name or REST. */
    public String entryFor(int team, LocalDate date) {
        if (team < 1 || team > teams) {
            throw new IllegalArgumentException("team " + team + " is not on this rota of " + teams + " teams");
        }
        long day = ChronoUnit.DAYS.between(epoch, date) + (long) (team - 1) * teamOffsetDays;
        return rota.get((int) Math.floorMod(day, rota.size()));
    }

    public boolean works(int team, ShiftInstance shift) {
        return entryFor(team, shift.startDate()).equals(shift.name());
    }

    public String formatShifts() {
        return String.join(";", shifts.stream().map(ShiftDefinition::format).toList());
    }

    public static List<ShiftDefinition> parseShifts(String text) {
        return java.util.Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .map(ShiftDefinition::parse).toList();
    }
}
