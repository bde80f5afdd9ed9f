package uk.arcs.force;

/** A firearms role an officer is trained for; each is held with its own requalification date. */
public enum Accreditation {
    PROTECTION_AFO,
    ARV,
    SFO,
    CTSFO,
    FIREARMS_INSTRUCTOR,
    TACTICAL_ADVISER,
    STRATEGIC_FIREARMS_COMMANDER,
    TACTICAL_FIREARMS_COMMANDER,
    OPERATIONAL_FIREARMS_COMMANDER;

    public static Accreditation parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown accreditation '" + text + "'; expected one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
