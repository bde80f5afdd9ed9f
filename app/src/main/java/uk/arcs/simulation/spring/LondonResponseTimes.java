package uk.arcs.simulation.spring;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.arcs.force.ForceCode;
import uk.arcs.forecast.ResponseTimes;
import uk.arcs.simulation.LondonModel;
import uk.arcs.simulation.SimulationResult;
import uk.arcs.simulation.Simulator;
import uk.arcs.simulation.json.BoroughGeoJson;

/**
 * Response times from the London borough model for the Metropolitan Police area: a year of demand, with fewer
 * replications than a full study (100), so a what-if answers in well under a second.
 */
@Component
class LondonResponseTimes implements ResponseTimes {

    static final int REPLICATIONS = 100;

    private final List<LondonModel.Borough> boroughs = BoroughGeoJson.london();
    private final Simulator simulator = Simulator.onAllCores();

    @Override
    public Optional<Response> forCars(ForceCode force, int cars) {
        if (!ForceCode.MET.equals(force) || cars < 1) {
            return Optional.empty();
        }
        LondonModel.Options quick = LondonModel.Options.defaults(cars).withReplications(REPLICATIONS);
        SimulationResult result = simulator.run(LondonModel.config(boroughs, quick));
        return Optional.of(new Response(cars, result.figures().responseMinutes().mean().mean(),
                result.figures().responseMinutes().p90().mean(), result.figures().withinTarget().getFirst().mean()));
    }
}
