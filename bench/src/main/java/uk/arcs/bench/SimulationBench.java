package uk.arcs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import uk.arcs.simulation.Estimate;
import uk.arcs.simulation.LondonModel;
import uk.arcs.simulation.SimulationConfig;
import uk.arcs.simulation.SimulationResult;
import uk.arcs.simulation.Simulator;
import uk.arcs.simulation.json.BoroughGeoJson;

/**
 * {@code ./arcs bench simulation}: simulated incidents per second of the ARCS engine on one thread and on all
 * cores, for the London model and for an M/M/N queue, and the same M/M/N queue written with SSJ 3.3.2 on one
 * thread, checking that both give Erlang C's figures. Prints a Markdown section for docs/benchmarks.md.
 */
public final class SimulationBench {

    private static final int SERVERS = 5;
    private static final double ARRIVALS_PER_HOUR = 4;
    private static final double MEAN_ON_SCENE_MINUTES = 60;
    private static final double MMN_HOURS = 100_000;
    private static final double MMN_WARMUP = 500;
    private static final int MMN_REPLICATIONS = 16;
    private static final int LONDON_REPLICATIONS = 1_000;
    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 5;

    private SimulationBench() {
    }

    /** A run's result, and the median wall time and median CPU time of the calling thread over the timed runs. */
    record Timed<T>(T value, double seconds, double cpuSeconds) {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args));
    }

    /** Runs the benchmark, prints its section and writes it into docs/benchmarks.md; returns the exit status. */
    public static int run(String[] args) throws IOException {
        String loadBefore = loadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> lines = new ArrayList<>();
        lines.add("Run on " + LocalDate.now() + " with `./arcs bench simulation`: " + machine() + ". Each figure is the "
                + "median of " + MEASURED_RUNS + " timed runs after " + WARM_UP_RUNS + " untimed warm-up runs (for the JIT).");
        lines.add("");

        SimulationConfig mmn = mmnConfig(MMN_REPLICATIONS);
        SsjMmn ssjModel = new SsjMmn(SERVERS, ARRIVALS_PER_HOUR, 60 / MEAN_ON_SCENE_MINUTES, MMN_WARMUP, MMN_HOURS);
        // ARCS and SSJ take turns, so that other work on the machine slows both alike.
        Pair<SimulationResult, List<SsjMmn.Counts>> pair = interleaved(() -> new Simulator(1).run(mmn), () -> {
            List<SsjMmn.Counts> counts = new ArrayList<>();
            for (int r = 0; r < MMN_REPLICATIONS; r++) {
                counts.add(ssjModel.replicate(SsjMmn.nextStream()));
            }
            return counts;
        });
        Timed<SimulationResult> arcsOne = pair.first();
        Timed<List<SsjMmn.Counts>> ssjOne = pair.second();
        Timed<SimulationResult> arcsAll = median(() -> new Simulator(cores).run(mmn));

        SimulationConfig london15 = LondonModel.config(BoroughGeoJson.london(),
                LondonModel.Options.defaults(15));
        SimulationConfig london2 = LondonModel.config(BoroughGeoJson.london(), LondonModel.Options.defaults(2));
        Timed<SimulationResult> londonOne = median(() -> new Simulator(1).run(london15));
        Timed<SimulationResult> londonAll = median(() -> new Simulator(cores).run(london15));
        Timed<SimulationResult> london2All = median(() -> new Simulator(cores).run(london2));

        double ssjIncidents = ssjOne.value().stream().mapToLong(SsjMmn.Counts::incidents).sum();
        lines.add(String.format(Locale.ROOT, "M/M/N: %d cars, %.0f calls an hour, exponential on-scene time with a mean "
                        + "of %.0f minutes (load %.0f%%), calls queue; %d replications of %,.0f hours (%,.0f incidents "
                        + "each).", SERVERS, ARRIVALS_PER_HOUR, MEAN_ON_SCENE_MINUTES,
                100 * ARRIVALS_PER_HOUR * MEAN_ON_SCENE_MINUTES / 60 / SERVERS, MMN_REPLICATIONS, MMN_HOURS,
                arcsOne.value().figures().incidents().mean()));
        lines.add("");
        lines.add("| model | engine | threads | wall time | incidents per second (wall) | incidents per CPU second |");
        lines.add("| --- | --- | ---: | ---: | ---: | ---: |");
        lines.add(row("M/M/N", "ARCS", 1, arcsOne, incidents(arcsOne.value())));
        lines.add(row("M/M/N", "ARCS", cores, arcsAll, incidents(arcsAll.value())));
        lines.add(row("M/M/N", "SSJ 3.3.2", 1, ssjOne, ssjIncidents));
        lines.add(row("London, 15 cars, a year x " + LONDON_REPLICATIONS, "ARCS", 1, londonOne,
                incidents(londonOne.value())));
        lines.add(row("London, 15 cars, a year x " + LONDON_REPLICATIONS, "ARCS", cores, londonAll,
                incidents(londonAll.value())));
        lines.add(row("London, 2 cars, a year x " + LONDON_REPLICATIONS, "ARCS", cores, london2All,
                incidents(london2All.value())));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "On one thread ARCS simulates the M/M/N model %.1f times as fast as SSJ "
                        + "per CPU second, and %.1f times by wall time (goal: at least 3). CPU time counts only the time "
                        + "the benchmark's thread was running, so it is the steadier measure on a shared machine; the "
                        + "CPU column is left empty for runs on several threads, whose work is not on the timing thread.",
                (incidents(arcsOne.value()) / arcsOne.cpuSeconds()) / (ssjIncidents / ssjOne.cpuSeconds()),
                (incidents(arcsOne.value()) / arcsOne.seconds()) / (ssjIncidents / ssjOne.seconds())));
        lines.add("");

        double load = ARRIVALS_PER_HOUR * MEAN_ON_SCENE_MINUTES / 60;
        double erlangC = erlangC(SERVERS, load);
        double exactWait = 60 * erlangC / (SERVERS * 60 / MEAN_ON_SCENE_MINUTES - ARRIVALS_PER_HOUR);
        Estimate ssjAllBusy = Estimate.of(ssjOne.value().stream()
                .mapToDouble(c -> (double) c.allBusy() / c.incidents()).toArray());
        Estimate ssjWait = Estimate.of(ssjOne.value().stream()
                .mapToDouble(c -> 60 * c.waitHours() / c.incidents()).toArray());
        Estimate arcsAllBusy = arcsOne.value().figures().probabilityAllBusy();
        Estimate arcsWait = arcsOne.value().figures().meanWaitMinutes();
        lines.add("Same statistics (mean over replications ± 95% half-width):");
        lines.add("");
        lines.add("| figure | exact (Erlang C) | ARCS | SSJ | agree |");
        lines.add("| --- | ---: | ---: | ---: | --- |");
        lines.add(check("P(all cars busy on arrival)", erlangC, arcsAllBusy, ssjAllBusy, "%.4f"));
        lines.add(check("mean wait (minutes)", exactWait, arcsWait, ssjWait, "%.2f"));

        lines.add("");
        lines.add("Load average (1, 5, 15 minutes) before the run: " + loadBefore + "; after: " + loadAverage()
                + ". The machine's 2 cores are shared with other work, so figures vary from run to run; ARCS and SSJ "
                + "take turns, so their ratio is the steadier figure.");

        String section = String.join("\n", lines);
        System.out.println(section);
        Path doc = repositoryRoot().resolve("docs/benchmarks.md");
        BenchmarkDoc.writeSection(doc, "simulation", "## Simulation\n\n" + section.strip());
        System.out.println();
        System.out.println("(written to " + doc + ")");
        return 0;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bench/pom.xml")) && Files.isRegularFile(dir.resolve("arcs"))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    static SimulationConfig mmnConfig(int replications) {
        List<SimulationConfig.Car> cars = new ArrayList<>();
        for (int i = 1; i <= SERVERS; i++) {
            cars.add(new SimulationConfig.Car("ARV" + i, "A"));
        }
        return new SimulationConfig(List.of(new SimulationConfig.Zone("A", 51.5, -0.1, 1, 0)), cars, ARRIVALS_PER_HOUR,
                List.of(), 1, new SimulationConfig.OnSceneTime.Exponential(MEAN_ON_SCENE_MINUTES),
                new SimulationConfig.Travel.Instantaneous(), SimulationConfig.WhenAllBusy.QUEUE, MMN_HOURS, MMN_WARMUP,
                replications, 1, List.of(10.0));
    }

    private static <T> Timed<T> median(Supplier<T> work) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            work.get();
        }
        List<Timed<T>> runs = new ArrayList<>();
        for (int i = 0; i < MEASURED_RUNS; i++) {
            runs.add(timed(work));
        }
        return middle(runs);
    }

    record Pair<A, B>(Timed<A> first, Timed<B> second) {
    }

    private static <A, B> Pair<A, B> interleaved(Supplier<A> first, Supplier<B> second) {
        List<Timed<A>> firstRuns = new ArrayList<>();
        List<Timed<B>> secondRuns = new ArrayList<>();
        for (int i = 0; i < WARM_UP_RUNS + MEASURED_RUNS; i++) {
            Timed<A> a = timed(first);
            Timed<B> b = timed(second);
            if (i >= WARM_UP_RUNS) {
                firstRuns.add(a);
                secondRuns.add(b);
            }
        }
        return new Pair<>(middle(firstRuns), middle(secondRuns));
    }

    private static <T> Timed<T> timed(Supplier<T> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }

    private static <T> Timed<T> middle(List<Timed<T>> runs) {
        double[] wall = runs.stream().mapToDouble(Timed::seconds).sorted().toArray();
        double[] cpu = runs.stream().mapToDouble(Timed::cpuSeconds).sorted().toArray();
        return new Timed<>(runs.getLast().value(), wall[wall.length / 2], cpu[cpu.length / 2]);
    }

    private static double incidents(SimulationResult result) {
        return result.figures().incidents().mean() * result.replications();
    }

    private static String row(String model, String engine, int threads, Timed<?> run, double incidents) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %.2f s | %,.0f | %s |", model, engine, threads,
                run.seconds(), incidents / run.seconds(),
                threads == 1 ? String.format(Locale.ROOT, "%,.0f", incidents / run.cpuSeconds()) : "");
    }

    private static String check(String figure, double exact, Estimate arcs, Estimate ssj, String format) {
        boolean agree = Math.abs(arcs.mean() - ssj.mean()) <= 2 * (arcs.ci95() + ssj.ci95())
                && Math.abs(arcs.mean() - exact) <= 2 * arcs.ci95() && Math.abs(ssj.mean() - exact) <= 2 * ssj.ci95();
        return String.format(Locale.ROOT, "| %s | " + format + " | " + format + " ± " + format + " | " + format + " ± "
                + format + " | %s |", figure, exact, arcs.mean(), arcs.ci95(), ssj.mean(), ssj.ci95(),
                agree ? "yes" : "NO");
    }

    static double erlangC(int servers, double load) {
        double b = 1;
        for (int n = 1; n <= servers; n++) {
            b = load * b / (n + load * b);
        }
        return servers * b / (servers - load * (1 - b));
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException | RuntimeException unreadable) {
            // Not Linux: the CPU model is left unnamed.
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB memory, %s %s", Runtime.getRuntime().availableProcessors(),
                cpu, memory / Math.pow(1024, 3), System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }
}
