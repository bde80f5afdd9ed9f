package uk.arcs.bench;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Max;
import org.apache.commons.statistics.descriptive.Quantile;

/** Durations of calls, in milliseconds, summarised by Commons Statistics. */
final class Latencies {

    /** How many calls, and their median, 99th percentile and slowest, in milliseconds. */
    record Summary(int calls, double p50, double p99, double max) {
    }

    private double[] millis = new double[4_096];
    private int count;

    void addNanos(long nanos) {
        add(nanos / 1e6);
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.millis[i]);
        }
    }

    private void add(double value) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = value;
    }

    Summary summary() {
        if (count == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] values = Arrays.copyOf(millis, count);
        double[] quantiles = Quantile.withDefaults().evaluate(values, 0.5, 0.99);
        return new Summary(count, quantiles[0], quantiles[1], Max.of(values).getAsDouble());
    }
}
