package uk.arcs.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.forecast.SyntheticForce.SYN;
import static uk.arcs.forecast.SyntheticForce.T;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.arcs.InMemoryArcs;
import uk.arcs.force.Accreditation;
import uk.arcs.officer.EventDetails;
import uk.arcs.officer.OfficerEventType;

class ForecasterTest {

    /** Recent and old events weigh alike, so the learned rate can be checked by hand. */
    private static final ForecastSettings UNWEIGHTED = new ForecastSettings(48, 72, 1e9, 300, 5, 7);
    private static final LocalDate YEAR_AHEAD = LocalDate.of(2025, 3, 1);

    private static Forecast forecast(InMemoryArcs arcs, ForecastSettings settings) {
        return new Forecaster(arcs.capability, arcs.officers, arcs, arcs.clock).forecast(SYN, T, arcs.clock.instant(),
                settings);
    }

    private static Forecast.Rates arv(Forecast forecast) {
        return forecast.rates().stream().filter(r -> r.group() == Accreditation.ARV).findFirst().orElseThrow();
    }

    private static Forecast.Break cars(Forecast forecast) {
        return forecast.breaks().stream().filter(b -> b.requirement().equals("ARV cars")).findFirst().orElseThrow();
    }

    @Test
    void steadyRateOfStepBacksIsLearnedAndProjectsTheBreakWhereTheDecayCrossesTheRequirement() {
        SyntheticForce force = new SyntheticForce(100, 30, YEAR_AHEAD);
        for (int i = 0; i < 48; i++) {
            force.add(force.officer(i), OfficerEventType.STEPPED_BACK, T.minus(Duration.ofHours(48 - i)).plusSeconds(60),
                    EventDetails.NONE);
        }
        Forecast forecast = forecast(force.load(), UNWEIGHTED);

        assertThat(forecast.confidence()).isEqualTo(Forecast.Confidence.PROJECTED);
        Forecast.Rates rates = arv(forecast);
        assertThat(rates.stepBacks()).isEqualTo(48);
        assertThat(rates.returns()).isZero();
        // 48 step-backs over the officer-hours spent authorised: 100 officers falling to 52, one an hour.
        double authorisedHours = 0;
        for (int hour = 0; hour < 48; hour++) {
            authorisedHours += 100 - hour - 0.75;
        }
        assertThat(rates.stepBackPerHour()).isCloseTo(48 / authorisedHours, org.assertj.core.data.Percentage.withPercentage(3));
        // 52 officers, each leaving at that rate, fall below 30 after ln(52/30)/rate hours: about 42.
        double expectedHours = Math.log(52.0 / 30.0) / rates.stepBackPerHour();
        Forecast.Break cars = cars(forecast);
        assertThat(cars.brokenNow()).isFalse();
        assertThat(cars.probability()).isGreaterThan(0.8);
        // A break is seen at the start of the first shift after the crossing; this force's one shift is 24 hours.
        double medianHours = Duration.between(T, cars.median()).toMinutes() / 60.0;
        assertThat(medianHours).isBetween(expectedHours - 12, expectedHours + 24);
        assertThat(cars.earliest()).isBefore(cars.median());
        assertThat(forecast.steppedBack().getFirst().median()).isEqualTo(48);
        assertThat(forecast.steppedBack().getLast().median()).isGreaterThan(60);
        assertThat(forecast.steppedBack().getLast().low()).isLessThan(forecast.steppedBack().getLast().high());
    }

    @Test
    void burstThenRecoveryProjectsFurtherReturnsAndNoBreak() {
        SyntheticForce force = new SyntheticForce(100, 30, YEAR_AHEAD);
        for (int i = 0; i < 40; i++) {
            force.add(force.officer(i), OfficerEventType.STEPPED_BACK, T.minus(Duration.ofHours(47)).plusSeconds(600L * i),
                    EventDetails.NONE);
        }
        for (int i = 0; i < 35; i++) {
            force.add(force.officer(i), OfficerEventType.RETURNED, T.minus(Duration.ofHours(20)).plusSeconds(1_500L * i),
                    EventDetails.NONE);
        }
        Forecast forecast = forecast(force.load(), ForecastSettings.DEFAULTS);

        Forecast.Rates rates = arv(forecast);
        assertThat(rates.stepBacks()).isEqualTo(40);
        assertThat(rates.returns()).isEqualTo(35);
        assertThat(rates.returnPerHour()).isGreaterThan(rates.stepBackPerHour());
        assertThat(forecast.steppedBack().getFirst().median()).isEqualTo(5);
        assertThat(forecast.steppedBack().getLast().median()).isLessThanOrEqualTo(5);
        assertThat(cars(forecast).probability()).isLessThan(0.05);
    }

    @Test
    void withoutRecentChangesTheForecastSaysItCannotProject() {
        InMemoryArcs arcs = new SyntheticForce(100, 30, YEAR_AHEAD).load();
        Forecast forecast = forecast(arcs, ForecastSettings.DEFAULTS);
        assertThat(forecast.confidence()).isEqualTo(Forecast.Confidence.INSUFFICIENT_DATA);
        assertThat(forecast.message()).contains("0 step-backs or returns were recorded in the last 48 hours")
                .contains("too few to project from");
        assertThat(forecast.steppedBack()).isEmpty();
        assertThat(forecast.breaks()).allMatch(b -> !b.brokenNow() && b.probability() == 0 && b.median() == null);
    }

    @Test
    void requirementAlreadyBrokenIsShownAsBrokenNowEvenWithoutAProjection() {
        InMemoryArcs arcs = new SyntheticForce(20, 30, YEAR_AHEAD).load();
        Forecast.Break cars = cars(forecast(arcs, ForecastSettings.DEFAULTS));
        assertThat(cars.brokenNow()).isTrue();
        assertThat(cars.median()).isEqualTo(T);
    }

    @Test
    void sameSeedGivesTheSameForecast() {
        SyntheticForce force = new SyntheticForce(100, 30, YEAR_AHEAD);
        for (int i = 0; i < 10; i++) {
            force.add(force.officer(i), OfficerEventType.STEPPED_BACK, T.minus(Duration.ofHours(10 - i)), EventDetails.NONE);
        }
        InMemoryArcs arcs = force.load();
        assertThat(forecast(arcs, ForecastSettings.DEFAULTS)).isEqualTo(forecast(arcs, ForecastSettings.DEFAULTS));
    }

    @Test
    void forecastLeavesTheRecordedLogUntouched() {
        SyntheticForce force = new SyntheticForce(50, 10, YEAR_AHEAD);
        for (int i = 0; i < 10; i++) {
            force.add(force.officer(i), OfficerEventType.STEPPED_BACK, T.minus(Duration.ofHours(10 - i)), EventDetails.NONE);
        }
        InMemoryArcs arcs = force.load();
        int events = arcs.storedOfficerEvents();
        var before = arcs.officers.statusesAt(SYN, T.plus(Duration.ofHours(30)), arcs.clock.instant());
        forecast(arcs, ForecastSettings.DEFAULTS);
        assertThat(arcs.storedOfficerEvents()).isEqualTo(events);
        assertThat(arcs.officers.statusesAt(SYN, T.plus(Duration.ofHours(30)), arcs.clock.instant())).isEqualTo(before);
    }
}
