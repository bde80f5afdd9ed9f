package uk.arcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Several zones, instant travel, exponential on-scene times and calls lost when every car is busy: Larson's
 * hypercube queueing model (1974). Its states are the sets of busy cars; a call in zone j takes the first free
 * car on j's list of nearest cars. Solving that Markov chain exactly gives each car's share of time busy, which
 * the simulation must reproduce within its confidence interval (twice the 95% half-width, as in
 * {@link QueueingTheoryTest}, for the same reason).
 */
class HypercubeModelTest {

    private static final double LAT = 51.5;

    record Exact(double[] utilisation, double allBusy) {
    }

    /**
     * The hypercube chain solved as balance equations over all 2^N busy/free states. Zones lie on one parallel
     * of latitude, so the nearest car is the one with the nearest longitude (ties by car order).
     */
    static Exact hypercube(double[] zoneLon, double[] weight, int[] homeZone, double lambda, double mu) {
        int cars = homeZone.length;
        int states = 1 << cars;
        double totalWeight = 0;
        for (double w : weight) {
            totalWeight += w;
        }
        double[][] generator = new double[states][states];
        for (int state = 0; state < states; state++) {
            for (int zone = 0; zone < zoneLon.length; zone++) {
                int z = zone;
                List<Integer> nearestFirst = IntStream.range(0, cars).boxed()
                        .sorted(Comparator.<Integer>comparingDouble(c -> Math.abs(zoneLon[homeZone[c]] - zoneLon[z]))
                                .thenComparingInt(c -> c)).toList();
                for (int car : nearestFirst) {
                    if ((state & (1 << car)) == 0) {
                        generator[state][state | (1 << car)] += lambda * weight[zone] / totalWeight;
                        break;
                    }
                }
            }
            for (int car = 0; car < cars; car++) {
                if ((state & (1 << car)) != 0) {
                    generator[state][state & ~(1 << car)] += mu;
                }
            }
            double out = 0;
            for (int to = 0; to < states; to++) {
                out += to == state ? 0 : generator[state][to];
            }
            generator[state][state] = -out;
        }
        double[] pi = stationary(generator);
        double[] utilisation = new double[cars];
        for (int state = 0; state < states; state++) {
            for (int car = 0; car < cars; car++) {
                if ((state & (1 << car)) != 0) {
                    utilisation[car] += pi[state];
                }
            }
        }
        return new Exact(utilisation, pi[states - 1]);
    }

    /** Solves pi Q = 0 with sum(pi) = 1 by Gaussian elimination with partial pivoting. */
    static double[] stationary(double[][] q) {
        int n = q.length;
        double[][] a = new double[n][n + 1];
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                a[row][col] = q[col][row];
            }
        }
        for (int col = 0; col < n; col++) {
            a[n - 1][col] = 1;
        }
        a[n - 1][n] = 1;
        for (int pivot = 0; pivot < n; pivot++) {
            int best = pivot;
            for (int row = pivot + 1; row < n; row++) {
                if (Math.abs(a[row][pivot]) > Math.abs(a[best][pivot])) {
                    best = row;
                }
            }
            double[] swap = a[pivot];
            a[pivot] = a[best];
            a[best] = swap;
            for (int row = 0; row < n; row++) {
                if (row != pivot) {
                    double factor = a[row][pivot] / a[pivot][pivot];
                    for (int col = pivot; col <= n; col++) {
                        a[row][col] -= factor * a[pivot][col];
                    }
                }
            }
        }
        double[] pi = new double[n];
        for (int i = 0; i < n; i++) {
            pi[i] = a[i][n] / a[i][i];
        }
        return pi;
    }

    static SimulationConfig config(double[] zoneLon, double[] weight, int[] homeZone, double lambda,
                                   double meanOnSceneMinutes) {
        List<SimulationConfig.Zone> zones = new ArrayList<>();
        for (int z = 0; z < zoneLon.length; z++) {
            zones.add(new SimulationConfig.Zone("Z" + z, LAT, zoneLon[z], weight[z], 0));
        }
        List<SimulationConfig.Car> cars = IntStream.range(0, homeZone.length)
                .mapToObj(c -> new SimulationConfig.Car("ARV" + (c + 1), "Z" + homeZone[c])).toList();
        return new SimulationConfig(zones, cars, lambda, List.of(), 1,
                new SimulationConfig.OnSceneTime.Exponential(meanOnSceneMinutes),
                new SimulationConfig.Travel.Instantaneous(), SimulationConfig.WhenAllBusy.LOST, 40_000, 200, 8, 21,
                List.of(10.0));
    }

    private static void assertMatches(SimulationResult result, Exact exact) {
        for (int car = 0; car < exact.utilisation().length; car++) {
            Estimate simulated = result.figures().utilisation().get(car);
            assertThat(simulated.ci95()).as("car %d half-width", car).isLessThan(0.005);
            assertThat(Math.abs(simulated.mean() - exact.utilisation()[car]))
                    .as("car %d: simulated %s against exact %s", car, simulated, exact.utilisation()[car])
                    .isLessThanOrEqualTo(2 * simulated.ci95());
        }
        Estimate allBusy = result.figures().probabilityAllBusy();
        assertThat(Math.abs(allBusy.mean() - exact.allBusy())).as("P(all busy) %s against %s", allBusy, exact.allBusy())
                .isLessThanOrEqualTo(2 * allBusy.ci95());
    }

    @Test
    void fourCarsInFiveZonesMatchTheExactHypercubeModel() {
        double[] lon = {-0.40, -0.15, 0.0, 0.12, 0.35};
        double[] weight = {0.3, 0.25, 0.2, 0.15, 0.1};
        int[] home = {0, 1, 1, 3};
        Exact exact = hypercube(lon, weight, home, 3.0, 1.0);

        SimulationResult result = Simulator.onAllCores().run(config(lon, weight, home, 3.0, 60));

        assertMatches(result, exact);
        // Nearest-car dispatch loads the cars unequally; the check would be weak if it did not.
        assertThat(exact.utilisation()[0] - exact.utilisation()[2]).isGreaterThan(0.05);
    }

    @Test
    void fiveCarsInThreeZonesWithUnevenDemandMatchTheExactHypercubeModel() {
        double[] lon = {-0.30, -0.05, 0.25};
        double[] weight = {0.6, 0.1, 0.3};
        int[] home = {2, 0, 1, 0, 2};
        Exact exact = hypercube(lon, weight, home, 4.0, 60.0 / 45);

        SimulationResult result = Simulator.onAllCores().run(config(lon, weight, home, 4.0, 45));

        assertMatches(result, exact);
    }

    @Test
    void theSolverReproducesErlangBForASingleZone() {
        Exact exact = hypercube(new double[] {0}, new double[] {1}, new int[] {0, 0, 0}, 2.0, 1.0);
        assertThat(exact.allBusy()).isCloseTo(QueueingTheoryTest.erlangB(3, 2.0),
                offset(1e-12));
        // With one zone, the first car in order is used most.
        assertThat(exact.utilisation()[0]).isGreaterThan(exact.utilisation()[1]);
    }
}
