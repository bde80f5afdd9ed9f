package uk.arcs.military;

/** Steps of the military counter-terrorism contingency (military aid to the civil authorities). */
public enum MilitaryEventType {
    /** The Home Office asks the MoD on the force's behalf. */
    REQUESTED,
    /** The MoD agrees: personnel on standby. */
    STANDBY_AGREED,
    /** Activated against one named counter-terrorism incident. */
    ACTIVATED,
    /** The incident is over; back to standby. */
    INCIDENT_CLOSED,
    STOOD_DOWN
}
