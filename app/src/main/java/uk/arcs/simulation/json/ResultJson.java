package uk.arcs.simulation.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.simulation.Estimate;
import uk.arcs.simulation.Figures;
import uk.arcs.simulation.SimulationResult;

/**
 * A result as JSON: the means over replications at the top, and the same shape under {@code ci95} holding
 * the 95% confidence half-widths. A figure that is undefined (a zone that had no incident) is null.
 */
public final class ResultJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ResultJson() {
    }

    public static Map<String, Object> of(SimulationResult result) {
        Map<String, Object> json = figures(result, result.figures().map(Estimate::mean));
        json.put("replications", result.replications());
        json.put("ci95", figures(result, result.figures().map(Estimate::ci95)));
        return json;
    }

    public static String write(Object json) {
        return MAPPER.writeValueAsString(json);
    }

    /** "10" for 10 minutes, "7.5" for 7.5: the keys of {@code withinTarget}. */
    public static String targetKey(double minutes) {
        return minutes == Math.rint(minutes) ? Long.toString((long) minutes) : Double.toString(minutes);
    }

    private static Map<String, Object> figures(SimulationResult result, Figures<Double> figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("incidents", number(figures.incidents()));
        json.put("probabilityAllBusy", number(figures.probabilityAllBusy()));
        json.put("meanWaitMinutes", number(figures.meanWaitMinutes()));
        json.put("lostFraction", number(figures.lostFraction()));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("mean", number(figures.responseMinutes().mean()));
        response.put("p50", number(figures.responseMinutes().p50()));
        response.put("p90", number(figures.responseMinutes().p90()));
        response.put("p95", number(figures.responseMinutes().p95()));
        json.put("responseMinutes", response);
        json.put("withinTarget", withinTarget(result.targetMinutes(), figures.withinTarget()));
        json.put("utilisation", keyed(result.carIds(), figures.utilisation()));
        List<Map<String, Object>> zones = new ArrayList<>();
        for (int z = 0; z < figures.zones().size(); z++) {
            Figures.ZoneFigures<Double> zone = figures.zones().get(z);
            Map<String, Object> zoneJson = new LinkedHashMap<>();
            zoneJson.put("id", result.zoneIds().get(z));
            zoneJson.put("incidents", number(zone.incidents()));
            zoneJson.put("probabilityAllBusy", number(zone.probabilityAllBusy()));
            zoneJson.put("lostFraction", number(zone.lostFraction()));
            zoneJson.put("meanResponseMinutes", number(zone.meanResponseMinutes()));
            zoneJson.put("p90ResponseMinutes", number(zone.p90ResponseMinutes()));
            zoneJson.put("withinTarget", withinTarget(result.targetMinutes(), zone.withinTarget()));
            zones.add(zoneJson);
        }
        json.put("zones", zones);
        return json;
    }

    private static Map<String, Object> withinTarget(List<Double> targets, List<Double> shares) {
        return keyed(targets.stream().map(ResultJson::targetKey).toList(), shares);
    }

    private static Map<String, Object> keyed(List<String> keys, List<Double> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            json.put(keys.get(i), number(values.get(i)));
        }
        return json;
    }

    private static Double number(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : value;
    }
}
