package uk.arcs.simulation;

import java.util.List;
import java.util.stream.IntStream;

/** Configs for the tests: a single zone (the M/M/N system) and the pieces of richer ones. */
final class Configs {

    private Configs() {
    }

    static List<SimulationConfig.Car> carsAt(String zone, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new SimulationConfig.Car("ARV" + i, zone)).toList();
    }

    /** N cars in one zone, instant travel, exponential on-scene time: M/M/N with queue or loss. */
    static SimulationConfig singleZone(int cars, double arrivalsPerHour, double meanOnSceneMinutes,
                                       SimulationConfig.WhenAllBusy whenAllBusy, double hours, int replications,
                                       long seed) {
        return new SimulationConfig(List.of(new SimulationConfig.Zone("A", 51.5, -0.1, 1, 0)), carsAt("A", cars),
                arrivalsPerHour, List.of(), 1, new SimulationConfig.OnSceneTime.Exponential(meanOnSceneMinutes),
                new SimulationConfig.Travel.Instantaneous(), whenAllBusy, hours, 200, replications, seed,
                List.of(10.0, 15.0));
    }
}
