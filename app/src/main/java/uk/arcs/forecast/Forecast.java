package uk.arcs.forecast;

import java.time.Instant;
import java.util.List;
import uk.arcs.force.Accreditation;

/**
 * What the recent log says will happen next: the rates it learned, the stepped-back count projected at each
 * shift with a 90% interval, and for each requirement the probability it breaks within the horizon and when.
 */
public record Forecast(String force, Instant at, Instant knownAt, int windowHours, int horizonHours,
                       Confidence confidence, String message, List<Rates> rates, List<Point> steppedBack,
                       List<Break> breaks) {

    public enum Confidence {
        /** Enough recorded changes to project from. */
        PROJECTED,
        /** Too few changes in the window to say anything about the future; only what is broken now is shown. */
        INSUFFICIENT_DATA
    }

    /**
     * The rates learned for officers whose main accreditation is {@code group}: recorded step-backs and
     * returns in the window, and the hazards per officer-hour (recent events weigh more).
     */
    public record Rates(Accreditation group, int officers, int stepBacks, int returns, double stepBackPerHour,
                        double returnPerHour) {
    }

    /** The stepped-back count projected at a shift: median and 90% interval. */
    public record Point(Instant at, String shift, double median, double low, double high) {
    }

    /**
     * A requirement (ARV cars, counter-terrorism cover, or a protected site, after mutual aid already
     * deployed) and when it is projected to break: the probability within the horizon, and the instants by
     * which it has broken in 5%, 50% and 95% of sample futures (null where fewer futures break than that).
     */
    public record Break(String requirement, boolean brokenNow, double probability, Instant earliest, Instant median,
                        Instant latest) {
    }
}
