package uk.arcs.simulation.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.simulation.InvalidConfigException;
import uk.arcs.simulation.SimulationConfig;

/**
 * Reads the JSON config of {@code ./arcs simulate --config} and of the simulation API into a
 * {@link SimulationConfig}. Every refusal is an {@link InvalidConfigException} naming the field, such as
 * {@code zones[1].weight} or {@code travel.colour: unknown property}.
 */
public final class ConfigJson {

    public static final int DEFAULT_REPLICATIONS = 10;
    public static final List<Double> DEFAULT_TARGETS = List.of(10.0, 15.0);

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    record ZoneDoc(String id, Double lat, Double lon, Double weight, Double withinZoneKm) {
    }

    record CarDoc(String id, String homeZone) {
    }

    record OnSceneDoc(String distribution, Double mean, Double sd) {
    }

    record TravelDoc(Boolean instant, Double speedKmh, Double roadFactor) {
    }

    record ConfigDoc(List<ZoneDoc> zones, List<CarDoc> cars, Double arrivalsPerHour, List<Double> hourlyProfile,
                     Integer carsPerIncident, OnSceneDoc onSceneMinutes, TravelDoc travel, String whenAllBusy,
                     Double hours, Double warmupHours, Integer replications, Long seed, List<Double> targetMinutes) {
    }

    private ConfigJson() {
    }

    public static SimulationConfig read(String json) {
        ConfigDoc doc;
        try {
            doc = MAPPER.readValue(json, ConfigDoc.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidConfigException(path(e, e.getPropertyName()), "unknown property");
        } catch (JacksonException e) {
            String field = path(e, null);
            throw new InvalidConfigException(field.isEmpty() ? "config" : field,
                    field.isEmpty() ? "is not a JSON object: " + firstLine(e.getOriginalMessage())
                            : "has the wrong type: " + firstLine(e.getOriginalMessage()));
        }
        if (doc == null) {
            throw new InvalidConfigException("config", "is empty");
        }
        return config(doc);
    }

    /** A config in the same JSON, so a built one (the London model) can be printed, edited and run again. */
    public static Map<String, Object> of(SimulationConfig config) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("zones", config.zones().stream().map(zone -> {
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("id", zone.id());
            z.put("lat", zone.lat());
            z.put("lon", zone.lon());
            z.put("weight", zone.weight());
            z.put("withinZoneKm", zone.withinZoneKm());
            return z;
        }).toList());
        json.put("cars", config.cars().stream().map(car -> Map.of("id", car.id(), "homeZone", car.homeZone())).toList());
        json.put("arrivalsPerHour", config.arrivalsPerHour());
        if (!config.hourlyProfile().isEmpty()) {
            json.put("hourlyProfile", config.hourlyProfile());
        }
        json.put("carsPerIncident", config.carsPerIncident());
        json.put("onSceneMinutes", switch (config.onSceneMinutes()) {
            case SimulationConfig.OnSceneTime.Exponential e -> Map.of("distribution", "exponential", "mean", e.meanMinutes());
            case SimulationConfig.OnSceneTime.LogNormal l ->
                    Map.of("distribution", "lognormal", "mean", l.meanMinutes(), "sd", l.sdMinutes());
            case SimulationConfig.OnSceneTime.Fixed f -> Map.of("distribution", "fixed", "mean", f.meanMinutes());
        });
        json.put("travel", switch (config.travel()) {
            case SimulationConfig.Travel.Instantaneous ignored -> Map.of("instant", true);
            case SimulationConfig.Travel.ByRoad road -> Map.of("speedKmh", road.speedKmh(), "roadFactor", road.roadFactor());
        });
        json.put("whenAllBusy", config.whenAllBusy().name().toLowerCase(Locale.ROOT));
        json.put("hours", config.hours());
        json.put("warmupHours", config.warmupHours());
        json.put("replications", config.replications());
        json.put("seed", config.seed());
        json.put("targetMinutes", config.targetMinutes());
        return json;
    }

    private static SimulationConfig config(ConfigDoc doc) {
        List<SimulationConfig.Zone> zones = new ArrayList<>();
        List<ZoneDoc> zoneDocs = required(doc.zones(), "zones");
        for (int i = 0; i < zoneDocs.size(); i++) {
            ZoneDoc zone = required(zoneDocs.get(i), "zones[" + i + "]");
            zones.add(within("zones[" + i + "]", () -> new SimulationConfig.Zone(zone.id(),
                    required(zone.lat(), "lat"), required(zone.lon(), "lon"), required(zone.weight(), "weight"),
                    zone.withinZoneKm() == null ? 0 : zone.withinZoneKm())));
        }
        List<SimulationConfig.Car> cars = new ArrayList<>();
        List<CarDoc> carDocs = required(doc.cars(), "cars");
        for (int i = 0; i < carDocs.size(); i++) {
            CarDoc car = required(carDocs.get(i), "cars[" + i + "]");
            cars.add(within("cars[" + i + "]", () -> new SimulationConfig.Car(car.id(), car.homeZone())));
        }
        return new SimulationConfig(zones, cars, required(doc.arrivalsPerHour(), "arrivalsPerHour"),
                numbers(doc.hourlyProfile(), "hourlyProfile", List.of()),
                doc.carsPerIncident() == null ? 1 : doc.carsPerIncident(),
                within("onSceneMinutes", () -> onScene(required(doc.onSceneMinutes(), "onSceneMinutes"))),
                within("travel", () -> travel(required(doc.travel(), "travel"))),
                doc.whenAllBusy() == null ? SimulationConfig.WhenAllBusy.QUEUE : whenAllBusy(doc.whenAllBusy()),
                required(doc.hours(), "hours"), doc.warmupHours() == null ? 0 : doc.warmupHours(),
                doc.replications() == null ? DEFAULT_REPLICATIONS : doc.replications(),
                doc.seed() == null ? 1 : doc.seed(),
                numbers(doc.targetMinutes(), "targetMinutes", DEFAULT_TARGETS));
    }

    private static SimulationConfig.OnSceneTime onScene(OnSceneDoc doc) {
        String distribution = required(doc.distribution(), "distribution");
        return switch (distribution) {
            case "exponential" -> new SimulationConfig.OnSceneTime.Exponential(onlyMean(doc));
            case "lognormal" -> new SimulationConfig.OnSceneTime.LogNormal(required(doc.mean(), "mean"),
                    required(doc.sd(), "sd"));
            case "fixed" -> new SimulationConfig.OnSceneTime.Fixed(onlyMean(doc));
            default -> throw new InvalidConfigException("distribution",
                    "must be exponential, lognormal or fixed, not '" + distribution + "'");
        };
    }

    private static double onlyMean(OnSceneDoc doc) {
        if (doc.sd() != null) {
            throw new InvalidConfigException("sd", "is only for the lognormal distribution");
        }
        return required(doc.mean(), "mean");
    }

    private static SimulationConfig.Travel travel(TravelDoc doc) {
        if (Boolean.TRUE.equals(doc.instant())) {
            if (doc.speedKmh() != null || doc.roadFactor() != null) {
                throw new InvalidConfigException(doc.speedKmh() != null ? "speedKmh" : "roadFactor",
                        "cannot be given with instant travel");
            }
            return new SimulationConfig.Travel.Instantaneous();
        }
        return new SimulationConfig.Travel.ByRoad(required(doc.speedKmh(), "speedKmh"),
                doc.roadFactor() == null ? 1 : doc.roadFactor());
    }

    private static SimulationConfig.WhenAllBusy whenAllBusy(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "queue" -> SimulationConfig.WhenAllBusy.QUEUE;
            case "lost" -> SimulationConfig.WhenAllBusy.LOST;
            default -> throw new InvalidConfigException("whenAllBusy", "must be queue or lost, not '" + text + "'");
        };
    }

    private static List<Double> numbers(List<Double> values, String field, List<Double> absent) {
        if (values == null) {
            return absent;
        }
        for (int i = 0; i < values.size(); i++) {
            required(values.get(i), field + "[" + i + "]");
        }
        return values;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidConfigException(field, "is required");
        }
        return value;
    }

    private static <T> T within(String parent, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidConfigException e) {
            throw e.within(parent);
        }
    }

    /** The JSON path of a binding fault as people write it: {@code zones[2].lat}. */
    private static String path(JacksonException e, String last) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (last != null && !path.toString().endsWith(last)) {
            path.append(path.isEmpty() ? "" : ".").append(last);
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
