package uk.arcs.common;

/** A command refused by a business rule; the web layer answers 409 with the rule's name. */
public class RuleRefusedException extends RuntimeException {

    private final String rule;

    public RuleRefusedException(String rule, String reason) {
        super(reason);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
