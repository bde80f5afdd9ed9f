package uk.arcs.planning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One shift of the planning horizon. {@code index} orders the shifts by start; {@code day} counts days from
 * the first day of the horizon (a night shift belongs to the day it starts). Night and weekend shifts are the
 * unsociable ones the planner spreads fairly.
 */
public record ShiftSlot(int index, String name, LocalDate date, int day, Instant start, Instant end, boolean night,
                        boolean weekend) {

    public ShiftSlot {
        if (index < 0 || day < 0) {
            throw new IllegalArgumentException("shift index and day must not be negative");
        }
        if (name == null || date == null || start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("a shift needs a name, a date and an end after its start");
        }
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }

    public boolean unsociable() {
        return night || weekend;
    }
}
