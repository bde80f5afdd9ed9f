package uk.arcs.officer;

import static uk.arcs.common.RowFields.blank;
import static uk.arcs.common.RowFields.field;
import static uk.arcs.common.RowFields.required;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import uk.arcs.common.Instants;
import uk.arcs.common.RowError;
import uk.arcs.force.Accreditation;

/** An event as typed by a person or read from a file: text fields, checked one by one so every fault is named. */
public record OfficerEventRow(String cipher, String type, String occurredAt, String reason, String accreditation,
                              String validUntil, String until, String corrects) {

    /** The event this row describes, or null with the row's faults added to {@code errors}. */
    public NewOfficerEvent parse(String source, int row, ZoneId zone, List<RowError> errors) {
        int before = errors.size();
        Cipher parsedCipher = field(source, row, "cipher", errors, () -> Cipher.of(cipher));
        OfficerEventType parsedType = field(source, row, "type", errors, () -> OfficerEventType.parse(required(type, "type")));
        Instant parsedOccurred = field(source, row, "occurredAt", errors, () -> Instants.parse(occurredAt, zone));
        Accreditation parsedAccreditation = blank(accreditation) ? null
                : field(source, row, "accreditation", errors, () -> Accreditation.parse(accreditation));
        LocalDate parsedValidUntil = blank(validUntil) ? null
                : field(source, row, "validUntil", errors, () -> Instants.parseDate(validUntil));
        Instant parsedUntil = blank(until) ? null : field(source, row, "until", errors, () -> Instants.parse(until, zone));
        Long parsedCorrects = blank(corrects) ? null : field(source, row, "corrects", errors, () -> {
            try {
                return Long.parseLong(corrects.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("corrects must be an event id, not '" + corrects + "'");
            }
        });
        if (errors.size() > before) {
            return null;
        }
        try {
            return new NewOfficerEvent(parsedCipher, parsedType, parsedOccurred, reason,
                    new EventDetails(parsedAccreditation, parsedValidUntil, parsedUntil, parsedCorrects));
        } catch (InvalidEventException e) {
            errors.add(new RowError(source, row, e.field(), e.getMessage()));
            return null;
        }
    }
}
