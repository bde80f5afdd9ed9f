package uk.arcs.forecast.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.common.CliCommand;
import uk.arcs.common.Instants;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.forecast.WhatIfChange;
import uk.arcs.forecast.WhatIfEngine;
import uk.arcs.forecast.ResponseTimes;
import uk.arcs.forecast.WhatIfResult;
import uk.arcs.posture.ThreatLevel;

/**
 * {@code ./arcs what-if [--scenario london-2023] [--force MET] --at <instant> --step-back ARV=30 [--return ARV=10]
 * [--threat CRITICAL] [--aid ARV=20] [--cancel-training 2=12] [--json]}.
 */
@Component
class WhatIfCommand implements CliCommand {

    private final WhatIfEngine engine;
    private final ForceDirectory forces;
    private final JsonMapper json;
    private final Clock clock;

    WhatIfCommand(WhatIfEngine engine, ForceDirectory forces, JsonMapper json, Clock clock) {
        this.engine = engine;
        this.forces = forces;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "what-if";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            String forceCode = "MET";
            String at = null;
            boolean asJson = false;
            List<String[]> changeArgs = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--json" -> asJson = true;
                    case "--scenario" -> {
                        String scenario = value(args, ++i, arg);
                        if (!scenario.equals("london-2023")) {
                            throw new IllegalArgumentException("--scenario: only london-2023 is built in");
                        }
                    }
                    case "--force" -> forceCode = value(args, ++i, arg);
                    case "--at" -> at = value(args, ++i, arg);
                    case "--step-back", "--return", "--threat", "--aid", "--cancel-training" ->
                            changeArgs.add(new String[] {arg, value(args, ++i, arg)});
                    default -> throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                }
            }
            Force force = forces.require(ForceCode.of(forceCode));
            if (changeArgs.isEmpty()) {
                throw new IllegalArgumentException("name at least one change, such as --step-back ARV=30");
            }
            List<WhatIfChange> changes = changeArgs.stream().map(WhatIfCommand::change).toList();
            Instant when = at == null ? clock.instant() : Instants.parse(at, force.zone());
            WhatIfResult result = engine.run(force.code(), null, when, changes);
            if (asJson) {
                out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                print(result, out);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("arcs what-if: " + e.getMessage());
            err.println("usage: arcs what-if [--scenario london-2023] [--force MET] --at <instant> --step-back ARV=30 "
                    + "[--return ARV=N] [--threat LEVEL] [--aid ARV=N] [--cancel-training WEEK=PLACES] [--json]");
            return 2;
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static WhatIfChange change(String[] arg) {
        String option = arg[0];
        String value = arg[1];
        if (option.equals("--threat")) {
            return new WhatIfChange.ThreatLevelChange(ThreatLevel.parse(value));
        }
        String[] pair = value.split("=", 2);
        if (pair.length != 2) {
            throw new IllegalArgumentException(option + " takes NAME=NUMBER, such as ARV=30, not '" + value + "'");
        }
        int number;
        try {
            number = Integer.parseInt(pair[1].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + pair[1] + "' is not a whole number");
        }
        return switch (option) {
            case "--step-back" -> new WhatIfChange.StepBack(Accreditation.parse(pair[0]), number);
            case "--return" -> new WhatIfChange.Return(Accreditation.parse(pair[0]), number);
            case "--aid" -> new WhatIfChange.MutualAidArrives(Accreditation.parse(pair[0]), number, false);
            default -> {
                try {
                    yield new WhatIfChange.CancelTraining(Integer.parseInt(pair[0].trim()), number);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--cancel-training takes WEEK=PLACES, such as 2=12");
                }
            }
        };
    }

    private static String describe(ResponseTimes.Response response) {
        return response == null ? "no car left to respond" : String.format(java.util.Locale.ENGLISH,
                "%d cars: mean %.1f min, 90%% within %.1f min, %.0f%% reached in 10 min", response.cars(),
                response.meanMinutes(), response.p90Minutes(), 100 * response.withinTenMinutes());
    }

    private static void print(WhatIfResult result, PrintStream out) {
        out.println("What if, for " + result.force() + " at " + result.at() + ": " + String.join("; ", result.changes()));
        out.printf("%-22s %-6s %14s %14s %12s %12s %10s%n", "shift starting", "shift", "ARV cars", "with aid",
                "CT cover", "stepped back", "posture");
        for (WhatIfResult.Shift shift : result.shifts()) {
            WhatIfResult.Summary was = shift.recorded();
            WhatIfResult.Summary now = shift.changed();
            out.printf("%-22s %-6s %14s %14s %12s %12s %10s%n", shift.at(), shift.shift(),
                    was.carsAvailable() + " -> " + now.carsAvailable() + "/" + now.carsRequired(),
                    was.carsWithMutualAid() + " -> " + now.carsWithMutualAid(),
                    was.counterTerrorismAvailable() + " -> " + now.counterTerrorismAvailable() + "/"
                            + now.counterTerrorismRequired(),
                    was.steppedBack() + " -> " + now.steppedBack(), now.postureMetWithMutualAid() ? "met" : "NOT met");
        }
        if (result.responseTimes() != null) {
            out.println("ARV response (London model): " + describe(result.responseTimes().recorded()) + " -> "
                    + describe(result.responseTimes().changed()));
        }
        if (!result.mutualAidNeeded().isEmpty()) {
            out.println("Mutual aid needed to hold the posture: " + result.mutualAidNeeded());
        }
        result.advice().forEach(a -> out.println("Advice [" + a.rule() + "] " + a.step() + ": " + a.reason()));
        if (result.requalification() != null) {
            result.requalification().weeks().forEach(w -> out.printf("Requalification week %d: %d due, %d places, "
                    + "%d lapsed at end %s%n", w.week(), w.due(), w.places(), w.lapsedAtEnd(), w.requirementsBroken()));
        }
    }
}
