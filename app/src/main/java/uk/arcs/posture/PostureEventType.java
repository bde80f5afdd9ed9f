package uk.arcs.posture;

/** What can change in a force's minimum armed posture. */
public enum PostureEventType {
    /** ARV cars required on patrol in every shift, and the crew of each. */
    ARV_REQUIREMENT,
    /** Armed posts per shift at a protected site (set again to change it; 0 posts keeps the site but needs nobody). */
    SITE_REQUIREMENT,
    SITE_REMOVED,
    /** Counter-terrorism officers (CTSFO) at readiness in every shift. */
    CT_REQUIREMENT,
    THREAT_LEVEL,
    /** The percentage by which a threat level raises every requirement. */
    THREAT_UPLIFT;

    public static PostureEventType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown posture event type '" + text + "'; expected one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
