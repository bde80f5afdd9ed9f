package uk.arcs.simulation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.CliCommand;
import uk.arcs.common.Instants;
import uk.arcs.common.NotFoundException;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.simulation.LondonModel;
import uk.arcs.simulation.SimulationConfig;
import uk.arcs.simulation.SimulationResult;
import uk.arcs.simulation.Simulator;
import uk.arcs.simulation.json.BoroughGeoJson;
import uk.arcs.simulation.json.ConfigJson;
import uk.arcs.simulation.json.ResultJson;

/**
 * {@code ./arcs simulate}: a config file, or the London 2023 model with a number of cars given, taken from the
 * MET capability picture at an instant, or several compared side by side. Exit codes: 0 done, 2 refused.
 */
@Component
class SimulateCommand implements CliCommand {

    static final String USAGE = """
            usage: arcs simulate --config FILE [--json]
                   arcs simulate --scenario london-2023 (--cars N | --at INSTANT | --compare N,N,...) [--json]
                   arcs simulate --scenario london-2023 --cars N --print-config > london.json
                          [--replications R] [--hours H] [--seed S] [--other-calls-per-day X]
                          [--cars-per-incident K] [--when-all-busy queue|lost]""";

    private static final Set<String> FLAGS = Set.of("json", "print-config");
    private static final Set<String> OPTIONS = Set.of("config", "scenario", "cars", "at", "compare", "replications",
            "hours", "seed", "other-calls-per-day", "cars-per-incident", "when-all-busy");

    private final CapabilityService capability;
    private final ForceDirectory forces;

    SimulateCommand(CapabilityService capability, ForceDirectory forces) {
        this.capability = capability;
        this.forces = forces;
    }

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            Map<String, String> options = parse(args);
            if (options.containsKey("config") == options.containsKey("scenario")) {
                throw new Misuse("give either --config FILE or --scenario " + LondonModel.NAME);
            }
            return options.containsKey("config") ? runConfig(options, out) : runScenario(options, out);
        } catch (Misuse e) {
            err.println("arcs simulate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException | IllegalArgumentException | NotFoundException e) {
            err.println("arcs simulate: " + e.getMessage());
            return 2;
        }
    }

    private static final class Misuse extends RuntimeException {
        Misuse(String message) {
            super(message);
        }
    }

    private static Map<String, String> parse(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.startsWith("--") ? arg.substring(2) : null;
            if (name != null && FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (name != null && OPTIONS.contains(name)) {
                if (i + 1 >= args.size()) {
                    throw new Misuse(arg + " needs a value");
                }
                options.put(name, args.get(++i));
            } else {
                throw new Misuse("unexpected argument '" + arg + "'");
            }
        }
        return options;
    }

    private int runConfig(Map<String, String> options, PrintStream out) throws IOException {
        Set<String> allowed = Set.of("config", "json");
        for (String option : options.keySet()) {
            if (!allowed.contains(option)) {
                throw new Misuse("--" + option + " is for --scenario; with --config, put it in the file");
            }
        }
        Path file = Path.of(options.get("config"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a file");
        }
        SimulationConfig config = ConfigJson.read(Files.readString(file, StandardCharsets.UTF_8));
        SimulationResult result = Simulator.onAllCores().run(config);
        if (options.containsKey("json")) {
            out.println(ResultJson.write(ResultJson.of(result)));
        } else {
            Reports.single(out, file.getFileName() + ": " + config.cars().size() + " cars", config, result);
        }
        return 0;
    }

    private int runScenario(Map<String, String> options, PrintStream out) {
        if (!options.get("scenario").equals(LondonModel.NAME)) {
            throw new Misuse("unknown scenario '" + options.get("scenario") + "'; known: " + LondonModel.NAME);
        }
        long modes = options.keySet().stream().filter(Set.of("cars", "at", "compare")::contains).count();
        if (modes != 1) {
            throw new Misuse("give one of --cars N, --at INSTANT or --compare N,N,...");
        }
        LondonModel.Options london = londonOptions(options);
        List<LondonModel.Borough> boroughs = BoroughGeoJson.london();
        boolean json = options.containsKey("json");
        if (options.containsKey("compare")) {
            if (options.containsKey("print-config")) {
                throw new Misuse("--print-config prints one config: give --cars or --at");
            }
            List<Integer> counts = new ArrayList<>();
            for (String count : options.get("compare").split(",")) {
                counts.add(whole(count.trim(), "compare"));
            }
            List<Run> runs = new ArrayList<>();
            for (int cars : counts) {
                SimulationConfig config = LondonModel.config(boroughs, london.withCars(cars));
                runs.add(new Run(cars, config, Simulator.onAllCores().run(config)));
            }
            if (json) {
                Map<String, Object> document = scenario(london, null);
                document.put("runs", runs.stream().map(run -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("cars", run.cars());
                    entry.putAll(ResultJson.of(run.result()));
                    return entry;
                }).toList());
                out.println(ResultJson.write(document));
            } else {
                Reports.comparison(out, london, runs);
            }
            return 0;
        }
        String heading;
        Map<String, Object> document;
        int cars;
        if (options.containsKey("at")) {
            Force met = forces.require(ForceCode.MET);
            Instant at = Instants.parse(options.get("at"), met.zone());
            CapabilityPicture.Arv arv = capability.picture(ForceCode.MET, at, null).arv();
            cars = arv.carsAvailable();
            heading = "MET at " + at.atZone(met.zone()).toOffsetDateTime() + ": " + cars + " ARV cars available of "
                    + arv.carsRequired() + " required";
            if (cars == 0) {
                throw new IllegalArgumentException(heading + "; with no car every call goes to mutual aid, so there "
                        + "is nothing to simulate");
            }
            document = scenario(london.withCars(cars), at);
            document.put("carsRequired", arv.carsRequired());
        } else {
            cars = whole(options.get("cars"), "cars");
            heading = "London 2023 model: " + cars + " ARV cars";
            document = scenario(london.withCars(cars), null);
        }
        SimulationConfig config = LondonModel.config(boroughs, london.withCars(cars));
        if (options.containsKey("print-config")) {
            out.println(ResultJson.write(ConfigJson.of(config)));
            return 0;
        }
        SimulationResult result = Simulator.onAllCores().run(config);
        if (json) {
            document.putAll(ResultJson.of(result));
            out.println(ResultJson.write(document));
        } else {
            Reports.single(out, heading, config, result);
        }
        return 0;
    }

    record Run(int cars, SimulationConfig config, SimulationResult result) {
    }

    private static Map<String, Object> scenario(LondonModel.Options london, Instant at) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scenario", LondonModel.NAME);
        if (at != null) {
            document.put("at", at.toString());
        }
        if (london.cars() > 0) {
            document.put("cars", london.cars());
        }
        document.put("hours", london.hours());
        document.put("otherCallsPerDay", london.otherCallsPerDay());
        document.put("whenAllBusy", london.whenAllBusy().name().toLowerCase(Locale.ROOT));
        return document;
    }

    private static LondonModel.Options londonOptions(Map<String, String> options) {
        LondonModel.Options defaults = LondonModel.Options.defaults(0);
        double hours = options.containsKey("hours") ? number(options.get("hours"), "hours") : defaults.hours();
        return new LondonModel.Options(0,
                options.containsKey("other-calls-per-day") ? number(options.get("other-calls-per-day"),
                        "other-calls-per-day") : defaults.otherCallsPerDay(),
                options.containsKey("cars-per-incident") ? whole(options.get("cars-per-incident"), "cars-per-incident")
                        : defaults.carsPerIncident(),
                options.containsKey("when-all-busy") ? whenAllBusy(options.get("when-all-busy")) : defaults.whenAllBusy(),
                hours, Math.min(defaults.warmupHours(), hours / 10),
                options.containsKey("replications") ? whole(options.get("replications"), "replications")
                        : defaults.replications(),
                options.containsKey("seed") ? seed(options.get("seed")) : defaults.seed(),
                defaults.targetMinutes());
    }

    private static SimulationConfig.WhenAllBusy whenAllBusy(String text) {
        return switch (text) {
            case "queue" -> SimulationConfig.WhenAllBusy.QUEUE;
            case "lost" -> SimulationConfig.WhenAllBusy.LOST;
            default -> throw new Misuse("--when-all-busy must be queue or lost, not '" + text + "'");
        };
    }

    private static int whole(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new Misuse("--" + option + " needs whole numbers, not '" + text + "'");
        }
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Misuse("--seed needs a whole number, not '" + text + "'");
        }
    }

    private static double number(String text, String option) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new Misuse("--" + option + " needs a number, not '" + text + "'");
        }
    }
}
