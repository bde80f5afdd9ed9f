package uk.arcs.simulation;

import java.util.List;

/** What a run found: each figure's mean over replications with its 95% confidence half-width. */
public record SimulationResult(int replications, List<String> zoneIds, List<String> carIds,
                               List<Double> targetMinutes, Figures<Estimate> figures) {

    public SimulationResult {
        zoneIds = List.copyOf(zoneIds);
        carIds = List.copyOf(carIds);
        targetMinutes = List.copyOf(targetMinutes);
    }
}
