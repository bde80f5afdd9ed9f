package uk.arcs.common;

/**
 * A step was asked for on a version of something that has changed since (HTTP If-Match): another commander
 * acted first. Nothing was recorded; answered with 412 and the current version.
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String message, long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
