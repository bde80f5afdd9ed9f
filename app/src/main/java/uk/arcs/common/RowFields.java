package uk.arcs.common;

import java.util.List;
import java.util.function.Supplier;

/** Reads the text fields of a row one by one, so that every unreadable field is named, not just the first. */
public final class RowFields {

    private RowFields() {
    }

    /** The parsed value, or null with the parser's reason added to {@code errors} against the field. */
    public static <T> T field(String source, int row, String name, List<RowError> errors, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(source, row, name, e.getMessage()));
            return null;
        }
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public static String required(String text, String name) {
        if (blank(text)) {
            throw new IllegalArgumentException(name + " is required");
        }
        return text;
    }

    /** A whole number typed into field {@code name}; the refusal names the field. */
    public static int wholeNumber(String text, String name) {
        if (blank(text)) {
            throw new IllegalArgumentException(name + ": a whole number is required");
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + text.trim() + "' is not a whole number");
        }
    }
}
