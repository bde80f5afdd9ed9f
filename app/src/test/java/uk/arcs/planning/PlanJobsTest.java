package uk.arcs.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.arcs.EscalationFixture.REQ;
import static uk.arcs.TestForces.london;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.EscalationFixture;
import uk.arcs.InMemoryArcs;
import uk.arcs.command.PlannedShortfall;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.RuleRefusedException;

/** Background plans: their end, the limit on plans solved at once, stopping, and the planned shortfall they leave. */
class PlanJobsTest {

    private InMemoryArcs arcs;
    private Planner planner;
    private PlanJobs jobs;

    @BeforeEach
    void fixture() {
        arcs = EscalationFixture.arcs();
        arcs.clock.set(london("2023-09-24T12:00"));
        planner = new Planner(3, 1);
        jobs = new PlanJobs(planner, new RosterProblemBuilder(arcs, arcs.officers, arcs.postures, arcs.aidLog,
                PlannerSettings.DEFAULTS), arcs.clock, 1, PlanJobs.Observer.NONE);
    }

    @AfterEach
    void close() {
        planner.close();
    }

    private static PlanJob.State awaitEnd(PlanJob job) throws Exception {
        return await(job, new CompletableFuture<>(), new CompletableFuture<>()).get(30, TimeUnit.SECONDS);
    }

    private static CompletableFuture<PlanJob.State> await(PlanJob job, CompletableFuture<PlanJob.ScoreUpdate> first,
                                                          CompletableFuture<PlanJob.State> end) {
        job.subscribe(new PlanJob.Listener() {
            @Override
            public void improved(PlanJob.ScoreUpdate update) {
                first.complete(update);
            }

            @Override
            public void ended(PlanJob.State state) {
                end.complete(state);
            }
        });
        return end;
    }

    @Test
    void aFinishedPlanLeavesItsUnfilledSeatsAsThePlannedShortfall() throws Exception {
        assertThat(jobs.unfilledAt(REQ, london("2023-09-25T12:00"))).isEmpty();
        PlanJob job = jobs.start(REQ, LocalDate.of(2023, 9, 25), 1, Duration.ofSeconds(2));

        assertThat(awaitEnd(job)).isInstanceOf(PlanJob.State.Done.class);
        assertThat(job.updates()).isNotEmpty();
        assertThat(RosterChecker.check(job.roster())).isEmpty();
        // REQ has one ARV officer and one CTSFO per team against two cars of two and two CTSFOs.
        List<PlannedShortfall.UnfilledSeat> unfilled = jobs.unfilledAt(REQ, london("2023-09-25T12:00"));
        assertThat(unfilled).isNotEmpty().allSatisfy(seat -> {
            assertThat(seat.start()).isEqualTo(london("2023-09-25T07:00"));
            assertThat(seat.kind()).isIn("ARV", "CT");
        });
        assertThat(jobs.unfilledAt(REQ, london("2023-09-27T12:00"))).isEmpty();
        assertThat(jobs.explain(job)).extracting(Planner.ConstraintScore::constraint).contains(RosterConstraints.UNFILLED_SEAT);
    }

    @Test
    void onlySoManyPlansSolveAtOnceAndOneCanBeStopped() throws Exception {
        PlanJob job = jobs.start(REQ, LocalDate.of(2023, 9, 25), 1, Duration.ofSeconds(60));
        assertThatThrownBy(() -> jobs.start(REQ, LocalDate.of(2023, 9, 25), 1, Duration.ofSeconds(60)))
                .isInstanceOf(RuleRefusedException.class).hasMessageContaining("at most 1 plans are solved at once");

        CompletableFuture<PlanJob.ScoreUpdate> first = new CompletableFuture<>();
        CompletableFuture<PlanJob.State> end = await(job, first, new CompletableFuture<>());
        first.get(30, TimeUnit.SECONDS);

        jobs.stop(REQ, job.id());

        assertThat(end.get(30, TimeUnit.SECONDS)).isInstanceOf(PlanJob.State.Stopped.class);
        assertThat(job.roster()).isNotNull();
        PlanJob next = jobs.start(REQ, LocalDate.of(2023, 9, 25), 1, Duration.ofSeconds(1));
        assertThat(awaitEnd(next)).isInstanceOf(PlanJob.State.Done.class);
    }

    @Test
    void aPlanStoppedAtOnceEndsStopped() throws Exception {
        PlanJob job = jobs.start(REQ, LocalDate.of(2023, 9, 25), 1, Duration.ofSeconds(60));
        jobs.stop(REQ, job.id());
        assertThat(awaitEnd(job)).isInstanceOf(PlanJob.State.Stopped.class);
    }

    @Test
    void stoppingAllOnShutdownEndsEverySolvingPlanStoppedWithItsBestRoster() throws Exception {
        PlanJob job = jobs.start(REQ, LocalDate.of(2023, 9, 25), 1, Duration.ofSeconds(60));
        CompletableFuture<PlanJob.ScoreUpdate> first = new CompletableFuture<>();
        await(job, first, new CompletableFuture<>());
        first.get(30, TimeUnit.SECONDS);

        assertThat(jobs.stopAll(Duration.ofSeconds(30))).containsExactly(job);

        assertThat(job.state()).isInstanceOf(PlanJob.State.Stopped.class);
        assertThat(job.roster()).isNotNull();
        assertThat(jobs.stopAll(Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void theObserverHearsOfEachPlanAsItStarts() throws Exception {
        List<PlanJob> started = new java.util.ArrayList<>();
        PlanJobs observed = new PlanJobs(planner, new RosterProblemBuilder(arcs, arcs.officers, arcs.postures,
                arcs.aidLog, PlannerSettings.DEFAULTS), arcs.clock, 1, started::add);
        PlanJob job = observed.start(REQ, LocalDate.of(2023, 9, 25), 1, Duration.ofSeconds(1));
        assertThat(started).containsExactly(job);
        assertThat(awaitEnd(job)).isInstanceOf(PlanJob.State.Done.class);
    }

    @Test
    void unknownPlansAndBadLimitsAreRefused() {
        assertThatThrownBy(() -> jobs.job(REQ, "nope")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> jobs.start(REQ, LocalDate.of(2023, 9, 25), 1, Duration.ofMinutes(11)))
                .hasMessageStartingWith("timeLimitSeconds:");
    }
}
