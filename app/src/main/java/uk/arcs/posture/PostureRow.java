package uk.arcs.posture;

import static uk.arcs.common.RowFields.blank;
import static uk.arcs.common.RowFields.field;
import static uk.arcs.common.RowFields.required;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import uk.arcs.common.Instants;
import uk.arcs.common.RowError;
import uk.arcs.force.Accreditation;

/** A posture change as typed or read from a file: text fields, each fault named. */
public record PostureRow(String type, String occurredAt, String reason, String site, String siteName,
                         String accreditation, String quantity, String crewSize, String counterTerrorism, String unit,
                         String level) {

    public PostureChange parse(String source, int row, ZoneId zone, List<RowError> errors) {
        int before = errors.size();
        PostureEventType parsedType = field(source, row, "type", errors, () -> PostureEventType.parse(required(type, "type")));
        Instant parsedOccurred = field(source, row, "occurredAt", errors, () -> Instants.parse(occurredAt, zone));
        Accreditation parsedAccreditation = blank(accreditation) ? null
                : field(source, row, "accreditation", errors, () -> Accreditation.parse(accreditation));
        Integer parsedQuantity = blank(quantity) ? null : field(source, row, "quantity", errors, () -> integer(quantity));
        Integer parsedCrew = blank(crewSize) ? null : field(source, row, "crewSize", errors, () -> integer(crewSize));
        Boolean parsedCt = blank(counterTerrorism) ? null
                : field(source, row, "counterTerrorism", errors, () -> bool(counterTerrorism));
        ThreatLevel parsedLevel = blank(level) ? null : field(source, row, "level", errors, () -> ThreatLevel.parse(level));
        if (errors.size() > before) {
            return null;
        }
        try {
            return new PostureChange(parsedType, parsedOccurred, reason, blank(site) ? null : site.trim(),
                    blank(siteName) ? null : siteName.trim(), parsedAccreditation, parsedQuantity, parsedCrew, parsedCt,
                    blank(unit) ? null : unit.trim(), parsedLevel);
        } catch (InvalidPostureException e) {
            errors.add(new RowError(source, row, e.field(), e.getMessage()));
            return null;
        }
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }

    private static boolean bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
        };
    }
}
