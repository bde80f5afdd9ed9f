package uk.arcs.force;

import java.util.regex.Pattern;

/** A police force's short code, the tenant boundary of ARCS: MET, CITY, KENT. */
public record ForceCode(String value) implements Comparable<ForceCode> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

    /** The Metropolitan Police Service: the force of the London 2023 reference scenario and of the London model. */
    public static final ForceCode MET = of("MET");

    public ForceCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "force code must be 2 to 16 capital letters, digits or underscores, starting with a letter: " + value);
        }
    }

    public static ForceCode of(String value) {
        return new ForceCode(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public int compareTo(ForceCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
