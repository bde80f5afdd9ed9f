package uk.arcs.officer;

/**
 * Whether an officer may carry a firearm at an instant. LAPSED is derived: authorised, but no
 * accreditation is in date.
 */
public enum AuthorisationStatus {
    NOT_AUTHORISED,
    AUTHORISED,
    STEPPED_BACK,
    SUSPENDED,
    LAPSED,
    WITHDRAWN;

    /** Whether an officer in this status counts among the force's firearms officers. */
    public boolean countsAsFirearmsOfficer() {
        return this != NOT_AUTHORISED && this != WITHDRAWN;
    }

    public static AuthorisationStatus parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown status '" + text + "'; expected one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
