package uk.arcs.planning;

/** What a seat is for: counter-terrorism readiness, an ARV crew place, or an armed post at a protected site. */
public enum SeatKind {
    CT,
    ARV,
    SITE
}
