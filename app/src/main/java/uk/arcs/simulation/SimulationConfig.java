package uk.arcs.simulation;

import static uk.arcs.simulation.InvalidConfigException.require;
import static uk.arcs.simulation.InvalidConfigException.requireNonNegative;
import static uk.arcs.simulation.InvalidConfigException.requirePositive;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one simulation run needs: where demand arises, which cars answer it, how long they are busy and
 * what happens when none is free. Times are in hours except where a name says minutes. A config that could
 * not be simulated is refused on construction with the field at fault ({@link InvalidConfigException}).
 *
 * @param hourlyProfile relative demand for each hour of the day from midnight (24 values), rescaled so that
 *                      {@code arrivalsPerHour} stays the daily average; empty for demand flat in time
 */
public record SimulationConfig(List<Zone> zones, List<Car> cars, double arrivalsPerHour, List<Double> hourlyProfile,
                               int carsPerIncident, OnSceneTime onSceneMinutes, Travel travel,
                               WhenAllBusy whenAllBusy, double hours, double warmupHours, int replications, long seed,
                               List<Double> targetMinutes) {

    public static final int HOURS_IN_A_DAY = 24;
    public static final int MAX_REPLICATIONS = 100_000;
    /** Each replication keeps every response time for its quantiles: this bounds its memory to about 240 MB. */
    public static final double MAX_INCIDENTS_PER_REPLICATION = 20_000_000;
    /** Keeps one request from holding the machine for more than a few minutes. */
    public static final double MAX_INCIDENTS_PER_RUN = 2_000_000_000;

    /**
     * An area where incidents arise, all at one representative point.
     *
     * @param withinZoneKm typical distance from a point of the zone to its centroid: the shortest distance a car
     *                     travels to an incident there, even from within the zone (0 treats the zone as a point)
     */
    public record Zone(String id, double lat, double lon, double weight, double withinZoneKm) {
        public Zone {
            require(id != null && !id.isBlank(), "id", "is required");
            require(Double.isFinite(lat) && lat >= -90 && lat <= 90, "lat", "must be between -90 and 90, not " + lat);
            require(Double.isFinite(lon) && lon >= -180 && lon <= 180, "lon",
                    "must be between -180 and 180, not " + lon);
            requireNonNegative(weight, "weight");
            requireNonNegative(withinZoneKm, "withinZoneKm");
        }
    }

    /** An armed response vehicle; when free it waits at its home zone's centroid. */
    public record Car(String id, String homeZone) {
        public Car {
            require(id != null && !id.isBlank(), "id", "is required");
            require(homeZone != null && !homeZone.isBlank(), "homeZone", "is required");
        }
    }

    /** How long a car stays at an incident, in minutes. */
    public sealed interface OnSceneTime {

        double meanMinutes();

        record Exponential(double meanMinutes) implements OnSceneTime {
            public Exponential {
                requirePositive(meanMinutes, "mean");
            }
        }

        record LogNormal(double meanMinutes, double sdMinutes) implements OnSceneTime {
            public LogNormal {
                requirePositive(meanMinutes, "mean");
                requirePositive(sdMinutes, "sd");
            }
        }

        record Fixed(double meanMinutes) implements OnSceneTime {
            public Fixed {
                requirePositive(meanMinutes, "mean");
            }
        }
    }

    /** How long a car takes to reach an incident, and to return home afterwards. */
    public sealed interface Travel {

        /** Cars are at the incident the moment they are sent, and home the moment they leave it. */
        record Instantaneous() implements Travel {
        }

        /** Great-circle distance times {@code roadFactor} (roads are longer than the straight line), at {@code speedKmh}. */
        record ByRoad(double speedKmh, double roadFactor) implements Travel {
            public ByRoad {
                requirePositive(speedKmh, "speedKmh");
                require(Double.isFinite(roadFactor) && roadFactor >= 1, "roadFactor",
                        "must be at least 1 (a road is never shorter than the straight line), not " + roadFactor);
            }
        }
    }

    public enum WhenAllBusy {
        /** The incident waits for the first car to come free, first come first served. */
        QUEUE,
        /** The incident is handed to mutual aid and leaves the model. */
        LOST
    }

    public SimulationConfig {
        require(zones != null && !zones.isEmpty(), "zones", "at least one zone is needed");
        zones = List.copyOf(zones);
        Set<String> zoneIds = new HashSet<>();
        double weights = 0;
        for (int i = 0; i < zones.size(); i++) {
            require(zoneIds.add(zones.get(i).id()), "zones[" + i + "].id", "duplicate zone '" + zones.get(i).id() + "'");
            weights += zones.get(i).weight();
        }
        require(weights > 0, "zones", "weights must sum to a positive number");

        require(cars != null && !cars.isEmpty(), "cars", "at least one car is needed");
        cars = List.copyOf(cars);
        Set<String> carIds = new HashSet<>();
        for (int i = 0; i < cars.size(); i++) {
            Car car = cars.get(i);
            require(carIds.add(car.id()), "cars[" + i + "].id", "duplicate car '" + car.id() + "'");
            require(zoneIds.contains(car.homeZone()), "cars[" + i + "].homeZone", "unknown zone '" + car.homeZone() + "'");
        }

        requirePositive(arrivalsPerHour, "arrivalsPerHour");
        require(hourlyProfile != null, "hourlyProfile", "is required (empty for flat demand)");
        hourlyProfile = List.copyOf(hourlyProfile);
        if (!hourlyProfile.isEmpty()) {
            require(hourlyProfile.size() == HOURS_IN_A_DAY, "hourlyProfile",
                    "needs one value per hour of the day (24), not " + hourlyProfile.size());
            double total = 0;
            for (int h = 0; h < HOURS_IN_A_DAY; h++) {
                requireNonNegative(hourlyProfile.get(h), "hourlyProfile[" + h + "]");
                total += hourlyProfile.get(h);
            }
            require(total > 0, "hourlyProfile", "must not be zero in every hour");
        }
        require(carsPerIncident >= 1 && carsPerIncident <= cars.size(), "carsPerIncident",
                "must be between 1 and the number of cars (" + cars.size() + "), not " + carsPerIncident);
        require(onSceneMinutes != null, "onSceneMinutes", "is required");
        require(travel != null, "travel", "is required");
        require(whenAllBusy != null, "whenAllBusy", "is required: queue or lost");

        requirePositive(hours, "hours");
        requireNonNegative(warmupHours, "warmupHours");
        require(warmupHours < hours, "warmupHours", "must be less than hours (" + hours + ")");
        require(replications >= 1 && replications <= MAX_REPLICATIONS, "replications",
                "must be between 1 and " + MAX_REPLICATIONS + ", not " + replications);
        double incidentsPerReplication = arrivalsPerHour * hours;
        require(incidentsPerReplication <= MAX_INCIDENTS_PER_REPLICATION, "hours",
                "arrivalsPerHour x hours would be about " + Math.round(incidentsPerReplication)
                        + " incidents in one replication; at most " + (long) MAX_INCIDENTS_PER_REPLICATION);
        require(incidentsPerReplication * replications <= MAX_INCIDENTS_PER_RUN, "replications",
                "the run would simulate about " + Math.round(incidentsPerReplication * replications)
                        + " incidents; at most " + (long) MAX_INCIDENTS_PER_RUN);

        require(targetMinutes != null, "targetMinutes", "is required (may be empty)");
        targetMinutes = List.copyOf(targetMinutes);
        Set<Double> targets = new HashSet<>();
        for (int i = 0; i < targetMinutes.size(); i++) {
            requirePositive(targetMinutes.get(i), "targetMinutes[" + i + "]");
            require(targets.add(targetMinutes.get(i)), "targetMinutes[" + i + "]",
                    "duplicate target " + targetMinutes.get(i));
        }
    }

    public int zoneIndex(String id) {
        for (int i = 0; i < zones.size(); i++) {
            if (zones.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown zone '" + id + "'");
    }
}
