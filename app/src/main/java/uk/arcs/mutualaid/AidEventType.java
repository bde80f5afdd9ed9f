package uk.arcs.mutualaid;

/** What can happen to a mutual aid request. Each is an append-only fact. */
public enum AidEventType {
    REQUESTED,
    ASKED,
    OFFERED,
    DECLINED,
    OFFICERS_NAMED,
    OFFER_ACCEPTED,
    OFFER_REFUSED,
    DEPLOYED,
    STOOD_DOWN,
    REQUEST_CLOSED
}
