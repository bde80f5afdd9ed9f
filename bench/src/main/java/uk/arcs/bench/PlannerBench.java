package uk.arcs.bench;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import uk.arcs.planning.Planner;
import uk.arcs.planning.PlannerSettings;
import uk.arcs.planning.Roster;
import uk.arcs.planning.RosterChecker;

/**
 * {@code ./arcs bench planner [seconds,...] [normal,crisis]}: the ARCS planner (Timefold) against a CP-SAT model of
 * the same problem on MET-sized weeks, at equal time limits. Every roster is checked by {@link RosterChecker} and
 * scored by the planner's own score function, so both are measured the same way. Each run is a fresh JVM, so that
 * its peak memory (resident set, CP-SAT's native memory included) and its warm-up are its own. Prints a Markdown
 * table.
 */
public final class PlannerBench {

    private PlannerBench() {
    }

    record Row(String instance, String solver, int seconds, int seats, int hardViolations, long unfilled,
               HardMediumSoftScore score, long firstFeasibleMillis, long wallMillis, long peakHeapMb, long peakRssMb,
               String note) {
        String markdown() {
            String first = firstFeasibleMillis < 0 ? "none" : String.format("%.1f", firstFeasibleMillis / 1000.0);
            return String.format("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %s | %d | %d | %s |", instance, solver,
                    seconds, seats, hardViolations, unfilled, score.mediumScore(), score.softScore(), score.hardScore(),
                    first, peakHeapMb, peakRssMb, note);
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 4 && args[0].equals("--run")) {
            runOne(args[1], args[2], Integer.parseInt(args[3]));
            return;
        }
        List<Integer> limits = Arrays.stream((args.length > 0 ? args[0] : "10,30,60").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        List<String> instances = Arrays.asList((args.length > 1 ? args[1] : "normal,crisis").split(","));
        System.out.println("| instance | solver | limit (s) | seats | hard violations (checker) | unfilled | medium | soft "
                + "| hard score | first feasible (s) | peak heap (MB) | peak RSS (MB) | note |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String instance : instances) {
            for (int seconds : limits) {
                for (String solver : List.of("arcs", "cpsat")) {
                    Process run = new ProcessBuilder(java, "-Xmx8g", "-cp", System.getProperty("java.class.path"),
                            PlannerBench.class.getName(), "--run", instance, solver, Integer.toString(seconds))
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    run.waitFor();
                    output.lines().filter(line -> line.startsWith("| ")).forEach(System.out::println);
                }
            }
        }
    }

    private static void runOne(String instance, String solver, int seconds) {
        Roster problem = instance.equals("crisis") ? PlannerInstances.crisisWeek() : PlannerInstances.normalWeek();
        try (Planner planner = new Planner(20_230_925L, 1)) {
            Row row = solver.equals("arcs") ? arcs(planner, instance, problem, seconds)
                    : cpSat(planner, PlannerSettings.DEFAULTS, instance, problem, seconds);
            System.out.println(row.markdown());
        }
    }

    private static Row arcs(Planner planner, String instance, Roster problem, int seconds) {
        resetPeaks();
        long begin = System.nanoTime();
        long[] firstFeasible = {-1};
        Roster solved = planner.solve(problem, Duration.ofSeconds(seconds), progress -> {
            if (firstFeasible[0] < 0 && progress.score().isFeasible()) {
                firstFeasible[0] = (System.nanoTime() - begin) / 1_000_000;
            }
        });
        long wall = (System.nanoTime() - begin) / 1_000_000;
        HardMediumSoftScore score = planner.score(solved);
        return new Row(instance, "ARCS (Timefold 2.2.0, 1 thread)", seconds, solved.getAssignments().size(),
                RosterChecker.check(solved).size(), solved.unfilled(), score, firstFeasible[0], wall, peakHeapMb(),
                peakRssMb(), "wall " + wall / 1000 + " s");
    }

    private static Row cpSat(Planner planner, PlannerSettings settings, String instance, Roster problem, int seconds) {
        resetPeaks();
        long begin = System.nanoTime();
        CpSatPlanner.Result result = CpSatPlanner.solve(problem, settings, Duration.ofSeconds(seconds));
        long wall = (System.nanoTime() - begin) / 1_000_000;
        HardMediumSoftScore score = planner.score(result.roster());
        return new Row(instance, "CP-SAT (OR-Tools 9.14, 2 workers)", seconds, result.roster().getAssignments().size(),
                RosterChecker.check(result.roster()).size(), result.roster().unfilled(), score,
                result.firstSolutionMillis(), wall, peakHeapMb(), peakRssMb(),
                result.status() + ", " + result.solutions() + " solutions, model built in " + result.buildMillis() / 1000.0
                        + " s, wall " + wall / 1000 + " s");
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static long peakRssMb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
