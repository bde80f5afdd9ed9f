package uk.arcs.reporting;

import java.time.Instant;
import java.util.Map;

/** A circulating claim checked against the recorded figures as of an instant. */
public record ClaimCheck(String claim, Instant at, Verdict verdict, Map<String, Object> figures, String explanation) {

    public enum Verdict {
        TRUE,
        FALSE,
        /** ARCS could not read the claim, or holds no figure it could be checked against: never guessed. */
        UNSUPPORTED
    }
}
