package uk.arcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A config that cannot be simulated is refused with the field at fault named first. */
class SimulationConfigTest {

    private static final List<SimulationConfig.Zone> ZONES = List.of(new SimulationConfig.Zone("A", 51.5, -0.2, 1, 0),
            new SimulationConfig.Zone("B", 51.5, -0.1, 0, 0));
    private static final List<SimulationConfig.Car> CARS = List.of(new SimulationConfig.Car("ARV1", "A"),
            new SimulationConfig.Car("ARV2", "B"), new SimulationConfig.Car("ARV3", "A"));

    private static SimulationConfig config(List<SimulationConfig.Zone> zones, List<SimulationConfig.Car> cars,
                                           double arrivalsPerHour, List<Double> profile, int carsPerIncident,
                                           double hours, double warmup, int replications, List<Double> targets) {
        return new SimulationConfig(zones, cars, arrivalsPerHour, profile, carsPerIncident,
                new SimulationConfig.OnSceneTime.Exponential(60), new SimulationConfig.Travel.Instantaneous(),
                SimulationConfig.WhenAllBusy.QUEUE, hours, warmup, replications, 1, targets);
    }

    private static SimulationConfig valid() {
        return config(ZONES, CARS, 1.5, List.of(), 1, 1000, 10, 4, List.of(10.0));
    }

    @Test
    void aValidConfigIsAccepted() {
        assertThatCode(SimulationConfigTest::valid).doesNotThrowAnyException();
    }

    @Test
    void aCarWhoseHomeZoneIsUnknownIsNamedByPosition() {
        List<SimulationConfig.Car> cars = List.of(CARS.get(0), CARS.get(1), new SimulationConfig.Car("ARV3", "Q"));
        assertThatThrownBy(() -> config(ZONES, cars, 1.5, List.of(), 1, 1000, 10, 4, List.of()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("cars[2].homeZone: unknown zone 'Q'");
    }

    @Test
    void noCarsIsRefused() {
        assertThatThrownBy(() -> config(ZONES, List.of(), 1.5, List.of(), 1, 1000, 10, 4, List.of()))
                .hasMessage("cars: at least one car is needed");
    }

    @Test
    void negativeOrZeroRatesAreRefused() {
        assertThatThrownBy(() -> config(ZONES, CARS, -1, List.of(), 1, 1000, 10, 4, List.of()))
                .hasMessageStartingWith("arrivalsPerHour: must be a positive number");
        assertThatThrownBy(() -> new SimulationConfig.OnSceneTime.Exponential(-5))
                .hasMessageStartingWith("mean: must be a positive number");
        assertThatThrownBy(() -> new SimulationConfig.Travel.ByRoad(0, 1.4))
                .hasMessageStartingWith("speedKmh: must be a positive number");
        assertThatThrownBy(() -> new SimulationConfig.Travel.ByRoad(48, 0.8))
                .hasMessageStartingWith("roadFactor: must be at least 1");
    }

    @Test
    void weightsMustSumToAPositiveNumberAndNoneBeNegative() {
        List<SimulationConfig.Zone> none = List.of(new SimulationConfig.Zone("A", 51.5, -0.2, 0, 0));
        assertThatThrownBy(() -> config(none, List.of(new SimulationConfig.Car("ARV1", "A")), 1, List.of(), 1, 1000,
                10, 4, List.of())).hasMessage("zones: weights must sum to a positive number");
        assertThatThrownBy(() -> new SimulationConfig.Zone("A", 51.5, -0.2, -1, 0))
                .hasMessageStartingWith("weight: must be zero or more");
        assertThatThrownBy(() -> new SimulationConfig.Zone("A", 95, -0.2, 1, 0))
                .hasMessageStartingWith("lat: must be between -90 and 90");
    }

    @Test
    void nestedFaultsAreNamedFromTheTop() {
        InvalidConfigException fault = new InvalidConfigException("lat", "must be between -90 and 90, not 95.0");
        assertThat(fault.within("zones[3]"))
                .hasMessage("zones[3].lat: must be between -90 and 90, not 95.0");
    }

    @Test
    void duplicatesAreRefused() {
        List<SimulationConfig.Zone> twice = List.of(ZONES.get(0), ZONES.get(0));
        assertThatThrownBy(() -> config(twice, CARS, 1, List.of(), 1, 1000, 10, 4, List.of()))
                .hasMessage("zones[1].id: duplicate zone 'A'");
        assertThatThrownBy(() -> config(ZONES, CARS, 1, List.of(), 1, 1000, 10, 4, List.of(10.0, 10.0)))
                .hasMessage("targetMinutes[1]: duplicate target 10.0");
    }

    @Test
    void runLengthAndRepetitionsAreChecked() {
        assertThatThrownBy(() -> config(ZONES, CARS, 1, List.of(), 1, 100, 100, 4, List.of()))
                .hasMessageStartingWith("warmupHours: must be less than hours");
        assertThatThrownBy(() -> config(ZONES, CARS, 1, List.of(), 1, 100, 0, 0, List.of()))
                .hasMessageStartingWith("replications: must be between 1 and");
        assertThatThrownBy(() -> config(ZONES, CARS, 1000, List.of(), 1, 1_000_000, 0, 1, List.of()))
                .hasMessageStartingWith("hours: arrivalsPerHour x hours would be about 1000000000 incidents");
        assertThatThrownBy(() -> config(ZONES, CARS, 1, List.of(), 4, 100, 0, 1, List.of()))
                .hasMessageStartingWith("carsPerIncident: must be between 1 and the number of cars (3)");
    }

    @Test
    void anHourlyProfileHasTwentyFourNonNegativeValues() {
        assertThatThrownBy(() -> config(ZONES, CARS, 1, List.of(1.0, 2.0), 1, 100, 0, 1, List.of()))
                .hasMessage("hourlyProfile: needs one value per hour of the day (24), not 2");
        List<Double> negative = new ArrayList<>(Collections.nCopies(24, 1.0));
        negative.set(5, -1.0);
        assertThatThrownBy(() -> config(ZONES, CARS, 1, negative, 1, 100, 0, 1, List.of()))
                .hasMessageStartingWith("hourlyProfile[5]: must be zero or more");
    }
}
