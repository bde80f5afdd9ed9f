package uk.arcs.simulation.web;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.Instants;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.simulation.LondonModel;
import uk.arcs.simulation.SimulationConfig;
import uk.arcs.simulation.json.BoroughGeoJson;

/**
 * The London 2023 model as the API and the simulation screen run it: a number of ARV cars given, or the MET's ARV
 * cars at an instant taken from its capability picture (refused when there is none), with the model's defaults for
 * whatever the caller leaves out.
 */
@Component
class LondonRuns {


    private final CapabilityService capability;
    private final ForceDirectory forces;
    private final List<LondonModel.Borough> boroughs = BoroughGeoJson.london();

    LondonRuns(CapabilityService capability, ForceDirectory forces) {
        this.capability = capability;
        this.forces = forces;
    }

    /** How many cars a run has, and how the run describes itself. */
    record Cars(int count, String description) {
    }

    Cars given(int count) {
        return new Cars(count, "London 2023 model, " + count + " ARV cars");
    }

    /** The MET's available ARV cars at the instant; refused when it has none, since then nothing is left to simulate. */
    Cars at(String text) {
        Force met = forces.require(ForceCode.MET);
        Instant instant = Instants.parse(text, met.zone());
        CapabilityPicture.Arv arv = capability.picture(ForceCode.MET, instant, null).arv();
        String description = "London 2023 model, MET at " + instant.atZone(met.zone()).toOffsetDateTime() + ": "
                + arv.carsAvailable() + " ARV cars of " + arv.carsRequired() + " required";
        if (arv.carsAvailable() == 0) {
            throw new IllegalArgumentException(description + "; with no car every call goes to mutual aid, so "
                    + "there is nothing to simulate");
        }
        return new Cars(arv.carsAvailable(), description);
    }

    /** The model's config for the cars, with each setting the caller left null at the model's default. */
    SimulationConfig config(Cars cars, Integer replications, Double hours, Long seed, Double otherCallsPerDay,
                            SimulationConfig.WhenAllBusy whenAllBusy, List<Double> targetMinutes) {
        LondonModel.Options defaults = LondonModel.Options.defaults(cars.count());
        double runHours = hours == null ? defaults.hours() : hours;
        return LondonModel.config(boroughs, new LondonModel.Options(cars.count(),
                otherCallsPerDay == null ? defaults.otherCallsPerDay() : otherCallsPerDay, defaults.carsPerIncident(),
                whenAllBusy == null ? defaults.whenAllBusy() : whenAllBusy, runHours,
                Math.min(defaults.warmupHours(), runHours / 10),
                replications == null ? defaults.replications() : replications, seed == null ? defaults.seed() : seed,
                targetMinutes == null ? defaults.targetMinutes() : targetMinutes));
    }
}
