package uk.arcs.force;

import java.time.Instant;
import java.time.LocalDate;

/** A concrete shift: the NIGHT shift that starts on 23 September 2023, say. */
public record ShiftInstance(String name, LocalDate startDate, Instant start, Instant end) {

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
