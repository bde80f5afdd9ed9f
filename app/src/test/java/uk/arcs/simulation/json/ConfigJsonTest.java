package uk.arcs.simulation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.arcs.simulation.InvalidConfigException;
import uk.arcs.simulation.LondonModel;
import uk.arcs.simulation.SimulationConfig;

class ConfigJsonTest {

    private static final String MINIMAL = """
            { "zones": [{"id": "A", "lat": 51.50, "lon": -0.20, "weight": 0.5}],
              "cars": [{"id": "ARV1", "homeZone": "A"}],
              "arrivalsPerHour": 1.5,
              "onSceneMinutes": {"distribution": "lognormal", "mean": 60, "sd": 30},
              "travel": {"speedKmh": 48, "roadFactor": 1.4},
              "hours": 1000 }
            """;

    @Test
    void optionalFieldsTakeTheirDocumentedDefaults() {
        SimulationConfig config = ConfigJson.read(MINIMAL);
        assertThat(config.carsPerIncident()).isEqualTo(1);
        assertThat(config.whenAllBusy()).isEqualTo(SimulationConfig.WhenAllBusy.QUEUE);
        assertThat(config.warmupHours()).isZero();
        assertThat(config.replications()).isEqualTo(ConfigJson.DEFAULT_REPLICATIONS);
        assertThat(config.seed()).isEqualTo(1);
        assertThat(config.targetMinutes()).containsExactly(10.0, 15.0);
        assertThat(config.hourlyProfile()).isEmpty();
        assertThat(config.onSceneMinutes()).isEqualTo(new SimulationConfig.OnSceneTime.LogNormal(60, 30));
        assertThat(config.travel()).isEqualTo(new SimulationConfig.Travel.ByRoad(48, 1.4));
    }

    @Test
    void instantTravelAndLossAreRead() {
        SimulationConfig config = ConfigJson.read(MINIMAL.replace("\"speedKmh\": 48, \"roadFactor\": 1.4", "\"instant\": true")
                .replace("\"hours\": 1000", "\"hours\": 1000, \"whenAllBusy\": \"lost\""));
        assertThat(config.travel()).isEqualTo(new SimulationConfig.Travel.Instantaneous());
        assertThat(config.whenAllBusy()).isEqualTo(SimulationConfig.WhenAllBusy.LOST);
    }

    @Test
    void aPrintedConfigReadsBackAsTheSameConfig() {
        SimulationConfig london = LondonModel.config(BoroughGeoJson.london(), LondonModel.Options.defaults(15));
        assertThat(ConfigJson.read(ResultJson.write(ConfigJson.of(london)))).isEqualTo(london);
        SimulationConfig instant = ConfigJson.read(MINIMAL.replace("\"speedKmh\": 48, \"roadFactor\": 1.4", "\"instant\": true"));
        assertThat(ConfigJson.read(ResultJson.write(ConfigJson.of(instant)))).isEqualTo(instant);
    }

    @Test
    void everyRefusalNamesTheField() {
        assertRefused(MINIMAL.replace("\"weight\": 0.5", "\"weight\": -0.5"), "zones[0].weight: must be zero or more");
        assertRefused(MINIMAL.replace("\"weight\": 0.5", "\"weight\": 0.5, \"colour\": \"red\""),
                "zones[0].colour: unknown property");
        assertRefused(MINIMAL.replace("\"roadFactor\": 1.4", "\"roadFactor\": 1.4, \"mph\": 30"),
                "travel.mph: unknown property");
        assertRefused(MINIMAL.replace("\"lat\": 51.50", "\"lat\": \"north\""), "zones[0].lat: has the wrong type");
        assertRefused(MINIMAL.replace("\"arrivalsPerHour\": 1.5,", ""), "arrivalsPerHour: is required");
        assertRefused(MINIMAL.replace("\"arrivalsPerHour\": 1.5", "\"arrivalsPerHour\": -2"),
                "arrivalsPerHour: must be a positive number");
        assertRefused(MINIMAL.replace("\"homeZone\": \"A\"", "\"homeZone\": \"Q\""), "cars[0].homeZone: unknown zone 'Q'");
        assertRefused(MINIMAL.replace("\"cars\": [{\"id\": \"ARV1\", \"homeZone\": \"A\"}]", "\"cars\": []"),
                "cars: at least one car is needed");
        assertRefused(MINIMAL.replace("\"weight\": 0.5", "\"weight\": 0"), "zones: weights must sum to a positive number");
        assertRefused(MINIMAL.replace("lognormal", "gamma"), "onSceneMinutes.distribution: must be exponential, lognormal or fixed");
        assertRefused(MINIMAL.replace("\"sd\": 30", "\"sd\": -1"), "onSceneMinutes.sd: must be a positive number");
        assertRefused(MINIMAL.replace("\"speedKmh\": 48", "\"speedKmh\": 0"), "travel.speedKmh: must be a positive number");
        assertRefused(MINIMAL.replace("\"hours\": 1000", "\"hours\": 1000, \"whenAllBusy\": \"wait\""),
                "whenAllBusy: must be queue or lost");
        assertRefused("[1, 2]", "config: is not a JSON object");
        assertRefused("{", "config: is not a JSON object");
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> ConfigJson.read(json)).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith(message);
    }
}
