package uk.arcs.security;

/** What a user does. Force roles act within their own force; national roles have no force. */
public enum Role {
    STRATEGIC_COMMANDER(true),
    COMMANDER(true),
    PLANNER(true),
    SUPERVISOR(true),
    PRESS_OFFICE(true),
    NATIONAL_COORDINATOR(false),
    MILITARY_LIAISON(false),
    IDENTITY_ADMIN(false),
    /** Scrapes /actuator/prometheus and nothing else. */
    METRICS(false);

    private final boolean forceBound;

    Role(boolean forceBound) {
        this.forceBound = forceBound;
    }

    public boolean forceBound() {
        return forceBound;
    }
}
