package uk.arcs.officer;

import java.util.Locale;
import java.util.regex.Pattern;

/** How ARCS names an officer: a cipher such as NX121, unique in the force. Never a person's name. */
public record Cipher(String value) implements Comparable<Cipher> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]{1,11}");

    public Cipher {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a cipher is 2 to 12 capital letters and digits starting with a letter, such as NX121: '" + value + "'");
        }
    }

    public static Cipher of(String text) {
        return new Cipher(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public int compareTo(Cipher other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
