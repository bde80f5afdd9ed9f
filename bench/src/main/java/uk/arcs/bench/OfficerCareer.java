package uk.arcs.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * When an officer was authorised and, for some, withdrawn. Most were authorised before the period; some
 * join during it, and some leave armed policing at least a year into their time in the period.
 */
record OfficerCareer(Instant authorised, Instant withdrawn, boolean joinedDuringPeriod) {

    private static final double JOINERS = 0.10;
    private static final double LEAVERS = 0.05;
    private static final LocalDate EARLIEST_AUTHORISATION = LocalDate.of(2008, 1, 1);
    private static final LocalDate LATEST_JOINING = LocalDate.of(2024, 1, 1);
    private static final Duration LEAST_SERVICE = Duration.ofDays(365);

    static OfficerCareer draw(UniformRandomProvider random) {
        boolean joiner = random.nextDouble() < JOINERS;
        LocalDate from = joiner ? NationalDataSet.FROM.atZone(NationalDataSet.ZONE).toLocalDate() : EARLIEST_AUTHORISATION;
        LocalDate until = joiner ? LATEST_JOINING : LocalDate.of(2018, 1, 1);
        LocalDate day = from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, until)));
        Instant authorised = day.atTime(9, 0).atZone(NationalDataSet.ZONE).toInstant();

        Instant earliestLeaving = later(authorised, NationalDataSet.FROM).plus(LEAST_SERVICE);
        Instant latestLeaving = NationalDataSet.TO.minus(Duration.ofDays(30));
        Instant withdrawn = null;
        if (random.nextDouble() < LEAVERS && earliestLeaving.isBefore(latestLeaving)) {
            long days = Duration.between(earliestLeaving, latestLeaving).toDays();
            LocalDate leaving = earliestLeaving.atZone(NationalDataSet.ZONE).toLocalDate().plusDays(random.nextLong(days));
            withdrawn = leaving.atTime(10, 0).atZone(NationalDataSet.ZONE).toInstant();
        }
        return new OfficerCareer(authorised, withdrawn, joiner);
    }

    /** The start of the officer's time in the period. */
    Instant activeFrom() {
        return later(authorised, NationalDataSet.FROM);
    }

    /** The end of the officer's time in the period. */
    Instant activeUntil() {
        return withdrawn == null ? NationalDataSet.TO : withdrawn;
    }

    long activeDays() {
        return Duration.between(activeFrom(), activeUntil()).toDays();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
