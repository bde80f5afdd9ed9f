package uk.arcs.reporting;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Withholds officers' ciphers from free text (a decision's rationale) before it goes into a report: any word
 * that is a cipher ARCS holds, and any word shaped like one (letters then two or more digits, such as NX121),
 * since a cipher of an officer ARCS does not hold identifies them just as well.
 */
final class CipherRedaction {

    static final String WITHHELD = "[cipher withheld]";
    private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9]{1,11}\\b");
    private static final Pattern CIPHER_SHAPE = Pattern.compile("[A-Z]{1,3}[0-9]{2,}");

    private final Set<String> known;

    CipherRedaction(Set<String> known) {
        this.known = Set.copyOf(known);
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher words = WORD.matcher(text);
        StringBuilder redacted = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            boolean cipher = known.contains(word) || CIPHER_SHAPE.matcher(word).matches();
            words.appendReplacement(redacted, Matcher.quoteReplacement(cipher ? WITHHELD : word));
        }
        words.appendTail(redacted);
        return redacted.toString();
    }
}
