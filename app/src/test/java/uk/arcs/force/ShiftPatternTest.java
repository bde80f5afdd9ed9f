package uk.arcs.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftPatternTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final ShiftPattern pattern = ShiftPattern.londonDefault();

    private static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    @Test
    void nightShiftAfterMidnightBelongsToTheDateItStarted() {
        ShiftInstance shift = pattern.shiftAt(london("2023-09-24T02:00"), LONDON).orElseThrow();
        assertThat(shift.name()).isEqualTo("NIGHT");
        assertThat(shift.startDate()).isEqualTo(LocalDate.of(2023, 9, 23));
        assertThat(shift.start()).isEqualTo(london("2023-09-23T23:00"));
        assertThat(shift.end()).isEqualTo(london("2023-09-24T07:00"));
    }

    @Test
    void shiftBoundariesBelongToTheShiftThatStarts() {
        assertThat(pattern.shiftAt(london("2023-09-20T07:00"), LONDON).orElseThrow().name()).isEqualTo("EARLY");
        assertThat(pattern.shiftAt(london("2023-09-20T14:59"), LONDON).orElseThrow().name()).isEqualTo("EARLY");
        assertThat(pattern.shiftAt(london("2023-09-20T15:00"), LONDON).orElseThrow().name()).isEqualTo("LATE");
        assertThat(pattern.shiftAt(london("2023-09-20T23:00"), LONDON).orElseThrow().name()).isEqualTo("NIGHT");
    }

    @Test
    void exactlyOneTeamWorksEachShiftOfTheLondonRota() {
        for (LocalDate date = LocalDate.of(2023, 9, 1); date.isBefore(LocalDate.of(2023, 10, 1)); date = date.plusDays(1)) {
            for (ShiftDefinition definition : pattern.shifts()) {
                ShiftInstance shift = pattern.instance(definition, date, LONDON);
                long working = java.util.stream.IntStream.rangeClosed(1, 5).filter(t -> pattern.works(t, shift)).count();
                assertThat(working).as("%s %s", date, definition.name()).isEqualTo(1);
            }
        }
    }

    @Test
    void teamOneWorksTheNightsOfTheTwentyThirdAndTwentyFourthOfSeptember2023() {
        assertThat(pattern.entryFor(1, LocalDate.of(2023, 9, 23))).isEqualTo("NIGHT");
        assertThat(pattern.entryFor(1, LocalDate.of(2023, 9, 24))).isEqualTo("NIGHT");
        assertThat(pattern.entryFor(1, LocalDate.of(2023, 9, 25))).isEqualTo("REST");
    }

    @Test
    void shiftsKeepLocalTimesAcrossTheEndOfSummerTime() {
        ShiftInstance beforeChange = pattern.shiftAt(london("2023-10-28T12:00"), LONDON).orElseThrow();
        ShiftInstance afterChange = pattern.shiftAt(london("2023-10-29T12:00"), LONDON).orElseThrow();
        assertThat(beforeChange.start()).isEqualTo(Instant.parse("2023-10-28T06:00:00Z"));
        assertThat(afterChange.start()).isEqualTo(Instant.parse("2023-10-29T07:00:00Z"));
    }

    @Test
    void rotaEntryThatIsNeitherAShiftNorRestIsRefused() {
        assertThatThrownBy(() -> new ShiftPattern(List.of(ShiftDefinition.parse("DAY 08:00 PT10H")),
                List.of("DAY", "NIGHT"), 2, 1, LocalDate.of(2023, 1, 2)))
                .hasMessageContaining("NIGHT is neither REST nor a shift name");
    }

    @Test
    void uncoveredInstantHasNoShift() {
        ShiftPattern days = new ShiftPattern(List.of(ShiftDefinition.parse("DAY 08:00 PT10H")), List.of("DAY"), 1, 0,
                LocalDate.of(2023, 1, 2));
        assertThat(days.shiftAt(london("2023-09-20T03:00"), LONDON)).isEmpty();
        assertThat(days.shiftAt(london("2023-09-20T09:00"), LONDON)).isPresent();
    }
}
