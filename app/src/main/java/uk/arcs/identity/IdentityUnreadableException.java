package uk.arcs.identity;

/**
 * A sealed record that cannot be opened: its key is not configured, or it fails its integrity check (it was
 * altered, or it is another officer's record moved onto this one). Names the record and the key id, never
 * anything from inside it.
 */
public class IdentityUnreadableException extends RuntimeException {

    public IdentityUnreadableException(String message) {
        super(message);
    }
}
