package uk.arcs.forecast;

import java.util.Optional;
import uk.arcs.force.ForceCode;

/**
 * What a number of ARV cars means for response times in a force's area, where a response model of that
 * area exists (the simulation module provides London's). A what-if shows it for the cars that remain.
 */
public interface ResponseTimes {

    /** Mean and 90th-percentile minutes to the first car, and the share of calls reached within 10 minutes. */
    record Response(int cars, double meanMinutes, double p90Minutes, double withinTenMinutes) {
    }

    Optional<Response> forCars(ForceCode force, int cars);

    ResponseTimes NONE = (force, cars) -> Optional.empty();
}
