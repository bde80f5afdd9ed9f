package uk.arcs.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ShiftPattern;

/** Which instant the dashboard shows, as known when, and the timeline around it. */
class DashboardWindowTest {

    private static final Force MET = new Force(ForceCode.of("MET"), "Metropolitan Police Service",
            ZoneId.of("Europe/London"), ShiftPattern.londonDefault());
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void withoutAnInstantTheDashboardShowsNowAsKnownNowAndIsLive() {
        DashboardController.Moment moment = DashboardController.Moment.of(MET, null, null, null, NOW);
        assertThat(moment.at()).isEqualTo(NOW);
        assertThat(moment.knownAt()).isEqualTo(NOW);
        assertThat(moment.mode()).isEqualTo(DashboardController.KnownMode.NOW);
    }

    @Test
    void knownThenDrawsEachPictureFromWhatWasRecordedByItsOwnInstant() {
        DashboardController.Moment moment = DashboardController.Moment.of(MET, "2023-09-24T02:00", null, "then", NOW);
        assertThat(moment.at()).isEqualTo(Instant.parse("2023-09-24T01:00:00Z"));
        assertThat(moment.knownAt()).isEqualTo(moment.at());
        Instant earlier = Instant.parse("2023-09-23T12:00:00Z");
        assertThat(moment.knownAtOf(earlier)).isEqualTo(earlier);
        assertThat(DashboardController.Moment.of(MET, "2023-09-24T02:00", null, null, NOW).knownAtOf(earlier))
                .isEqualTo(NOW);
    }

    @Test
    void aChosenKnownAtIsUsedForEveryPicture() {
        DashboardController.Moment moment = DashboardController.Moment.of(MET, "2023-09-24T02:00",
                "2023-09-25T00:00", null, NOW);
        assertThat(moment.mode()).isEqualTo(DashboardController.KnownMode.GIVEN);
        assertThat(moment.knownAtOf(Instant.parse("2023-09-20T00:00:00Z")))
                .isEqualTo(Instant.parse("2023-09-24T23:00:00Z"));
    }

    @Test
    void contradictoryOrUnreadableKnowledgeIsRefused() {
        assertThatThrownBy(() -> DashboardController.Moment.of(MET, null, "2023-09-25T00:00", "then", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> DashboardController.Moment.of(MET, null, null, "yesterday", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'now' or 'then'");
        assertThatThrownBy(() -> DashboardController.Moment.of(MET, "last tuesday", null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an ISO-8601 instant");
    }

    @Test
    void theDefaultTimelineSpansEightDaysAroundAPastInstant() {
        Instant at = Instant.parse("2023-09-24T01:00:00Z");
        DashboardController.Window window = DashboardController.Window.of(MET, at, null, null, NOW);
        assertThat(window.from()).isEqualTo(at.minus(Duration.ofDays(4)));
        assertThat(window.to()).isEqualTo(at.plus(Duration.ofDays(4)));
        assertThat(window.fromParam()).isNull();
        assertThat(window.step()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void theDefaultTimelineOfNowEndsNowAndLooksBackEightDays() {
        DashboardController.Window window = DashboardController.Window.of(MET, NOW, null, null, NOW);
        assertThat(window.to()).isEqualTo(NOW);
        assertThat(window.from()).isEqualTo(NOW.minus(Duration.ofDays(8)));
    }

    @Test
    void aChosenWindowIsKeptAndItsChartHasAboutNinetySixPoints() {
        DashboardController.Window window = DashboardController.Window.of(MET, NOW, "2023-09-20T00:00",
                "2023-09-29T00:00", NOW);
        assertThat(window.from()).isEqualTo(Instant.parse("2023-09-19T23:00:00Z"));
        assertThat(window.to()).isEqualTo(Instant.parse("2023-09-28T23:00:00Z"));
        assertThat(window.fromParam()).isEqualTo("2023-09-20T00:00");
        assertThat(window.step()).isEqualTo(Duration.ofHours(3));
        assertThat(window.toMinute() - window.fromMinute()).isEqualTo(9 * 24 * 60);
    }

    @Test
    void aWindowThatIsBackwardsHalfGivenOrTooLongIsRefused() {
        for (List<String> bad : List.of(List.of("2023-09-29T00:00", "2023-09-20T00:00"),
                List.of("2023-09-20T00:00", ""), List.of("2023-01-01T00:00", "2023-09-20T00:00"))) {
            assertThatThrownBy(() -> DashboardController.Window.of(MET, NOW, bad.get(0), bad.get(1), NOW))
                    .as("window %s", bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
