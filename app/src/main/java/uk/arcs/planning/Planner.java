package uk.arcs.planning;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolutionUpdatePolicy;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Solves rosters with Timefold: a first-fit construction in seat order (shift by shift, counter-terrorism
 * first), then local search until the time limit. Reproducible for a given seed and amount of work.
 */
public final class Planner implements AutoCloseable {

    public static final Duration MAX_TIME_LIMIT = Duration.ofMinutes(10);

    private final SolverFactory<Roster> factory;
    private final SolverManager<Roster> manager;
    private final SolutionManager<Roster, HardMediumSoftScore> solutions;

    public Planner(long randomSeed, int parallelSolvers) {
        this.factory = SolverFactory.create(config(randomSeed));
        this.manager = SolverManager.create(factory,
                new SolverManagerConfig().withParallelSolverCount(Integer.toString(parallelSolvers)));
        this.solutions = SolutionManager.create(factory);
    }

    static SolverConfig config(long randomSeed) {
        return new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(SeatAssignment.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(randomSeed)
                .withPhases(new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(MAX_TIME_LIMIT));
    }

    /** A score reached by the best roster so far, after {@code millis} of solving. */
    public record Progress(long millis, HardMediumSoftScore score) {
    }

    public Roster solve(Roster problem, Duration timeLimit) {
        return solve(problem, limit(timeLimit), progress -> {
        });
    }

    /** Solves until the time limit, or sooner once {@code good enough} is reached (tests that know the optimum). */
    public Roster solve(Roster problem, Duration timeLimit, HardMediumSoftScore goodEnough) {
        return solve(problem, limit(timeLimit).withBestScoreLimit(goodEnough.toString()), progress -> {
        });
    }

    public Roster solve(Roster problem, Duration timeLimit, Consumer<Progress> onImprovement) {
        return solve(problem, limit(timeLimit), onImprovement);
    }

    /**
     * Solves in the background as job {@code id}: {@code onImprovement} hears of each better roster, {@code onEnd}
     * gets the final best roster, {@code onFailure} what went wrong. {@link #stop} ends it early.
     */
    public void start(String id, Roster problem, Duration timeLimit, Consumer<Roster> onImprovement,
                      Consumer<Roster> onEnd, Consumer<Throwable> onFailure) {
        manager.solveBuilder()
                .withProblemId(id)
                .withProblem(constructed(problem))
                .withBestSolutionEventConsumer(event -> onImprovement.accept(event.solution()))
                .withFinalBestSolutionEventConsumer(event -> onEnd.accept(event.solution()))
                .withExceptionHandler((problemId, failure) -> onFailure.accept(failure))
                .withConfigOverride(new SolverConfigOverride().withTerminationConfig(limit(timeLimit)))
                .run();
    }

    /** Ends job {@code id} early; returns whether it is still winding down (and will report its end). */
    public boolean stop(String id) {
        manager.terminateEarly(id);
        return manager.getSolverStatus(id) != SolverStatus.NOT_SOLVING;
    }

    /** A copy of the problem with the first-fit construction applied, which the local search starts from. */
    private static Roster constructed(Roster problem) {
        Roster start = problem.withAssignments(problem.getAssignments().stream()
                .map(a -> new SeatAssignment(a.getSeat(), a.getCandidates(), a.getOfficer(), a.getPreviousOfficerId()))
                .toList());
        FirstFit.fill(start);
        return start;
    }

    private Roster solve(Roster problem, TerminationConfig termination, Consumer<Progress> onImprovement) {
        Roster start = constructed(problem);
        Solver<Roster> solver = factory.buildSolver(new SolverConfigOverride().withTerminationConfig(termination));
        solver.addEventListener(event -> onImprovement.accept(
                new Progress(event.getTimeMillisSpent(), (HardMediumSoftScore) event.getNewBestScore())));
        return solver.solve(start);
    }

    /**
     * Re-solves {@code current} (the problem as it stands now, after officers stepped back or returned) starting
     * from {@code previous}: each seat keeps its officer while that officer may still sit there, and every
     * assignment that changes costs the soft re-plan weight, so the new roster moves as few as it can.
     */
    public Roster replan(Roster previous, Roster current, Duration timeLimit) {
        return solve(seededFrom(previous, current), timeLimit);
    }

    static Roster seededFrom(Roster previous, Roster current) {
        Map<String, PlannedOfficer> before = previous.getAssignments().stream().filter(SeatAssignment::isFilled)
                .collect(Collectors.toMap(SeatAssignment::getId, SeatAssignment::getOfficer));
        List<SeatAssignment> seeded = new ArrayList<>();
        for (SeatAssignment assignment : current.getAssignments()) {
            PlannedOfficer held = before.get(assignment.getId());
            PlannedOfficer kept = held == null ? null : assignment.getCandidates().stream()
                    .filter(c -> c.id().equals(held.id())).findFirst().orElse(null);
            seeded.add(new SeatAssignment(assignment.getSeat(), assignment.getCandidates(), kept,
                    held == null ? null : held.id()));
        }
        return current.withAssignments(seeded);
    }

    private static TerminationConfig limit(Duration timeLimit) {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw new IllegalArgumentException("timeLimit: between 1 second and " + MAX_TIME_LIMIT.toMinutes()
                    + " minutes, not " + timeLimit);
        }
        return new TerminationConfig().withSpentLimit(timeLimit);
    }

    /** Scores a roster as it stands (sets and returns its score). */
    public HardMediumSoftScore score(Roster roster) {
        return solutions.update(roster);
    }

    /** A constraint's share of the score. */
    public record ConstraintScore(String constraint, String score, long hard, long medium, long soft) {
    }

    /**
     * The score by constraint, the biggest penalties first; constraints that cost nothing are left out. Timefold's
     * score analysis is a commercial feature, so each share is the roster scored with that constraint's weight
     * alone (the others weighed at zero).
     */
    public List<ConstraintScore> explain(Roster roster) {
        Map<String, HardMediumSoftScore> weights = new LinkedHashMap<>();
        roster.getWeights().getKnownConstraintIds().forEach(id -> weights.put(id, roster.getWeights().getConstraintWeight(id)));
        List<ConstraintScore> lines = new ArrayList<>();
        for (String constraint : weights.keySet()) {
            Map<String, HardMediumSoftScore> alone = new LinkedHashMap<>();
            weights.forEach((id, weight) -> alone.put(id, id.equals(constraint) ? weight : HardMediumSoftScore.ZERO));
            HardMediumSoftScore share = solutions.update(roster.withWeights(alone), SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
            if (!share.equals(HardMediumSoftScore.ZERO)) {
                lines.add(new ConstraintScore(constraint, share.toString(), share.hardScore(), share.mediumScore(),
                        share.softScore()));
            }
        }
        lines.sort(Comparator.comparing((ConstraintScore c) -> HardMediumSoftScore.of(c.hard(), c.medium(), c.soft())));
        return lines;
    }

    @Override
    public void close() {
        manager.close();
    }
}
