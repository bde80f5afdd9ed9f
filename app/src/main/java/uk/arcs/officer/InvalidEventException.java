package uk.arcs.officer;

/** An event whose fields do not fit together; names the field at fault. */
public class InvalidEventException extends IllegalArgumentException {

    private final String field;

    public InvalidEventException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
