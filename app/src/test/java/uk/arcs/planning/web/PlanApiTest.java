package uk.arcs.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan endpoints on the London 2023 replay. The configuration is the H2 API contract's, so the two share one
 * server; this test plans a day after the crisis so that the contract's figures and advice stay as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "arcs.demo=true")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:arcs-api;DB_CLOSE_DELAY=-1")
class PlanApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Reply send(String method, String path, String user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPlanIsStartedWatchedFetchedAndExplained() {
        Reply started = send("POST", "/api/v1/forces/MET/plans", "met.planner",
                "{\"from\": \"2023-10-02\", \"days\": 1, \"timeLimitSeconds\": 3}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();
        String plan = "/api/v1/forces/MET/plans/" + id;

        // The event stream ends when the plan does: a bounded wait, with the request's own timeout.
        Reply events = send("GET", plan + "/events", "met.gold", null);
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.contentType()).startsWith("text/event-stream");
        assertThat(events.body()).contains("event:score").contains("event:end").contains("\"status\":\"DONE\"");

        Reply done = send("GET", plan, "met.gold", null);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        JsonNode roster = done.json().get("roster");
        // hardViolations is what the independent RosterChecker finds in the roster.
        assertThat(roster.get("hardViolations").asInt()).isZero();
        assertThat(roster.get("assignments").size()).isPositive();

        Reply explanation = send("GET", plan + "/explanation", "met.planner", null);
        assertThat(explanation.status()).isEqualTo(200);
        assertThat(explanation.json().get("constraints").findValuesAsString("constraint")).isNotEmpty();
        assertThat(explanation.json().get("score").asString()).isEqualTo(done.json().get("bestScore").asString());
    }

    @Test
    void unknownPlansBadInputAndOtherForcesAreRefused() {
        Reply unknown = send("GET", "/api/v1/forces/MET/plans/no-such-plan", "met.gold", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        Reply tooLong = send("POST", "/api/v1/forces/MET/plans", "met.gold",
                "{\"from\": \"2023-10-02\", \"days\": 15, \"timeLimitSeconds\": 3}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.json().get("detail").asString()).startsWith("days:");
        Reply noDate = send("POST", "/api/v1/forces/MET/plans", "met.gold", "{\"days\": 1}");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().get("detail").asString()).startsWith("from:");
        assertThat(send("POST", "/api/v1/forces/MET/plans", "kent.commander",
                "{\"from\": \"2023-10-02\", \"days\": 1}").status()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/forces/MET/plans/no-such-plan", "met.press", null).status()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/forces/MET/plans/no-such-plan", "npocc.coordinator", null).status())
                .isEqualTo(404);
    }
}
