package uk.arcs.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.ArcsApplication;
import uk.arcs.common.CliCommand;

/**
 * {@code ./arcs simulate} through its {@link CliCommand} bean, in a context started the way the launcher starts
 * it: an in-memory database given the London 2023 replay, as {@code ./arcs ... --scenario london-2023} does.
 */
class SimulateCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext context;

    record Run(int exitCode, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    @BeforeAll
    static void start() {
        SpringApplication application = new SpringApplication(ArcsApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        context = application.run("--arcs.demo=true",
                "--spring.datasource.url=jdbc:h2:mem:simulate-cli;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Run simulate(String... args) {
        CliCommand command = context.getBeansOfType(CliCommand.class).values().stream()
                .filter(c -> c.name().equals("simulate")).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aConfigFileGivesTheDocumentedJson(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("two-zones.json");
        Files.writeString(config, """
                { "zones": [{"id": "A", "lat": 51.50, "lon": -0.20, "weight": 0.5},
                            {"id": "B", "lat": 51.52, "lon": -0.05, "weight": 0.5}],
                  "cars": [{"id": "ARV1", "homeZone": "A"}, {"id": "ARV2", "homeZone": "B"}, {"id": "ARV3", "homeZone": "B"}],
                  "arrivalsPerHour": 1.5, "carsPerIncident": 1,
                  "onSceneMinutes": {"distribution": "exponential", "mean": 60},
                  "travel": {"speedKmh": 48, "roadFactor": 1.4},
                  "whenAllBusy": "queue",
                  "hours": 2000, "warmupHours": 50, "replications": 4, "seed": 1,
                  "targetMinutes": [10, 15] }
                """);

        Run run = simulate("--config", config.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("incidents").asDouble()).isBetween(2_700.0, 3_150.0);
        assertThat(json.get("probabilityAllBusy").asDouble()).isBetween(0.1, 0.8);
        assertThat(json.get("meanWaitMinutes").asDouble()).isPositive();
        assertThat(json.get("lostFraction").asDouble()).isZero();
        assertThat(json.get("responseMinutes").propertyNames()).containsExactly("mean", "p50", "p90", "p95");
        assertThat(json.get("withinTarget").propertyNames()).containsExactly("10", "15");
        assertThat(json.get("utilisation").propertyNames()).containsExactly("ARV1", "ARV2", "ARV3");
        assertThat(json.get("zones")).hasSize(2);
        assertThat(json.get("zones").get(1).get("id").asString()).isEqualTo("B");
        assertThat(json.get("ci95").get("responseMinutes").get("p90").asDouble()).isPositive();
        assertThat(json.get("replications").asInt()).isEqualTo(4);
    }

    @Test
    void theLondonScenarioAtAnInstantTakesTheCarsFromTheCapabilityPicture() {
        Run run = simulate("--scenario", "london-2023", "--at", "2023-09-24T02:00", "--replications", "20", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("cars").asInt()).isEqualTo(2);
        assertThat(json.get("carsRequired").asInt()).isEqualTo(15);
        assertThat(json.get("utilisation").propertyNames()).containsExactly("ARV1", "ARV2");
        assertThat(json.get("zones")).hasSize(33);
        assertThat(json.get("incidents").asDouble()).isBetween(7_000.0, 7_600.0);
    }

    @Test
    void aComparisonPrintsOneRowPerFleetWithResponseWorseningAsCarsGo() {
        Run run = simulate("--scenario", "london-2023", "--compare", "15,8,2", "--replications", "20");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = run.out().lines().filter(line -> line.matches("\\s+\\d+\\s+.*")).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).trim()).startsWith("15 ");
        assertThat(rows.get(2).trim()).startsWith("2 ");
        assertThat(run.out()).contains("mean response (min)").contains("within 10 min").contains("within 15 min")
                .contains("found all busy").contains("lost to mutual aid");

        JsonNode json = simulate("--scenario", "london-2023", "--compare", "15,2", "--replications", "20", "--json").json();
        double fifteen = json.get("runs").get(0).get("responseMinutes").get("mean").asDouble();
        double two = json.get("runs").get(1).get("responseMinutes").get("mean").asDouble();
        assertThat(two).isGreaterThan(3 * fifteen);
    }

    @Test
    void thePrintedLondonConfigRunsAsAConfigFile(@TempDir Path dir) throws IOException {
        Run printed = simulate("--scenario", "london-2023", "--cars", "4", "--print-config");
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        Path config = dir.resolve("london.json");
        Files.writeString(config, printed.out().replace("\"replications\" : 1000", "\"replications\" : 5"));

        Run run = simulate("--config", config.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("replications").asInt()).isEqualTo(5);
        assertThat(run.json().get("utilisation").propertyNames()).containsExactly("ARV1", "ARV2", "ARV3", "ARV4");
    }

    @Test
    void aBadConfigIsRefusedNamingTheFieldWithExitCodeTwo(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("bad.json");
        Files.writeString(config, """
                { "zones": [{"id": "A", "lat": 51.5, "lon": -0.2, "weight": 1}],
                  "cars": [{"id": "ARV1", "homeZone": "A"}, {"id": "ARV2", "homeZone": "A"}, {"id": "ARV3", "homeZone": "Q"}],
                  "arrivalsPerHour": 1.5, "onSceneMinutes": {"distribution": "exponential", "mean": 60},
                  "travel": {"instant": true}, "hours": 100 }
                """);
        Run unknownZone = simulate("--config", config.toString());
        assertThat(unknownZone.exitCode()).isEqualTo(2);
        assertThat(unknownZone.err()).contains("cars[2].homeZone: unknown zone 'Q'");

        Files.writeString(config, """
                { "zones": [{"id": "A", "lat": 51.5, "lon": -0.2, "weight": 1, "colour": "red"}] }
                """);
        assertThat(simulate("--config", config.toString()).err()).contains("zones[0].colour: unknown property");

        Run misuse = simulate("--scenario", "london-2023");
        assertThat(misuse.exitCode()).isEqualTo(2);
        assertThat(misuse.err()).contains("give one of --cars N, --at INSTANT or --compare").contains("usage:");
        assertThat(simulate("--scenario", "paris-2024", "--cars", "2").err()).contains("unknown scenario 'paris-2024'");
        assertThat(simulate("--scenario", "london-2023", "--compare", "15,0").err())
                .contains("cars: at least one car is needed");
    }
}
