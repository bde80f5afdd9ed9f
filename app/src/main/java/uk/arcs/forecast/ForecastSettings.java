package uk.arcs.forecast;

/**
 * How a forecast is made: the window of recent history it learns from, how far ahead it looks, how
 * quickly old events lose weight, how many sample futures it draws, the fewest recorded changes it will
 * project from, and the seed that makes it reproducible.
 */
public record ForecastSettings(int windowHours, int horizonHours, double halfLifeHours, int samples,
                               int minimumEvents, long seed) {

    public static final ForecastSettings DEFAULTS = new ForecastSettings(48, 72, 12, 200, 5, 1);

    public ForecastSettings {
        if (windowHours < 24 || windowHours > 72) {
            throw new IllegalArgumentException("windowHours: the model learns from the last 24 to 72 hours");
        }
        if (horizonHours < 1 || horizonHours > 336) {
            throw new IllegalArgumentException("horizonHours: between 1 and 336 (14 days)");
        }
        if (!(halfLifeHours > 0)) {
            throw new IllegalArgumentException("halfLifeHours: must be positive");
        }
        if (samples < 20 || samples > 5_000) {
            throw new IllegalArgumentException("samples: between 20 and 5000");
        }
        if (minimumEvents < 1) {
            throw new IllegalArgumentException("minimumEvents: at least 1");
        }
    }

    public ForecastSettings with(Integer window, Integer horizon, Integer sampleCount) {
        return new ForecastSettings(window == null ? windowHours : window, horizon == null ? horizonHours : horizon,
                halfLifeHours, sampleCount == null ? samples : sampleCount, minimumEvents, seed);
    }
}
