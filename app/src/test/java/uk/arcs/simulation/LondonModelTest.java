package uk.arcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.arcs.simulation.json.BoroughGeoJson;

class LondonModelTest {

    private static final List<LondonModel.Borough> BOROUGHS = BoroughGeoJson.london();

    @Test
    void theZonesAreTheThirtyTwoBoroughsAndTheCityWithTheirCentroids() {
        SimulationConfig config = LondonModel.config(BOROUGHS, LondonModel.Options.defaults(15));
        assertThat(config.zones()).hasSize(33);
        SimulationConfig.Zone westminster = config.zones().get(config.zoneIndex("Westminster"));
        assertThat(westminster.lat()).isCloseTo(51.513, offset(0.01));
        assertThat(westminster.lon()).isCloseTo(-0.160, offset(0.01));
        assertThat(westminster.weight()).isEqualTo(LondonModel.INNER_WEIGHT);
        assertThat(config.zones().get(config.zoneIndex("Bromley")).weight()).isEqualTo(LondonModel.OUTER_WEIGHT);
        assertThat(config.zones().get(config.zoneIndex("City of London")).weight()).isEqualTo(LondonModel.CITY_WEIGHT);
        // Bromley, the largest borough, about 150 km2: two thirds of a 6.9 km radius.
        assertThat(config.zones().get(config.zoneIndex("Bromley")).withinZoneKm()).isCloseTo(4.6, offset(0.1));
    }

    @Test
    void demandIsTheMetsFirearmsOperationsPlusOtherArvCallsShapedByTheTimeOfDay() {
        SimulationConfig config = LondonModel.config(BOROUGHS, LondonModel.Options.defaults(15));
        assertThat(config.arrivalsPerHour() * 24 * 365).isCloseTo(3_685 + 10 * 365, offset(1e-6));
        assertThat(config.hourlyProfile()).hasSize(24);
        assertThat(config.hourlyProfile().get(22)).isGreaterThan(config.hourlyProfile().get(5));
    }

    @Test
    void carsAreSpreadAcrossDistinctBoroughsUntilEveryBoroughHasOne() {
        List<String> fifteen = LondonModel.config(BOROUGHS, LondonModel.Options.defaults(15)).cars().stream()
                .map(SimulationConfig.Car::homeZone).toList();
        assertThat(new HashSet<>(fifteen)).hasSize(15);
        assertThat(LondonModel.config(BOROUGHS, LondonModel.Options.defaults(15)).cars())
                .isEqualTo(LondonModel.config(BOROUGHS, LondonModel.Options.defaults(15)).cars());
        // Adding cars keeps the first ones where they were.
        List<String> two = LondonModel.config(BOROUGHS, LondonModel.Options.defaults(2)).cars().stream()
                .map(SimulationConfig.Car::homeZone).toList();
        assertThat(fifteen.subList(0, 2)).isEqualTo(two);

        List<String> forty = LondonModel.config(BOROUGHS, LondonModel.Options.defaults(40)).cars().stream()
                .map(SimulationConfig.Car::homeZone).toList();
        assertThat(new HashSet<>(forty)).hasSize(33);
        // The seven beyond one each go where demand per car is highest: inner London.
        assertThat(forty.subList(33, 40)).allSatisfy(home -> assertThat(BOROUGHS.stream()
                .filter(b -> b.name().equals(home)).findFirst().orElseThrow().inner()).isTrue());
    }
}
