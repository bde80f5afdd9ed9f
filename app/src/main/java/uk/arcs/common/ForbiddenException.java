package uk.arcs.common;

/** The caller's force or role may not take this action on this record; the web layer answers 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
