package uk.arcs.officer;

/** Why an officer is not at work (or not deployable armed) at an instant. */
public enum Absence {
    NONE,
    ANNUAL_LEAVE,
    SICK,
    RESTRICTED;

    /** Restricted officers are at work, so on duty, but cannot be deployed armed. */
    public boolean keepsOffDuty() {
        return this == ANNUAL_LEAVE || this == SICK;
    }
}
