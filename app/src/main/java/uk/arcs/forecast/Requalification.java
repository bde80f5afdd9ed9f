package uk.arcs.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Requalification over the coming weeks: how many accreditations fall due, how many places the instructors
 * still authorised can offer, how many are requalified, how many have lapsed at the end of each week, and
 * which requirements those lapses break.
 */
public record Requalification(String force, Instant at, int placesPerInstructorPerWeek, List<Week> weeks) {

    public record Week(int week, LocalDate from, LocalDate to, int instructors, int placesCancelled, int places,
                       int due, int requalified, int lapsing, int lapsedAtEnd, List<String> requirementsBroken) {
    }
}
