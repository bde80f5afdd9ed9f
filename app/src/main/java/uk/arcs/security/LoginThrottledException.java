package uk.arcs.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused, unchecked, because its username or client address is locked after too many failures. */
final class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins for this account or from this address. Try again in "
                + minutes(retryAfter) + ".");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, for the Retry-After header. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static String minutes(Duration duration) {
        long minutes = (duration.toSeconds() + 59) / 60;
        return minutes <= 1 ? "a minute" : minutes + " minutes";
    }
}
