package uk.arcs.common;

/** Something named in a request does not exist; the web layer answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
