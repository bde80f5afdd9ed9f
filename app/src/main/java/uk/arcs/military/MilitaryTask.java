package uk.arcs.military;

/** What military support is asked for. Only counter-terrorism is ever granted. */
public enum MilitaryTask {
    COUNTER_TERRORISM,
    ARMED_PATROL,
    PROTECTION_POST
}
