package uk.arcs.posture;

/** A posture change whose fields do not fit its type; names the field. */
public class InvalidPostureException extends IllegalArgumentException {

    private final String field;

    public InvalidPostureException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
