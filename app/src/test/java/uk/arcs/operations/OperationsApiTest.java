package uk.arcs.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import uk.arcs.TestHttp;
import uk.arcs.TestHttp.Reply;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.OfficerRegistry;

/**
 * Health probes and Prometheus metrics on the demo server the H2 API contract uses (the same configuration, one
 * server). Each counter is read before and after the action that should move it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "arcs.demo=true")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:arcs-api;DB_CLOSE_DELAY=-1")
class OperationsApiTest {

    private static final String SCRAPER = "metrics.scraper";

    @LocalServerPort
    int port;

    @Autowired
    OfficerRegistry officers;
    @Autowired
    Clock clock;

    private TestHttp http() {
        return new TestHttp(port);
    }

    private String scrape() {
        Reply reply = http().get("/actuator/prometheus", SCRAPER);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.body();
    }

    /** The value of the sample with that name and those labels (name="value" pairs), or 0 if there is none yet. */
    static double sample(String scrape, String name, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{.*})? (\\S+)$").matcher(scrape);
        while (line.find()) {
            String found = line.group(1) == null ? "" : line.group(1);
            if (List.of(labels).stream().allMatch(found::contains)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }

    @Test
    void livenessAndReadinessAnswerWithoutLogin() {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            Reply reply = http().get(probe, null);
            assertThat(reply.status()).as(probe).isEqualTo(200);
            assertThat(reply.json().get("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void prometheusIsOnlyForTheMetricsRole() {
        Reply anonymous = http().get("/actuator/prometheus", null);
        assertThat(anonymous.status()).isEqualTo(401);
        for (String user : List.of("met.gold", "identity.admin", "npocc.coordinator")) {
            assertThat(http().get("/actuator/prometheus", user).status()).as(user).isEqualTo(403);
        }
        assertThat(http().get("/api/v1/forces/MET/capability", SCRAPER).status()).isEqualTo(403);
        String scrape = scrape();
        assertThat(scrape).contains("http_server_requests_seconds_count").contains("arcs_plans_running")
                .contains("arcs_simulations_running");
        // The demo's load went through the same paths as any other write.
        assertThat(sample(scrape, "arcs_officer_events_total", "force=\"MET\"", "type=\"STEPPED_BACK\""))
                .isGreaterThanOrEqualTo(300);
        assertThat(sample(scrape, "arcs_mutualaid_steps_total", "force=\"KENT\"", "step=\"OFFERED\"")).isPositive();
        assertThat(sample(scrape, "arcs_posture_events_total", "force=\"MET\"")).isPositive();
    }

    @Test
    void officerAndPostureEventsMoveTheirCounters() {
        String before = scrape();
        String cipher = officers.officers(ForceCode.of("MET")).stream().filter(o -> o.unit().equals("AVIATION"))
                .skip(40).findFirst().orElseThrow().cipher().value();
        Reply leave = http().post("/api/v1/forces/MET/events", "met.supervisor", """
                {"events": [{"cipher": "%s", "type": "ANNUAL_LEAVE", "occurredAt": "%s", "reason": "booked leave"}]}
                """.formatted(cipher, clock.instant().minusSeconds(60)));
        assertThat(leave.status()).as(leave.body()).isEqualTo(201);
        String level = http().get("/api/v1/forces/MET/posture", "met.gold").json().get("threatLevel").asString();
        Reply posture = http().post("/api/v1/forces/MET/posture/events", "met.gold", """
                {"events": [{"type": "THREAT_LEVEL", "occurredAt": "%s", "reason": "JTAC confirmed the level",
                             "level": "%s"}]}""".formatted(clock.instant().minusSeconds(5), level));
        assertThat(posture.status()).as(posture.body()).isEqualTo(201);
        String after = scrape();
        String[] leaveLabels = {"force=\"MET\"", "type=\"ANNUAL_LEAVE\""};
        assertThat(sample(after, "arcs_officer_events_total", leaveLabels))
                .isEqualTo(sample(before, "arcs_officer_events_total", leaveLabels) + 1);
        String[] levelLabels = {"force=\"MET\"", "type=\"THREAT_LEVEL\""};
        assertThat(sample(after, "arcs_posture_events_total", levelLabels))
                .isEqualTo(sample(before, "arcs_posture_events_total", levelLabels) + 1);
        String[] recorded = {"method=\"POST\"", "status=\"201\"", "uri=\"/api/v1/forces/{force}/events\""};
        assertThat(sample(after, "http_server_requests_seconds_count", recorded))
                .isEqualTo(sample(before, "http_server_requests_seconds_count", recorded) + 1);
    }

    @Test
    void planAndSimulationJobsAreCountedAndTimed() throws Exception {
        String before = scrape();
        Reply plan = http().post("/api/v1/forces/MET/plans", "met.planner",
                "{\"from\": \"2023-10-09\", \"days\": 1, \"timeLimitSeconds\": 2}");
        assertThat(plan.status()).as(plan.body()).isEqualTo(202);
        followToTheEnd("/api/v1/forces/MET/plans/" + plan.json().get("id").asString() + "/events", "met.planner");
        Reply simulation = http().post("/api/v1/simulations", "met.planner", """
                { "zones": [{"id": "A", "lat": 51.50, "lon": -0.20, "weight": 1}],
                  "cars": [{"id": "ARV1", "homeZone": "A"}],
                  "arrivalsPerHour": 0.5, "onSceneMinutes": {"distribution": "exponential", "mean": 30},
                  "travel": {"speedKmh": 48, "roadFactor": 1.4}, "whenAllBusy": "queue",
                  "hours": 200, "warmupHours": 10, "replications": 4, "seed": 7, "targetMinutes": [10] }""");
        assertThat(simulation.status()).as(simulation.body()).isEqualTo(202);
        followToTheEnd("/api/v1/simulations/" + simulation.json().get("id").asString() + "/events", "met.planner");

        String after = scrape();
        assertThat(sample(after, "arcs_plans_started_total", "force=\"MET\""))
                .isEqualTo(sample(before, "arcs_plans_started_total", "force=\"MET\"") + 1);
        String[] done = {"force=\"MET\"", "outcome=\"done\""};
        assertThat(sample(after, "arcs_plans_finished_total", done))
                .isEqualTo(sample(before, "arcs_plans_finished_total", done) + 1);
        assertThat(sample(after, "arcs_plans_solve_seconds_count", done))
                .isEqualTo(sample(before, "arcs_plans_solve_seconds_count", done) + 1);
        assertThat(sample(after, "arcs_simulations_started_total"))
                .isEqualTo(sample(before, "arcs_simulations_started_total") + 1);
        assertThat(sample(after, "arcs_simulations_finished_total", "outcome=\"done\""))
                .isEqualTo(sample(before, "arcs_simulations_finished_total", "outcome=\"done\"") + 1);
        assertThat(sample(after, "arcs_simulations_run_seconds_count", "outcome=\"done\""))
                .isEqualTo(sample(before, "arcs_simulations_run_seconds_count", "outcome=\"done\"") + 1);
    }

    /** Reads a server-sent event stream until the server ends it, which it does once the job has ended. */
    private void followToTheEnd(String path, String user) throws IOException, InterruptedException {
        HttpResponse<java.util.stream.Stream<String>> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(5))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                                .getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        try (var lines = stream.body()) {
            assertThat(lines.filter(l -> l.startsWith("event:")).toList()).isNotEmpty();
        }
    }
}
