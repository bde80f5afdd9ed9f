package uk.arcs.officer;

import java.time.Instant;
import java.time.LocalDate;
import uk.arcs.force.Accreditation;

/**
 * The fields an event type carries beside its time and reason: an accreditation and its valid-until
 * date, the end of an absence, or the id of the event a correction voids. Checked once, here, for every
 * way an event enters ARCS.
 */
public record EventDetails(Accreditation accreditation, LocalDate validUntil, Instant until, Long corrects) {

    public EventDetails {
        until = uk.arcs.common.Precision.recorded(until);
    }

    public static final EventDetails NONE = new EventDetails(null, null, null, null);

    public static EventDetails accreditation(Accreditation accreditation, LocalDate validUntil) {
        return new EventDetails(accreditation, validUntil, null, null);
    }

    public static EventDetails absenceUntil(Instant until) {
        return new EventDetails(null, null, until, null);
    }

    public static EventDetails correcting(long eventId) {
        return new EventDetails(null, null, null, eventId);
    }

    /** Refuses details that do not fit the type, naming the field. */
    public void checkFits(OfficerEventType type, Instant occurredAt) {
        boolean needsAccreditation = type.category() == OfficerEventType.Category.ACCREDITATION;
        if (needsAccreditation && accreditation == null) {
            throw new InvalidEventException("accreditation", type + " needs an accreditation");
        }
        if (!needsAccreditation && accreditation != null) {
            throw new InvalidEventException("accreditation", type + " takes no accreditation");
        }
        if (type == OfficerEventType.ACCREDITED && validUntil == null) {
            throw new InvalidEventException("validUntil", "ACCREDITED needs a validUntil date");
        }
        if (type != OfficerEventType.ACCREDITED && validUntil != null) {
            throw new InvalidEventException("validUntil", type + " takes no validUntil date");
        }
        if (until != null && !type.isAbsence()) {
            throw new InvalidEventException("until", type + " takes no until; only absences end");
        }
        if (until != null && !until.isAfter(occurredAt)) {
            throw new InvalidEventException("until", "an absence must end after it starts");
        }
        if (type == OfficerEventType.RECORDED_IN_ERROR && corrects == null) {
            throw new InvalidEventException("corrects", "RECORDED_IN_ERROR needs the id of the event it corrects");
        }
        if (type != OfficerEventType.RECORDED_IN_ERROR && corrects != null) {
            throw new InvalidEventException("corrects", type + " corrects nothing; use RECORDED_IN_ERROR");
        }
    }
}
