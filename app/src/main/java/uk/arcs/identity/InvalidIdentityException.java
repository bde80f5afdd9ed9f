package uk.arcs.identity;

/** A field of an identity that cannot be sealed; the message names the field and never repeats its value. */
public class InvalidIdentityException extends IllegalArgumentException {

    private final String field;

    public InvalidIdentityException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
