package uk.arcs.scenario.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.arcs.common.CliCommand;
import uk.arcs.common.Outcome;
import uk.arcs.common.RowError;
import uk.arcs.force.ForceCode;
import uk.arcs.scenario.CsvBundle;
import uk.arcs.scenario.CsvExchange;
import uk.arcs.scenario.ScenarioLoader;

/** The {@code ./arcs import} and {@code ./arcs export} commands. Exit codes: 0 done, 2 refused or misused. */
class ScenarioCommands {

    private static final int SHOWN_ERRORS = 50;

    private final CsvExchange exchange;

    ScenarioCommands(CsvExchange exchange) {
        this.exchange = exchange;
    }

    int run(String command, List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                err.println("arcs " + command + ": unexpected argument '" + arg + "'");
                return 2;
            }
            if (arg.equals("--keep-recorded-times") || arg.equals("--dry-run")) {
                options.put(arg.substring(2), "true");
            } else if (i + 1 < args.size()) {
                options.put(arg.substring(2), args.get(++i));
            } else {
                err.println("arcs " + command + ": " + arg + " needs a value");
                return 2;
            }
        }
        if (!options.containsKey("force") || !options.containsKey("dir")) {
            err.println("usage: arcs " + command + " --force CODE --dir DIR"
                    + (command.equals("import") ? " [--dry-run] [--keep-recorded-times]" : ""));
            return 2;
        }
        ForceCode force;
        try {
            force = ForceCode.of(options.get("force"));
        } catch (IllegalArgumentException e) {
            err.println("arcs " + command + ": " + e.getMessage());
            return 2;
        }
        Path dir = Path.of(options.get("dir"));
        try {
            return command.equals("import")
                    ? importDir(force, dir, options.containsKey("dry-run"), options.containsKey("keep-recorded-times"), out, err)
                    : exportDir(force, dir, out);
        } catch (IOException | RuntimeException e) {
            err.println("arcs " + command + ": " + e.getMessage());
            return 2;
        }
    }

    private int importDir(ForceCode force, Path dir, boolean dryRun, boolean keepRecordedTimes, PrintStream out,
                          PrintStream err) throws IOException {
        if (!Files.isDirectory(dir)) {
            err.println("arcs import: " + dir + " is not a directory");
            return 2;
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : CsvBundle.FILES) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                files.put(name, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        if (files.isEmpty()) {
            err.println("arcs import: " + dir + " holds none of " + CsvBundle.FILES);
            return 2;
        }
        Outcome<ScenarioLoader.Summary> outcome = exchange.importFiles(force, files,
                new CsvBundle.Provenance("cli.import", keepRecordedTimes), dryRun);
        return switch (outcome) {
            case Outcome.Recorded<ScenarioLoader.Summary> recorded -> {
                ScenarioLoader.Summary s = recorded.value();
                out.printf("%s %s: %d officers registered, %d officer events, %d posture events%s%n",
                        dryRun ? "checked (dry run, nothing recorded)" : "imported", force, s.officersRegistered(),
                        s.officerEvents(), s.postureEvents(), s.forcesRegistered() > 0 ? " (new force)" : "");
                yield 0;
            }
            case Outcome.Rejected<ScenarioLoader.Summary> rejected -> {
                err.println("arcs import: refused, nothing was recorded (" + rejected.errors().size() + " errors)");
                rejected.errors().stream().limit(SHOWN_ERRORS).map(RowError::toString).forEach(e -> err.println("  " + e));
                if (rejected.errors().size() > SHOWN_ERRORS) {
                    err.println("  ... and " + (rejected.errors().size() - SHOWN_ERRORS) + " more");
                }
                yield 2;
            }
        };
    }

    private int exportDir(ForceCode force, Path dir, PrintStream out) throws IOException {
        Map<String, String> files = exchange.exportFiles(force);
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        out.printf("exported %s to %s: %s%n", force, dir, String.join(", ", files.keySet()));
        return 0;
    }
}

@Component
class ImportCommand implements CliCommand {

    private final ScenarioCommands commands;

    ImportCommand(CsvExchange exchange) {
        this.commands = new ScenarioCommands(exchange);
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return commands.run("import", args, out, err);
    }
}

@Component
class ExportCommand implements CliCommand {

    private final ScenarioCommands commands;

    ExportCommand(CsvExchange exchange) {
        this.commands = new ScenarioCommands(exchange);
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return commands.run("export", args, out, err);
    }
}
