package uk.arcs.reporting;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.arcs.force.Accreditation;

/**
 * A claim read from text: who (firearms officers in general, or one role), what (stepped back, returned,
 * available) and how many (all, none, more than N, fewer than N, about N, N of M, hundreds, the majority).
 * Text that does not say all three plainly is not read at all.
 */
record Claim(Subject subject, Accreditation accreditation, Quantity quantity, boolean onDutyOnly) {

    enum Subject { STEPPED_BACK, RETURNED, AVAILABLE }

    sealed interface Quantity {
        record All() implements Quantity { }
        record None() implements Quantity { }
        record MoreThan(int n) implements Quantity { }
        record FewerThan(int n) implements Quantity { }
        record About(int n) implements Quantity { }
        record OutOf(int n, int of) implements Quantity { }
        record Hundreds() implements Quantity { }
        record Majority() implements Quantity { }
    }

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    private static final Pattern OUT_OF = Pattern.compile("\\b" + NUMBER + "\\s+(?:of|out of)\\s+(?:the\\s+)?(?:\\w+'s\\s+)?"
            + NUMBER + "\\b");
    private static final Pattern MORE = Pattern.compile("\\b(?:more than|over|at least)\\s+" + NUMBER + "\\b");
    private static final Pattern FEWER = Pattern.compile("\\b(?:fewer than|less than|under)\\s+" + NUMBER + "\\b");
    private static final Pattern ABOUT = Pattern.compile("\\b(?:about|around|roughly|approximately|some|nearly)\\s+"
            + NUMBER + "\\b");

    static Optional<Claim> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = " " + text.toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
        Optional<Subject> subject = subject(t);
        Optional<Quantity> quantity = quantity(t);
        if (subject.isEmpty() || quantity.isEmpty() || !mentionsOfficers(t)) {
            return Optional.empty();
        }
        boolean onDuty = t.contains("on duty") && subject.get() != Subject.AVAILABLE;
        return Optional.of(new Claim(subject.get(), accreditation(t), quantity.get(), onDuty));
    }

    private static boolean mentionsOfficers(String t) {
        return t.contains("officer") || t.contains("ctsfo") || t.contains("afo") || t.contains("instructor")
                || t.contains("crews");
    }

    private static Optional<Subject> subject(String t) {
        boolean stepped = t.contains("stepped back") || t.contains("step back") || t.contains("stepping back")
                || t.contains("handed in") || t.contains("hand in") || t.contains("downed") || t.contains("put down their");
        boolean returned = t.contains("returned") || t.contains("come back") || t.contains("came back");
        if (stepped && returned) {
            return Optional.empty();
        }
        if (stepped || returned) {
            return Optional.of(stepped ? Subject.STEPPED_BACK : Subject.RETURNED);
        }
        boolean available = t.contains("available") || t.contains("on duty") || t.contains("deployable");
        return available ? Optional.of(Subject.AVAILABLE) : Optional.empty();
    }

    private static Accreditation accreditation(String t) {
        if (t.contains("counter-terrorism") || t.contains("counter terrorism") || t.contains("ctsfo")) {
            return Accreditation.CTSFO;
        }
        if (t.contains("arv") || t.contains("armed response vehicle")) {
            return Accreditation.ARV;
        }
        if (t.contains("specialist firearms") || t.contains(" sfo")) {
            return Accreditation.SFO;
        }
        if (t.contains("instructor")) {
            return Accreditation.FIREARMS_INSTRUCTOR;
        }
        if (t.contains("protection")) {
            return Accreditation.PROTECTION_AFO;
        }
        return null;
    }

    private static Optional<Quantity> quantity(String t) {
        Matcher m;
        if ((m = OUT_OF.matcher(t)).find()) {
            return Optional.of(new Quantity.OutOf(number(m.group(1)), number(m.group(2))));
        }
        if ((m = MORE.matcher(t)).find()) {
            return Optional.of(new Quantity.MoreThan(number(m.group(1))));
        }
        if ((m = FEWER.matcher(t)).find()) {
            return Optional.of(new Quantity.FewerThan(number(m.group(1))));
        }
        if ((m = ABOUT.matcher(t)).find()) {
            return Optional.of(new Quantity.About(number(m.group(1))));
        }
        if (t.contains(" hundreds ")) {
            return Optional.of(new Quantity.Hundreds());
        }
        if (t.contains("majority") || t.contains(" most ")) {
            return Optional.of(new Quantity.Majority());
        }
        if (t.matches(".*\\b(none|no)\\s+(of\\s+the\\s+)?(\\w+\\s+)*officers?\\b.*") || t.contains(" not one ")) {
            return Optional.of(new Quantity.None());
        }
        if (t.matches(".*\\b(all|every)\\b.*")) {
            return Optional.of(new Quantity.All());
        }
        return Optional.empty();
    }

    private static int number(String text) {
        return Integer.parseInt(text.replace(",", ""));
    }
}
