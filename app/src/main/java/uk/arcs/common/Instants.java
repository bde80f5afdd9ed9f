package uk.arcs.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Reads the instants people type, {@code 2023-09-24T01:00:00Z}, {@code 2023-09-24T02:00+01:00}, or a local
 * {@code 2023-09-24T02:00} read in the force's time zone (the way a London commander says it), and shows
 * instants to them in that zone.
 */
public final class Instants {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private Instants() {
    }

    public static Instant parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an instant is required");
        }
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(trimmed).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new IllegalArgumentException("'" + trimmed
                        + "' is not an ISO-8601 instant such as 2023-09-24T01:00:00Z or 2023-09-24T02:00");
            }
        }
    }

    /** An instant as a page shows it: in the force's time zone, to the minute ("Sun 24 Sep 2023 02:00"). */
    public static String readable(Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).format(READABLE);
    }

    /** An instant as a {@code datetime-local} field holds it: local to the zone, to the minute. */
    public static String localInput(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }

    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 date such as 2024-09-30");
        }
    }
}
