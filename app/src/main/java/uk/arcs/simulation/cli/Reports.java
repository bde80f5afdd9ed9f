package uk.arcs.simulation.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import uk.arcs.simulation.Estimate;
import uk.arcs.simulation.Figures;
import uk.arcs.simulation.LondonModel;
import uk.arcs.simulation.SimulationConfig;
import uk.arcs.simulation.SimulationResult;
import uk.arcs.simulation.json.ResultJson;

/** The plain-text reports of {@code ./arcs simulate}: one run, or several side by side. */
final class Reports {

    private Reports() {
    }

    static void single(PrintStream out, String heading, SimulationConfig config, SimulationResult result) {
        Figures<Estimate> f = result.figures();
        out.println(heading);
        out.printf(Locale.ROOT, "%,d replications of %,.0f hours (after %,.0f hours of warm-up); "
                + "each figure is a mean with its 95%% confidence half-width%n%n",
                result.replications(), config.hours() - config.warmupHours(), config.warmupHours());
        out.printf(Locale.ROOT, "  incidents per replication     %s%n", plain(f.incidents(), "%,.0f"));
        out.printf(Locale.ROOT, "  found no car free             %s%n", percent(f.probabilityAllBusy()));
        out.printf(Locale.ROOT, "  handed to mutual aid          %s%n", percent(f.lostFraction()));
        out.printf(Locale.ROOT, "  mean wait for a car           %s min%n", plain(f.meanWaitMinutes(), "%.1f"));
        out.printf(Locale.ROOT, "  response, mean                %s min%n", plain(f.responseMinutes().mean(), "%.1f"));
        out.printf(Locale.ROOT, "  response, median / p90 / p95  %s / %s / %s min%n",
                plain(f.responseMinutes().p50(), "%.1f"), plain(f.responseMinutes().p90(), "%.1f"),
                plain(f.responseMinutes().p95(), "%.1f"));
        for (int t = 0; t < result.targetMinutes().size(); t++) {
            out.printf(Locale.ROOT, "  %-29s %s%n", "answered within " + ResultJson.targetKey(result.targetMinutes().get(t))
                    + " min", percent(f.withinTarget().get(t)));
        }
        out.println();
        out.println("  car      home zone                 busy");
        for (int c = 0; c < result.carIds().size(); c++) {
            out.printf(Locale.ROOT, "  %-8s %-25s %s%n", result.carIds().get(c), config.cars().get(c).homeZone(),
                    percent(f.utilisation().get(c)));
        }
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-25s %9s %10s %9s", "zone",
                "incidents", "mean (min)", "p90 (min)"));
        for (Double target : result.targetMinutes()) {
            header.append(String.format(Locale.ROOT, " %9s", "<=" + ResultJson.targetKey(target) + " min"));
        }
        out.println(header);
        for (int z = 0; z < result.zoneIds().size(); z++) {
            Figures.ZoneFigures<Estimate> zone = f.zones().get(z);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-25s %9.1f %10.1f %9.1f",
                    result.zoneIds().get(z), zone.incidents().mean(), zone.meanResponseMinutes().mean(),
                    zone.p90ResponseMinutes().mean()));
            for (Estimate share : zone.withinTarget()) {
                line.append(String.format(Locale.ROOT, " %8.1f%%", 100 * share.mean()));
            }
            out.println(line);
        }
    }

    static void comparison(PrintStream out, LondonModel.Options options, List<SimulateCommand.Run> runs) {
        out.printf(Locale.ROOT, "London 2023 model: %,.0f calls a year (%,.0f firearms operations and %.0f other ARV calls a "
                        + "day), %,d replications of %,.0f hours; ± is the 95%% confidence "
                        + "half-width%n%n", 365 * (LondonModel.FIREARMS_OPERATIONS_A_YEAR / 365 + options.otherCallsPerDay()),
                LondonModel.FIREARMS_OPERATIONS_A_YEAR, options.otherCallsPerDay(), options.replications(),
                options.hours());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%5s  %-19s %-19s", "cars",
                "mean response (min)", "p90 response (min)"));
        for (Double target : options.targetMinutes()) {
            header.append(String.format(Locale.ROOT, "  %-15s", "within " + ResultJson.targetKey(target) + " min"));
        }
        header.append(String.format(Locale.ROOT, "  %-15s  %s", "found all busy", "lost to mutual aid"));
        out.println(header);
        for (SimulateCommand.Run run : runs) {
            Figures<Estimate> f = run.result().figures();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%5d  %-19s %-19s", run.cars(),
                    plain(f.responseMinutes().mean(), "%.1f"), plain(f.responseMinutes().p90(), "%.1f")));
            for (Estimate share : f.withinTarget()) {
                line.append(String.format(Locale.ROOT, "  %-15s", percent(share)));
            }
            line.append(String.format(Locale.ROOT, "  %-15s  %s", percent(f.probabilityAllBusy()),
                    percent(f.lostFraction())));
            out.println(line);
        }
    }

    private static String plain(Estimate estimate, String format) {
        return String.format(Locale.ROOT, format, estimate.mean()) + halfWidth(estimate.ci95(), format);
    }

    private static String percent(Estimate estimate) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * estimate.mean()) + halfWidth(100 * estimate.ci95(), "%.1f");
    }

    private static String halfWidth(double ci95, String format) {
        return Double.isNaN(ci95) ? "" : " ±" + String.format(Locale.ROOT, format, ci95);
    }
}
