package uk.arcs.identity;

import java.time.Instant;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;

/**
 * One entry of the access log: who asked to read which officer's identity, when, why, and what came of it. It
 * holds no name, so commanders may read it. {@code version} is the version disclosed, or null.
 */
public record IdentityAccess(long id, ForceCode force, Cipher cipher, Integer version, String accessedBy, String role,
                             Instant accessedAt, String reason, Outcome outcome) {

    public enum Outcome {
        /** The identity was opened and given to the reader. */
        DISCLOSED,
        /** The officer has no sealed identity. */
        NO_IDENTITY,
        /** The record could not be opened: its key is missing, or it failed its integrity check. */
        UNREADABLE
    }
}
