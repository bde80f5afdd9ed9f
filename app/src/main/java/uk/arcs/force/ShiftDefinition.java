package uk.arcs.force;

import java.time.Duration;
import java.time.LocalTime;
import java.util.regex.Pattern;

/** One of a force's shifts, such as NIGHT from 23:00 for 8 hours (local time). */
public record ShiftDefinition(String name, LocalTime start, Duration length) {

    static final String REST = "REST";
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    public ShiftDefinition {
        if (name == null || !NAME.matcher(name).matches() || REST.equals(name)) {
            throw new IllegalArgumentException("shift name must be capitals (and not REST): " + name);
        }
        if (start == null || length == null || length.isNegative() || length.isZero() || length.toHours() > 24) {
            throw new IllegalArgumentException("shift " + name + " needs a start and a length of up to 24 hours");
        }
    }

    /** {@code EARLY 07:00 PT8H}, the form used in configuration and CSV files. */
    public static ShiftDefinition parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a shift reads 'NAME HH:MM PT8H', not '" + text + "'");
        }
        try {
            return new ShiftDefinition(parts[0], LocalTime.parse(parts[1]), Duration.parse(parts[2]));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("a shift reads 'NAME HH:MM PT8H', not '" + text + "'");
        }
    }

    public String format() {
        return name + " " + start + " " + length;
    }
}
