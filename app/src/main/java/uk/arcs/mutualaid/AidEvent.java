package uk.arcs.mutualaid;

import java.time.Instant;
import java.util.List;
import uk.arcs.common.Precision;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;

/**
 * A recorded mutual aid fact. Which fields are set depends on the type: a REQUESTED event carries the
 * request's terms, OFFERED the donor and number, OFFICERS_NAMED the ciphers, DEPLOYED the period.
 */
public record AidEvent(long id, long requestId, Long offerId, AidEventType type, Instant occurredAt,
                       Instant recordedAt, String recordedBy, String reason, ForceCode requester,
                       Accreditation accreditation, Integer officers, Instant from, Instant until,
                       Boolean counterTerrorism, Integer shortfall, ForceCode donor, List<Cipher> ciphers,
                       String override) {

    public AidEvent {
        if (type == null || occurredAt == null || recordedAt == null || recordedBy == null || reason == null
                || reason.isBlank()) {
            throw new IllegalArgumentException("a mutual aid event needs a type, times, a recorder and a reason");
        }
        occurredAt = Precision.recorded(occurredAt);
        recordedAt = Precision.recorded(recordedAt);
        from = Precision.recorded(from);
        until = Precision.recorded(until);
        ciphers = ciphers == null ? List.of() : List.copyOf(ciphers);
    }

    boolean visibleAt(Instant at, Instant knownAt) {
        return !occurredAt.isAfter(at) && !recordedAt.isAfter(knownAt);
    }
}
