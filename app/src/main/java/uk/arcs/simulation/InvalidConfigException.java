package uk.arcs.simulation;

/** A simulation config that cannot be run; the message starts with the field at fault, such as {@code cars[2].homeZone}. */
public final class InvalidConfigException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidConfigException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** The same fault, named from an enclosing value: {@code lat} inside zone 2 becomes {@code zones[2].lat}. */
    public InvalidConfigException within(String parent) {
        return new InvalidConfigException(parent + "." + field, reason);
    }

    static void require(boolean condition, String field, String reason) {
        if (!condition) {
            throw new InvalidConfigException(field, reason);
        }
    }

    static void requirePositive(double value, String field) {
        require(Double.isFinite(value) && value > 0, field, "must be a positive number, not " + value);
    }

    static void requireNonNegative(double value, String field) {
        require(Double.isFinite(value) && value >= 0, field, "must be zero or more, not " + value);
    }
}
