package uk.arcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static final SimulationConfig.Zone WEST = new SimulationConfig.Zone("W", 51.50, -0.30, 2, 1.5);
    private static final SimulationConfig.Zone EAST = new SimulationConfig.Zone("E", 51.50, 0.05, 1, 1.5);

    private static SimulationConfig roads(long seed, int replications) {
        return new SimulationConfig(List.of(WEST, EAST),
                List.of(new SimulationConfig.Car("ARV1", "W"), new SimulationConfig.Car("ARV2", "E")), 1.0,
                List.of(), 1, new SimulationConfig.OnSceneTime.LogNormal(50, 30),
                new SimulationConfig.Travel.ByRoad(48, 1.4), SimulationConfig.WhenAllBusy.QUEUE, 2_000, 24,
                replications, seed, List.of(10.0, 15.0));
    }

    @Test
    void theSameSeedGivesTheSameResultAndAnotherSeedAnotherResult() {
        Simulator simulator = new Simulator(2);
        assertThat(simulator.run(roads(7, 4))).isEqualTo(simulator.run(roads(7, 4)));
        assertThat(simulator.run(roads(8, 4))).isNotEqualTo(simulator.run(roads(7, 4)));
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        assertThat(new Simulator(1).run(roads(3, 5))).isEqualTo(new Simulator(4).run(roads(3, 5)));
    }

    @Test
    void aReplicationKeepsItsRandomStreamWhateverTheNumberOfReplications() {
        List<Long> firstOfThree = Simulator.streams(5, 3).stream().map(rng -> rng.nextLong()).toList();
        List<Long> firstOfOne = Simulator.streams(5, 1).stream().map(rng -> rng.nextLong()).toList();
        assertThat(firstOfThree.getFirst()).isEqualTo(firstOfOne.getFirst());
        assertThat(firstOfThree).doesNotHaveDuplicates();
    }

    @Test
    void oneReplicationHasNoConfidenceInterval() {
        SimulationResult one = new Simulator(1).run(roads(5, 1));
        assertThat(one.figures().incidents().mean()).isPositive();
        assertThat(one.figures().incidents().ci95()).isNaN();
    }

    @Test
    void travelMakesResponsesLongerThanWaitsAndNearerCarsAreSent() {
        SimulationResult result = new Simulator(2).run(roads(1, 4));
        Figures<Estimate> figures = result.figures();
        // Within a zone the car travels withinZoneKm (1.5 km x 1.4 at 48 km/h = 2.6 minutes) at least.
        assertThat(figures.responseMinutes().p50().mean()).isGreaterThanOrEqualTo(2.6);
        assertThat(figures.responseMinutes().mean().mean()).isGreaterThan(figures.meanWaitMinutes().mean());
        assertThat(figures.responseMinutes().p95().mean()).isGreaterThan(figures.responseMinutes().p90().mean());
        assertThat(figures.zones().get(0).incidents().mean()).isGreaterThan(figures.zones().get(1).incidents().mean());
        assertThat(figures.withinTarget().get(1).mean()).isGreaterThanOrEqualTo(figures.withinTarget().get(0).mean());
        assertThat(result.carIds()).containsExactly("ARV1", "ARV2");
    }

    @Test
    void progressIsReportedForEveryReplication() {
        List<Integer> done = new CopyOnWriteArrayList<>();
        new Simulator(2).run(roads(1, 6), (finished, total) -> done.add(finished));
        assertThat(done).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aThreadCountBelowOneIsRefused() {
        assertThatThrownBy(() -> new Simulator(0)).hasMessageContaining("threads must be at least 1");
    }
}
