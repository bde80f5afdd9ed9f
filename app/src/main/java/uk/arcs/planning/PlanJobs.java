package uk.arcs.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import uk.arcs.command.PlannedShortfall;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.RuleRefusedException;
import uk.arcs.force.ForceCode;

/**
 * The plans being solved and the latest finished plan of each force. At most {@code maxSolving} solve at once
 * (each takes a core); more are refused rather than queued, so that a caller knows at once. The latest finished
 * plan's empty seats are the planned shortfall the escalation advice reads.
 */
public final class PlanJobs implements PlannedShortfall {

    /** Finished jobs kept for their rosters and explanations; the oldest go first. */
    static final int KEPT = 20;

    private final Planner planner;
    private final RosterProblemBuilder builder;
    private final Clock clock;
    private final int maxSolving;
    private final Observer observer;
    private final Map<String, PlanJob> jobs = new LinkedHashMap<>();
    private final Map<ForceCode, Roster> latest = new ConcurrentHashMap<>();
    private int solving;

    /** Hears of each job as it starts, before its solver does; it may subscribe to the job to hear of its end. */
    @FunctionalInterface
    public interface Observer {
        Observer NONE = job -> { };

        void started(PlanJob job);
    }

    public PlanJobs(Planner planner, RosterProblemBuilder builder, Clock clock, int maxSolving, Observer observer) {
        if (maxSolving < 1) {
            throw new IllegalArgumentException("maxSolving must be at least 1");
        }
        this.planner = planner;
        this.builder = builder;
        this.clock = clock;
        this.maxSolving = maxSolving;
        this.observer = observer;
    }

    /** Builds the problem (refusing bad input at once) and starts solving it. */
    public PlanJob start(ForceCode force, LocalDate from, int days, Duration timeLimit) {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(Planner.MAX_TIME_LIMIT) > 0) {
            throw new IllegalArgumentException("timeLimitSeconds: between 1 and " + Planner.MAX_TIME_LIMIT.toSeconds()
                    + " seconds");
        }
        Roster problem = builder.build(force, from, days, clock.instant());
        PlanJob job = new PlanJob(UUID.randomUUID().toString(), force, from, days, clock);
        synchronized (this) {
            if (solving >= maxSolving) {
                throw new RuleRefusedException("ConcurrentPlans", "at most " + maxSolving
                        + " plans are solved at once; wait for one to finish or stop it");
            }
            solving++;
            jobs.put(job.id(), job);
            forgetOldJobs();
        }
        observer.started(job);
        try {
            planner.start(job.id(), problem, timeLimit, job::improved, roster -> finish(job, roster),
                    failure -> ended(job, new PlanJob.State.Failed(failure.getMessage() == null
                            ? failure.getClass().getSimpleName() : failure.getMessage())));
        } catch (RuntimeException e) {
            ended(job, new PlanJob.State.Failed(e.getMessage()));
            throw e;
        }
        return job;
    }

    private void finish(PlanJob job, Roster roster) {
        PlanJob.State state = job.wasStopRequested() ? new PlanJob.State.Stopped(roster) : new PlanJob.State.Done(roster);
        // Recorded before the end is announced, so whoever hears of the end finds the plan's shortfall.
        if (job.state() instanceof PlanJob.State.Solving) {
            latest.put(job.force(), roster);
        }
        ended(job, state);
    }

    private boolean ended(PlanJob job, PlanJob.State state) {
        boolean ended = job.end(state);
        if (ended) {
            // The place is free before the end is announced, so whoever hears of it may start the next plan.
            synchronized (this) {
                solving--;
            }
            job.announceEnd();
        }
        return ended;
    }

    private void forgetOldJobs() {
        List<String> finished = new ArrayList<>();
        jobs.forEach((id, job) -> {
            if (!(job.state() instanceof PlanJob.State.Solving)) {
                finished.add(id);
            }
        });
        for (int i = 0; i < finished.size() - KEPT; i++) {
            jobs.remove(finished.get(i));
        }
    }

    /** The job of that force with that id. */
    public synchronized PlanJob job(ForceCode force, String id) {
        PlanJob job = jobs.get(id);
        if (job == null || !job.force().equals(force)) {
            throw new NotFoundException("no plan " + id + " for " + force);
        }
        return job;
    }

    /** The plans kept (solving, and the latest finished ones), newest first. */
    public synchronized List<PlanJob> jobs() {
        return jobs.values().stream().sorted(Comparator.comparing(PlanJob::started).reversed()).toList();
    }

    public PlanJob stop(ForceCode force, String id) {
        PlanJob job = job(force, id);
        job.stopRequested();
        if (!planner.stop(id)) {
            // Stopped before its solver started, or just as it finished: no end will be reported otherwise.
            ended(job, new PlanJob.State.Stopped(job.roster()));
        }
        return job;
    }

    /**
     * Stops every plan still solving (each keeps its best roster, as after a stop request) and waits up to
     * {@code patience} for each to report its end; so that a server shutting down ends its plans and their event
     * streams instead of leaving them to be cut off. Returns the plans it stopped.
     */
    public List<PlanJob> stopAll(Duration patience) throws InterruptedException {
        List<PlanJob> solving;
        synchronized (this) {
            solving = jobs.values().stream().filter(job -> job.state() instanceof PlanJob.State.Solving).toList();
        }
        CountDownLatch ended = new CountDownLatch(solving.size());
        for (PlanJob job : solving) {
            job.subscribe(PlanJob.Listener.onEnd(state -> ended.countDown()));
            stop(job.force(), job.id());
        }
        ended.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        return solving;
    }

    public List<Planner.ConstraintScore> explain(PlanJob job) {
        Roster roster = job.roster();
        if (roster == null) {
            throw new IllegalArgumentException("plan " + job.id() + " has no roster yet");
        }
        return planner.explain(roster);
    }

    @Override
    public List<UnfilledSeat> unfilledAt(ForceCode force, Instant at) {
        Roster roster = latest.get(force);
        if (roster == null) {
            return List.of();
        }
        return roster.getAssignments().stream()
                .filter(a -> !a.isFilled() && !a.start().isAfter(at) && a.end().isAfter(at))
                .map(a -> new UnfilledSeat(a.getSeat().label(), a.getSeat().kind().name(), a.getSeat().accreditation(),
                        a.start(), a.end()))
                .toList();
    }
}
