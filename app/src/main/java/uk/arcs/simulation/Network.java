package uk.arcs.simulation;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What stays fixed while a config runs, worked out once: for each zone, the cars in the order they are sent
 * (nearest home first, ties by car order), and the one-way travel time from each car's home to the zone.
 * A free car is always at home, because a car counts as busy until it is back.
 */
final class Network {

    /** Mean Earth radius (IUGG), for great-circle distances. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    final int[][] preference;
    final double[][] travelHours;
    final double[] zoneProbabilities;

    Network(SimulationConfig config) {
        List<SimulationConfig.Zone> zones = config.zones();
        List<SimulationConfig.Car> cars = config.cars();
        int[] home = cars.stream().mapToInt(car -> config.zoneIndex(car.homeZone())).toArray();
        preference = new int[zones.size()][];
        travelHours = new double[zones.size()][cars.size()];
        for (int z = 0; z < zones.size(); z++) {
            SimulationConfig.Zone zone = zones.get(z);
            double[] distance = new double[cars.size()];
            for (int c = 0; c < cars.size(); c++) {
                SimulationConfig.Zone from = zones.get(home[c]);
                distance[c] = greatCircleKm(from.lat(), from.lon(), zone.lat(), zone.lon());
                travelHours[z][c] = switch (config.travel()) {
                    case SimulationConfig.Travel.Instantaneous ignored -> 0;
                    case SimulationConfig.Travel.ByRoad road ->
                            Math.max(distance[c], zone.withinZoneKm()) * road.roadFactor() / road.speedKmh();
                };
            }
            preference[z] = IntStream.range(0, cars.size()).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(c -> distance[c]).thenComparingInt(c -> c))
                    .mapToInt(Integer::intValue).toArray();
        }
        double total = zones.stream().mapToDouble(SimulationConfig.Zone::weight).sum();
        zoneProbabilities = zones.stream().mapToDouble(zone -> zone.weight() / total).toArray();
    }

    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
