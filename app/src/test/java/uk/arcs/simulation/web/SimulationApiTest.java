package uk.arcs.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulation jobs over HTTP, on the demo server the API contract uses (the same properties, so the test
 * context is shared rather than started again).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "arcs.demo=true")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:arcs-api;DB_CLOSE_DELAY=-1")
class SimulationApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONFIG = """
            { "zones": [{"id": "A", "lat": 51.50, "lon": -0.20, "weight": 0.5},
                        {"id": "B", "lat": 51.52, "lon": -0.05, "weight": 0.5}],
              "cars": [{"id": "ARV1", "homeZone": "A"}, {"id": "ARV2", "homeZone": "B"}, {"id": "ARV3", "homeZone": "B"}],
              "arrivalsPerHour": 1.5, "onSceneMinutes": {"distribution": "exponential", "mean": 60},
              "travel": {"speedKmh": 48, "roadFactor": 1.4}, "whenAllBusy": "queue",
              "hours": 5000, "warmupHours": 50, "replications": 40, "seed": 1, "targetMinutes": [10, 15] }
            """;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Reply get(String path, String user) {
        return send(request(path, user).GET());
    }

    /** The event names of a job's stream, read until the server ends it (after 'done' or 'failed'). */
    private List<String> events(String id, List<String> data) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = http.send(request("/api/v1/simulations/" + id + "/events", "met.press")
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            lines.forEach(line -> {
                if (line.startsWith("event:")) {
                    names.add(line.substring("event:".length()).trim());
                } else if (line.startsWith("data:")) {
                    data.add(line.substring("data:".length()));
                }
            });
        }
        return names;
    }

    @Test
    void aJobRunsReportsProgressAndEndsWithTheResult() throws Exception {
        Reply started = post("/api/v1/simulations", "met.gold", CONFIG);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();
        assertThat(started.json().get("replications").asInt()).isEqualTo(40);

        List<String> data = new ArrayList<>();
        List<String> names = events(id, data);
        assertThat(names).first().isEqualTo("progress");
        assertThat(names).last().isEqualTo("done");
        assertThat(JSON.readTree(data.getLast()).get("result").get("utilisation").propertyNames())
                .containsExactly("ARV1", "ARV2", "ARV3");

        Reply job = get("/api/v1/simulations/" + id, "kent.commander");
        assertThat(job.status()).isEqualTo(200);
        JsonNode json = job.json();
        assertThat(json.get("status").asString()).isEqualTo("done");
        assertThat(json.get("replicationsDone").asInt()).isEqualTo(40);
        assertThat(json.get("submittedBy").asString()).isEqualTo("met.gold");
        JsonNode result = json.get("result");
        assertThat(result.get("probabilityAllBusy").asDouble()).isBetween(0.0, 1.0);
        assertThat(result.get("ci95").get("responseMinutes").get("mean").asDouble()).isPositive();
        assertThat(result.get("withinTarget").propertyNames()).containsExactly("10", "15");

        // A subscriber after the end is told the outcome at once.
        assertThat(events(id, new ArrayList<>())).containsExactly("progress", "done");
    }

    @Test
    void theLondonModelTakesTheMetsCarsAtAnInstant() throws Exception {
        Reply started = post("/api/v1/simulations/london-2023?at=2023-09-24T02:00&replications=20", "npocc.coordinator",
                "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("description").asString()).contains("2 ARV cars of 15 required");
        List<String> data = new ArrayList<>();
        assertThat(events(started.json().get("id").asString(), data)).last().isEqualTo("done");
        assertThat(JSON.readTree(data.getLast()).get("result").get("zones")).hasSize(33);
    }

    @Test
    void aBadConfigIsRefusedWithAProblemNamingTheField() {
        Reply refused = post("/api/v1/simulations", "met.gold", CONFIG.replace("\"homeZone\": \"A\"", "\"homeZone\": \"Q\""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).isEqualTo("cars[0].homeZone: unknown zone 'Q'");
        assertThat(refused.json().get("field").asString()).isEqualTo("cars[0].homeZone");

        Reply unknownProperty = post("/api/v1/simulations", "met.gold", CONFIG.replace("\"seed\": 1", "\"seeds\": 1"));
        assertThat(unknownProperty.status()).isEqualTo(400);
        assertThat(unknownProperty.json().get("detail").asString()).isEqualTo("seeds: unknown property");

        Reply neither = post("/api/v1/simulations/london-2023", "met.gold", "");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.json().get("detail").asString()).isEqualTo("give either 'cars' or 'at'");
    }

    @Test
    void anUnknownJobIsNotFound() {
        Reply missing = get("/api/v1/simulations/00000000-0000-0000-0000-000000000000", "met.gold");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(get("/api/v1/simulations/not-a-job", "met.gold").status()).isEqualTo(404);
    }

    @Test
    void onlyPolicingRolesRunOrReadSimulations() {
        assertThat(post("/api/v1/simulations", null, CONFIG).status()).isEqualTo(401);
        assertThat(post("/api/v1/simulations", "mod.liaison", CONFIG).status()).isEqualTo(403);
        assertThat(post("/api/v1/simulations", "identity.admin", CONFIG).status()).isEqualTo(403);
        assertThat(get("/api/v1/simulations/00000000-0000-0000-0000-000000000000", "mod.liaison").status())
                .isEqualTo(403);
    }
}
