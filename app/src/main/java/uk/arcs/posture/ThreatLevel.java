package uk.arcs.posture;

/** The UK national terrorism threat level, set by JTAC. */
public enum ThreatLevel {
    LOW, MODERATE, SUBSTANTIAL, SEVERE, CRITICAL;

    public static ThreatLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown threat level '" + text + "'; expected one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
