package uk.arcs.simulation;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A figure's mean over replications and the half-width of its 95% confidence interval (Student t with
 * replications - 1 degrees of freedom). Replications where the figure is undefined (NaN, such as the mean
 * response in a zone that had no incident) are left out; the half-width is NaN with fewer than two left.
 */
public record Estimate(double mean, double ci95) {

    public static Estimate of(double[] perReplication) {
        double[] defined = Arrays.stream(perReplication).filter(v -> !Double.isNaN(v)).toArray();
        if (defined.length == 0) {
            return new Estimate(Double.NaN, Double.NaN);
        }
        double mean = Mean.of(defined).getAsDouble();
        if (defined.length < 2) {
            return new Estimate(mean, Double.NaN);
        }
        double t = TDistribution.of(defined.length - 1).inverseSurvivalProbability(0.025);
        return new Estimate(mean, t * StandardDeviation.of(defined).getAsDouble() / Math.sqrt(defined.length));
    }
}
