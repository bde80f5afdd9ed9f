package uk.arcs.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * London's boroughs drawn for a dashboard: each borough's outline as an SVG path, the demand the London model
 * puts on it, and the ARV cover a number of cars gives it, from a run of the model. Runs are deterministic
 * (fixed seed), so each number of cars is simulated once and kept.
 */
public final class CoverageMap {

    /** Width of the drawing in SVG units; the height follows London's shape. */
    static final double WIDTH = 1000;

    /** A borough's boundary: rings of {longitude, latitude} points, outer ring first. */
    public record Outline(String gssCode, List<List<double[]>> rings) {
        public Outline {
            rings = List.copyOf(rings);
        }
    }

    /**
     * A borough as drawn: {@code path} in the map's SVG coordinates, {@code callsPerDay} the model's demand on it,
     * {@code carsStationed} cars whose home it is, and, when cars patrol, the share of its calls a car reaches within
     * the target time and the mean minutes to the first car (null when no car is available).
     */
    public record Zone(String gssCode, String name, String path, double centreX, double centreY, double callsPerDay,
                       int carsStationed, Double withinTarget, Double meanResponseMinutes) {
    }

    /** The map for {@code cars} cars: {@code viewBox} of the SVG, the zones in the boundary file's order. */
    public record View(int cars, String viewBox, double targetMinutes, int replications, List<Zone> zones) {
        public View {
            zones = List.copyOf(zones);
        }
    }

    private final List<LondonModel.Borough> boroughs;
    private final Map<String, String> paths = new HashMap<>();
    private final Map<String, double[]> centres = new HashMap<>();
    private final String viewBox;
    private final Simulator simulator;
    private final int replications;
    private final Map<Integer, View> views = new ConcurrentHashMap<>();

    public CoverageMap(List<LondonModel.Borough> boroughs, List<Outline> outlines, Simulator simulator,
                       int replications) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1");
        }
        this.boroughs = List.copyOf(boroughs);
        this.simulator = simulator;
        this.replications = replications;
        Projection projection = Projection.fitting(outlines);
        for (Outline outline : outlines) {
            paths.put(outline.gssCode(), projection.path(outline.rings()));
        }
        for (LondonModel.Borough borough : boroughs) {
            if (!paths.containsKey(borough.gssCode())) {
                throw new IllegalArgumentException("no outline for borough " + borough.gssCode() + " " + borough.name());
            }
            centres.put(borough.gssCode(), projection.point(borough.lon(), borough.lat()));
        }
        this.viewBox = "0 0 " + format(WIDTH) + " " + format(projection.height());
    }

    /** The map with {@code cars} ARV cars on patrol; with none, every borough is shown without cover. */
    public View forCars(int cars) {
        if (cars < 0) {
            throw new IllegalArgumentException("cars must not be negative");
        }
        return views.computeIfAbsent(cars, this::draw);
    }

    private View draw(int cars) {
        LondonModel.Options defaults = LondonModel.Options.defaults(Math.max(cars, 1));
        double targetMinutes = defaults.targetMinutes().getFirst();
        List<SimulationConfig.Zone> zones = boroughs.stream().map(LondonModel::zone).toList();
        double totalWeight = zones.stream().mapToDouble(SimulationConfig.Zone::weight).sum();
        double callsPerDay = LondonModel.callsPerDay(defaults.otherCallsPerDay());

        Map<String, Integer> stationed = new HashMap<>();
        Map<String, Figures.ZoneFigures<Estimate>> byZone = new HashMap<>();
        if (cars > 0) {
            SimulationConfig config = LondonModel.config(boroughs, defaults.withReplications(replications));
            config.cars().forEach(car -> stationed.merge(car.homeZone(), 1, Integer::sum));
            SimulationResult result = simulator.run(config);
            for (int i = 0; i < result.zoneIds().size(); i++) {
                byZone.put(result.zoneIds().get(i), result.figures().zones().get(i));
            }
        }
        List<Zone> drawn = new ArrayList<>();
        for (int i = 0; i < boroughs.size(); i++) {
            LondonModel.Borough borough = boroughs.get(i);
            SimulationConfig.Zone zone = zones.get(i);
            Figures.ZoneFigures<Estimate> figures = byZone.get(zone.id());
            double[] centre = centres.get(borough.gssCode());
            drawn.add(new Zone(borough.gssCode(), borough.name(), paths.get(borough.gssCode()), centre[0], centre[1],
                    callsPerDay * zone.weight() / totalWeight, stationed.getOrDefault(zone.id(), 0),
                    figures == null ? null : figures.withinTarget().getFirst().mean(),
                    figures == null ? null : figures.meanResponseMinutes().mean()));
        }
        return new View(cars, viewBox, targetMinutes, cars > 0 ? replications : 0, drawn);
    }

    /** Longitude and latitude to SVG units: equirectangular, longitude shrunk by the cosine of the mean latitude. */
    private record Projection(double west, double north, double xScale, double yScale, double height) {

        static Projection fitting(List<Outline> outlines) {
            double west = Double.POSITIVE_INFINITY, east = Double.NEGATIVE_INFINITY;
            double south = Double.POSITIVE_INFINITY, north = Double.NEGATIVE_INFINITY;
            for (Outline outline : outlines) {
                for (List<double[]> ring : outline.rings()) {
                    for (double[] point : ring) {
                        west = Math.min(west, point[0]);
                        east = Math.max(east, point[0]);
                        south = Math.min(south, point[1]);
                        north = Math.max(north, point[1]);
                    }
                }
            }
            if (!(east > west && north > south)) {
                throw new IllegalArgumentException("the outlines enclose no area");
            }
            double shrink = Math.cos(Math.toRadians((north + south) / 2));
            double scale = WIDTH / ((east - west) * shrink);
            return new Projection(west, north, scale * shrink, scale, (north - south) * scale);
        }

        double[] point(double lon, double lat) {
            return new double[] {(lon - west) * xScale, (north - lat) * yScale};
        }

        String path(List<List<double[]>> rings) {
            StringBuilder path = new StringBuilder();
            for (List<double[]> ring : rings) {
                for (int i = 0; i < ring.size(); i++) {
                    double[] xy = point(ring.get(i)[0], ring.get(i)[1]);
                    path.append(i == 0 ? "M" : "L").append(format(xy[0])).append(' ').append(format(xy[1]));
                }
                path.append('Z');
            }
            return path.toString();
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
