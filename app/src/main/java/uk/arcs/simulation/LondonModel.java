package uk.arcs.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The London 2023 zone model: the 32 boroughs and the City of London as zones, Metropolitan Police demand
 * calibrated to 2022/23, and N cars spread across the boroughs. Every assumption here is set out, with its
 * source or the reason for it, in docs/simulation.md.
 */
public final class LondonModel {

    public static final String NAME = "london-2023";

    /** Home Office, police use of firearms statistics, year to March 2023: Metropolitan Police operations. */
    public static final double FIREARMS_OPERATIONS_A_YEAR = 3_685;
    /** An assumption, not a published figure: ARV calls other than authorised firearms operations. */
    public static final double DEFAULT_OTHER_CALLS_A_DAY = 10;

    /** Demand weight of a borough: outer London is the unit; see docs/simulation.md for why. */
    static final double OUTER_WEIGHT = 1.0;
    static final double INNER_WEIGHT = 1.5;
    static final double CITY_WEIGHT = 0.25;
    static final String CITY_OF_LONDON = "E09000001";

    /**
     * Relative demand by hour of the day from midnight (an assumption shaped like general police demand:
     * quietest 04:00-07:00, busiest in the evening and the first hours of the night).
     */
    public static final List<Double> HOURLY_PROFILE = List.of(1.3, 1.2, 1.0, 0.8, 0.6, 0.5, 0.5, 0.6, 0.7, 0.8,
            0.9, 0.9, 1.0, 1.0, 1.0, 1.1, 1.1, 1.2, 1.2, 1.3, 1.4, 1.4, 1.4, 1.4);

    public static final SimulationConfig.OnSceneTime ON_SCENE = new SimulationConfig.OnSceneTime.LogNormal(60, 60);
    public static final SimulationConfig.Travel TRAVEL = new SimulationConfig.Travel.ByRoad(48, 1.4);

    /** A borough as the boundary file gives it. */
    public record Borough(String gssCode, String name, double lat, double lon, double hectares, boolean inner) {
    }

    /** What a commander may vary; {@link #defaults(int)} gives a year of 2023 demand. */
    public record Options(int cars, double otherCallsPerDay, int carsPerIncident,
                          SimulationConfig.WhenAllBusy whenAllBusy, double hours, double warmupHours,
                          int replications, long seed, List<Double> targetMinutes) {

        public static Options defaults(int cars) {
            return new Options(cars, DEFAULT_OTHER_CALLS_A_DAY, 1, SimulationConfig.WhenAllBusy.QUEUE, 8_760, 48, 1_000,
                    1, List.of(10.0, 15.0));
        }

        public Options withCars(int count) {
            return new Options(count, otherCallsPerDay, carsPerIncident, whenAllBusy, hours, warmupHours, replications,
                    seed, targetMinutes);
        }

        public Options withReplications(int count) {
            return new Options(cars, otherCallsPerDay, carsPerIncident, whenAllBusy, hours, warmupHours, count, seed,
                    targetMinutes);
        }
    }

    private LondonModel() {
    }

    public static SimulationConfig config(List<Borough> boroughs, Options options) {
        InvalidConfigException.require(options.cars() >= 1, "cars", "at least one car is needed");
        InvalidConfigException.requireNonNegative(options.otherCallsPerDay(), "otherCallsPerDay");
        List<SimulationConfig.Zone> zones = boroughs.stream().map(LondonModel::zone).toList();
        List<String> homes = homeZones(zones, options.cars());
        List<SimulationConfig.Car> cars = new ArrayList<>();
        for (int i = 0; i < homes.size(); i++) {
            cars.add(new SimulationConfig.Car("ARV" + (i + 1), homes.get(i)));
        }
        return new SimulationConfig(zones, cars, callsPerDay(options.otherCallsPerDay()) / SimulationConfig.HOURS_IN_A_DAY,
                HOURLY_PROFILE,
                options.carsPerIncident(), ON_SCENE, TRAVEL, options.whenAllBusy(), options.hours(),
                options.warmupHours(), options.replications(), options.seed(), options.targetMinutes());
    }

    /** Calls a day across London that need an ARV: firearms operations and {@code otherCallsPerDay}. */
    static double callsPerDay(double otherCallsPerDay) {
        return FIREARMS_OPERATIONS_A_YEAR / 365 + otherCallsPerDay;
    }

    static SimulationConfig.Zone zone(Borough borough) {
        double weight = borough.gssCode().equals(CITY_OF_LONDON) ? CITY_WEIGHT
                : borough.inner() ? INNER_WEIGHT : OUTER_WEIGHT;
        // The mean distance from the centre of a disc to a point spread evenly over it is 2/3 of its radius.
        double radiusKm = Math.sqrt(borough.hectares() / 100 / Math.PI);
        return new SimulationConfig.Zone(borough.name(), borough.lat(), borough.lon(), weight, 2 * radiusKm / 3);
    }

    /**
     * Home zones for {@code cars} cars, deterministically. While some zone has no car, the next car goes where it
     * most reduces the demand-weighted distance from every zone to its nearest car (greedy p-median), which spreads
     * the first cars across London. Further cars go where demand per car is highest (D'Hondt). Ties go to the
     * zone listed first.
     */
    static List<String> homeZones(List<SimulationConfig.Zone> zones, int cars) {
        int n = zones.size();
        double[][] distance = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                distance[a][b] = Network.greatCircleKm(zones.get(a).lat(), zones.get(a).lon(), zones.get(b).lat(),
                        zones.get(b).lon());
            }
        }
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int[] carsIn = new int[n];
        List<String> homes = new ArrayList<>();
        while (homes.size() < cars && homes.size() < n) {
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int candidate = 0; candidate < n; candidate++) {
                if (carsIn[candidate] > 0) {
                    continue;
                }
                double cost = 0;
                for (int z = 0; z < n; z++) {
                    cost += zones.get(z).weight() * Math.min(nearest[z], distance[z][candidate]);
                }
                if (cost < bestCost) {
                    best = candidate;
                    bestCost = cost;
                }
            }
            carsIn[best]++;
            homes.add(zones.get(best).id());
            for (int z = 0; z < n; z++) {
                nearest[z] = Math.min(nearest[z], distance[z][best]);
            }
        }
        while (homes.size() < cars) {
            int best = 0;
            for (int z = 1; z < n; z++) {
                if (zones.get(z).weight() / (carsIn[z] + 1) > zones.get(best).weight() / (carsIn[best] + 1)) {
                    best = z;
                }
            }
            carsIn[best]++;
            homes.add(zones.get(best).id());
        }
        return homes;
    }
}
