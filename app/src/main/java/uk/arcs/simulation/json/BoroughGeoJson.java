package uk.arcs.simulation.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.simulation.CoverageMap;
import uk.arcs.simulation.LondonModel;

/**
 * The London boroughs from the boundary file shipped at {@value #RESOURCE} (Open Government Licence v3.0;
 * attribution in the README beside it): name, GSS code, centroid, area and whether ONS counts it inner London.
 */
public final class BoroughGeoJson {

    public static final String RESOURCE = "/geo/london-boroughs.geojson";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private BoroughGeoJson() {
    }

    public static List<LondonModel.Borough> london() {
        return fromResource(BoroughGeoJson::read);
    }

    /** Each borough's boundary rings (outer ring first), each point {longitude, latitude}, in the file's order. */
    public static List<CoverageMap.Outline> outlines() {
        return fromResource(BoroughGeoJson::readOutlines);
    }

    private static <T> T fromResource(java.util.function.Function<InputStream, T> reader) {
        try (InputStream in = BoroughGeoJson.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CoverageMap.Outline> readOutlines(InputStream in) {
        List<CoverageMap.Outline> outlines = new ArrayList<>();
        for (JsonNode feature : MAPPER.readTree(in).required("features")) {
            JsonNode geometry = feature.required("geometry");
            String type = geometry.required("type").asString();
            List<JsonNode> polygons = new ArrayList<>();
            switch (type) {
                case "Polygon" -> polygons.add(geometry.required("coordinates"));
                case "MultiPolygon" -> geometry.required("coordinates").forEach(polygons::add);
                default -> throw new IllegalStateException(RESOURCE + ": a borough drawn as " + type
                        + ", not a polygon");
            }
            List<List<double[]>> rings = new ArrayList<>();
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    List<double[]> points = new ArrayList<>();
                    ring.forEach(point -> points.add(new double[] {point.required(0).asDouble(),
                            point.required(1).asDouble()}));
                    rings.add(points);
                }
            }
            outlines.add(new CoverageMap.Outline(feature.required("properties").required("gss_code").asString(),
                    rings));
        }
        return List.copyOf(outlines);
    }

    static List<LondonModel.Borough> read(InputStream in) {
        List<LondonModel.Borough> boroughs = new ArrayList<>();
        for (JsonNode feature : MAPPER.readTree(in).required("features")) {
            JsonNode properties = feature.required("properties");
            JsonNode centroid = properties.required("centroid");
            boroughs.add(new LondonModel.Borough(properties.required("gss_code").asString(),
                    properties.required("name").asString(), centroid.required(1).asDouble(),
                    centroid.required(0).asDouble(), properties.required("hectares").asDouble(),
                    properties.required("inner").asBoolean()));
        }
        return List.copyOf(boroughs);
    }
}
