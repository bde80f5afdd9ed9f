package uk.arcs.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.arcs.common.RowError;
import uk.arcs.force.Accreditation;

class OfficerEventRowTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void everyUnreadableFieldOfARowIsNamed() {
        List<RowError> errors = new ArrayList<>();
        NewOfficerEvent event = new OfficerEventRow("nx 121", "STEPPED_OUT", "yesterday", "reflection", "SNIPER",
                "soon", null, "abc").parse("events", 3, LONDON, errors);
        assertThat(event).isNull();
        assertThat(errors).extracting(RowError::field)
                .containsExactly("cipher", "type", "occurredAt", "accreditation", "validUntil", "corrects");
        assertThat(errors).allMatch(e -> e.row() == 3 && e.source().equals("events"));
    }

    @Test
    void localTimesAreReadInTheForceTimeZone() {
        List<RowError> errors = new ArrayList<>();
        NewOfficerEvent event = new OfficerEventRow("ar101", "stepped_back", "2023-09-24T02:00", "reflection", null,
                null, null, null).parse("events", 1, LONDON, errors);
        assertThat(errors).isEmpty();
        assertThat(event.cipher().value()).isEqualTo("AR101");
        assertThat(event.type()).isEqualTo(OfficerEventType.STEPPED_BACK);
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2023-09-24T01:00:00Z"));
    }

    @Test
    void detailsThatDoNotFitTheTypeAreRefusedNamingTheField() {
        List<RowError> errors = new ArrayList<>();
        new OfficerEventRow("AR101", "STEPPED_BACK", "2023-09-24T02:00Z", "reflection", null, "2024-01-01", null, null)
                .parse("events", 1, LONDON, errors);
        new OfficerEventRow("AR101", "ACCREDITED", "2023-09-24T02:00Z", "requalified", "ARV", null, null, null)
                .parse("events", 2, LONDON, errors);
        new OfficerEventRow("AR101", "ANNUAL_LEAVE", "2023-09-24T02:00Z", "leave", null, null, "2023-09-20T00:00Z", null)
                .parse("events", 3, LONDON, errors);
        new OfficerEventRow("AR101", "RETURNED", "2023-09-24T02:00Z", " ", null, null, null, null)
                .parse("events", 4, LONDON, errors);
        assertThat(errors).extracting(RowError::row, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "validUntil"), org.assertj.core.groups.Tuple.tuple(2, "validUntil"),
                org.assertj.core.groups.Tuple.tuple(3, "until"), org.assertj.core.groups.Tuple.tuple(4, "reason"));
    }

    @Test
    void accreditationRowCarriesItsRoleAndDate() {
        List<RowError> errors = new ArrayList<>();
        NewOfficerEvent event = new OfficerEventRow("AR101", "ACCREDITED", "2023-09-01T10:00Z", "requalified", "arv",
                "2024-08-31", null, null).parse("events", 1, LONDON, errors);
        assertThat(errors).isEmpty();
        assertThat(event.details().accreditation()).isEqualTo(Accreditation.ARV);
        assertThat(event.details().validUntil()).isEqualTo(java.time.LocalDate.of(2024, 8, 31));
    }
}
