package uk.arcs.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Recorded instants are kept to the microsecond, the precision both supported databases store, so a log
 * read back after a restart is exactly the log that was served before it.
 */
public final class Precision {

    private Precision() {
    }

    public static Instant recorded(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
