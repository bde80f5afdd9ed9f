package uk.arcs.simulation.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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
        try (InputStream in = BoroughGeoJson.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
