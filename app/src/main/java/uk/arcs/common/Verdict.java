package uk.arcs.common;

/**
 * The answer to a command in a lifecycle: done, or refused by a named rule with a reason. A refusal is a
 * value, not an exception; the web layer answers it with 409 and the rule's name.
 */
public sealed interface Verdict<T> {

    record Done<T>(T value) implements Verdict<T> {
    }

    record Refused<T>(String rule, String reason) implements Verdict<T> {
        public Refused {
            if (rule == null || rule.isBlank() || reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a refusal names its rule and gives a reason");
            }
        }
    }

    static <T> Verdict<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Verdict<T> refused(String rule, String reason) {
        return new Refused<>(rule, reason);
    }

    /** The value, or a {@link RuleRefusedException} naming the rule. */
    default T orThrow() {
        return switch (this) {
            case Done<T> done -> done.value();
            case Refused<T> refused -> throw new RuleRefusedException(refused.rule(), refused.reason());
        };
    }
}
