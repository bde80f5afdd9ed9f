package uk.arcs.planning.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.common.CliCommand;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.RowFields;
import uk.arcs.force.ForceCode;
import uk.arcs.planning.Planner;
import uk.arcs.planning.Roster;
import uk.arcs.planning.RosterProblemBuilder;
import uk.arcs.planning.RosterReport;

/**
 * {@code ./arcs plan --force CODE --from DATE [--days 7] [--time-limit 30s] [--json] [--out FILE]
 * [--scenario london-2023]}: solves a deployment plan and prints it. With {@code --scenario london-2023} the
 * launcher runs it on an in-memory database holding the London 2023 replay. Exit codes: 0 done, 2 misused.
 */
@Component
class PlanCommand implements CliCommand {

    static final String USAGE = "usage: arcs plan --force CODE --from YYYY-MM-DD [--days 1-14] [--time-limit 30s] "
            + "[--json] [--out FILE.csv] [--scenario london-2023]";
    private static final Set<String> FLAGS = Set.of("json");
    private static final Set<String> OPTIONS = Set.of("force", "from", "days", "time-limit", "out", "scenario");
    private static final Set<String> SCENARIOS = Set.of("london-2023");

    private final RosterProblemBuilder builder;
    private final Planner planner;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    PlanCommand(RosterProblemBuilder builder, Planner planner, Clock clock) {
        this.builder = builder;
        this.planner = planner;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.startsWith("--") ? arg.substring(2) : null;
            if (name != null && FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (name != null && OPTIONS.contains(name) && i + 1 < args.size()) {
                options.put(name, args.get(++i));
            } else {
                err.println("arcs plan: unexpected or incomplete argument '" + arg + "'");
                err.println(USAGE);
                return 2;
            }
        }
        if (!options.containsKey("force") || !options.containsKey("from")) {
            err.println(USAGE);
            return 2;
        }
        try {
            if (options.containsKey("scenario") && !SCENARIOS.contains(options.get("scenario"))) {
                throw new IllegalArgumentException("scenario: unknown scenario '" + options.get("scenario")
                        + "'; known: " + SCENARIOS);
            }
            ForceCode force = ForceCode.of(options.get("force"));
            LocalDate from = date(options.get("from"));
            int days = RowFields.wholeNumber(options.getOrDefault("days", "7"), "days");
            Duration limit = duration(options.getOrDefault("time-limit", "30s"));
            Roster problem = builder.build(force, from, days, clock.instant());
            Roster solved = planner.solve(problem, limit);
            RosterReport report = RosterReport.of(solved);
            if (options.containsKey("out")) {
                Files.writeString(Path.of(options.get("out")), report.csv(), StandardCharsets.UTF_8);
            }
            if (options.containsKey("json")) {
                out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            } else {
                out.print(report.summary());
                if (options.containsKey("out")) {
                    out.println("roster written to " + options.get("out"));
                }
            }
            return 0;
        } catch (IllegalArgumentException | NotFoundException | IOException e) {
            err.println("arcs plan: " + e.getMessage());
            return 2;
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("from: '" + text + "' is not a date such as 2023-09-25");
        }
    }

    /** {@code 30s}, {@code 2m} or an ISO-8601 duration such as {@code PT30S}. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("s") && !t.startsWith("p")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m") && !t.startsWith("p")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.parse(text.trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("time-limit: '" + text + "' is not a duration such as 30s, 2m or PT30S");
        }
    }
}
