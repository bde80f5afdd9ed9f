package uk.arcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One zone, instant travel and exponential on-scene times make the model the M/M/N queue, whose answers are
 * exact: Erlang C (the share of calls that find every car busy) and C / (N mu - lambda) (the mean wait) when
 * calls queue, Erlang B when they are lost. The simulation must agree within its own confidence interval.
 *
 * <p>Each check allows twice the 95% half-width: the dozen comparisons in this class would otherwise fail by
 * chance about one run in two whenever the engine's random draws change; twice the half-width is roughly a
 * 99.99% interval for one comparison. Each check also bounds the half-width itself, so a noisy run cannot pass
 * by having an interval wide enough to hold anything.
 */
class QueueingTheoryTest {

    private final Simulator simulator = Simulator.onAllCores();

    /** Erlang B: the probability that a call to N servers offered {@code load} Erlangs finds all busy and is lost. */
    static double erlangB(int servers, double load) {
        double b = 1;
        for (int n = 1; n <= servers; n++) {
            b = load * b / (n + load * b);
        }
        return b;
    }

    /** Erlang C: the probability that a call waits, when calls queue for N servers offered {@code load} Erlangs. */
    static double erlangC(int servers, double load) {
        double b = erlangB(servers, load);
        return servers * b / (servers - load * (1 - b));
    }

    static void assertAgrees(Estimate simulated, double exact, double maxHalfWidth, String what) {
        assertThat(simulated.ci95()).as("%s: 95%% half-width", what).isLessThan(maxHalfWidth);
        assertThat(Math.abs(simulated.mean() - exact)).as("%s: simulated %s against exact %s", what, simulated, exact)
                .isLessThanOrEqualTo(2 * simulated.ci95());
    }

    @ParameterizedTest(name = "{0} cars, {1} calls an hour, {2} min on scene")
    @CsvSource({"1, 0.5, 60", "3, 2.0, 60", "5, 4.0, 60", "8, 9.0, 45"})
    void queueMatchesErlangCAndTheMeanWait(int cars, double arrivalsPerHour, double meanOnSceneMinutes) {
        SimulationResult result = simulator.run(Configs.singleZone(cars, arrivalsPerHour, meanOnSceneMinutes,
                SimulationConfig.WhenAllBusy.QUEUE, 40_000, 8, 11));
        double mu = 60 / meanOnSceneMinutes;
        double load = arrivalsPerHour / mu;
        double c = erlangC(cars, load);
        double meanWaitMinutes = 60 * c / (cars * mu - arrivalsPerHour);

        assertAgrees(result.figures().probabilityAllBusy(), c, 0.01, "P(all busy)");
        assertAgrees(result.figures().meanWaitMinutes(), meanWaitMinutes, 0.06 * meanWaitMinutes + 0.1, "mean wait");
        assertThat(result.figures().lostFraction().mean()).isZero();
    }

    @ParameterizedTest(name = "{0} cars, {1} calls an hour, {2} min on scene")
    @CsvSource({"1, 0.5, 60", "2, 2.0, 60", "5, 4.0, 60", "15, 12.0, 60"})
    void lossMatchesErlangB(int cars, double arrivalsPerHour, double meanOnSceneMinutes) {
        SimulationResult result = simulator.run(Configs.singleZone(cars, arrivalsPerHour, meanOnSceneMinutes,
                SimulationConfig.WhenAllBusy.LOST, 40_000, 8, 12));
        double b = erlangB(cars, arrivalsPerHour * meanOnSceneMinutes / 60);

        assertAgrees(result.figures().probabilityAllBusy(), b, 0.005, "P(all busy)");
        assertThat(result.figures().lostFraction()).isEqualTo(result.figures().probabilityAllBusy());
        assertThat(result.figures().meanWaitMinutes().mean()).isZero();
    }

    @Test
    void erlangFormulasMatchPublishedTableValues() {
        // Standard table values: B(1, 1) = 1/2, B(2, 1) = 1/5; C(2, 1) = 1/3.
        assertThat(erlangB(1, 1)).isEqualTo(0.5);
        assertThat(erlangB(2, 1)).isCloseTo(0.2, offset(1e-12));
        assertThat(erlangC(2, 1)).isCloseTo(1.0 / 3, offset(1e-12));
    }
}
