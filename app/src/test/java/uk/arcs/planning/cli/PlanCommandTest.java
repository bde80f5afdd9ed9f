package uk.arcs.planning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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

/** {@code ./arcs plan} on the London 2023 replay, as the launcher runs it with {@code --scenario london-2023}. */
class PlanCommandTest {

    private static ConfigurableApplicationContext context;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void startOnTheReplay() {
        SpringApplication application = new SpringApplication(ArcsApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        context = application.run("--arcs.demo=true", "--spring.datasource.url=jdbc:h2:mem:plan-cli;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Run plan(String... args) {
        CliCommand plan = context.getBeansOfType(CliCommand.class).values().stream()
                .filter(c -> c.name().equals("plan")).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = plan.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void planForTheMetOnTheMondayOfTheCrisisIsWithinTheRules(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("roster.csv");
        Run run = plan("--scenario", "london-2023", "--force", "MET", "--from", "2023-09-25", "--days", "1",
                "--time-limit", "5s", "--json", "--out", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("hardViolations").asInt()).isZero();
        assertThat(report.get("score").asString()).startsWith("0hard/");
        // 3 shifts of 18 counter-terrorism seats, 15 cars of 3 and 302 site posts.
        assertThat(report.get("assignments").size() + report.get("unfilled").size()).isEqualTo(3 * (18 + 45 + 302));
        JsonNode first = report.get("assignments").get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("cipher", "force", "seat", "kind", "accreditation",
                "start", "end");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).isEqualTo("cipher,force,seat,kind,accreditation,start,end");
        assertThat(lines).hasSize(1 + 3 * (18 + 45 + 302));
    }

    @Test
    void badInputIsRefusedWithExitCodeTwo() {
        Run longHorizon = plan("--force", "MET", "--from", "2023-09-25", "--days", "15");
        assertThat(longHorizon.exitCode()).isEqualTo(2);
        assertThat(longHorizon.err()).contains("days: the horizon is 1 to 14 days, not 15");
        Run unknownForce = plan("--force", "NOWHERE", "--from", "2023-09-25");
        assertThat(unknownForce.exitCode()).isEqualTo(2);
        assertThat(unknownForce.err()).contains("unknown force NOWHERE");
        Run noOfficers = plan("--force", "MET", "--from", "2019-01-01", "--days", "1", "--time-limit", "1s");
        assertThat(noOfficers.exitCode()).isEqualTo(2);
        assertThat(noOfficers.err()).contains("force: MET has no officers");
        assertThat(plan("--force", "MET").err()).startsWith("usage: arcs plan");
        assertThat(plan("--force", "MET", "--from", "2023-09-25", "--scenario", "paris-2024").err())
                .contains("scenario: unknown scenario 'paris-2024'");
        assertThat(plan("--force", "MET", "--from", "2023-09-25", "--time-limit", "soon").err())
                .contains("time-limit: 'soon' is not a duration");
    }
}
