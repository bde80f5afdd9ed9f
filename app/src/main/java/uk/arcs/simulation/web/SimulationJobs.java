package uk.arcs.simulation.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.arcs.common.NotFoundException;
import uk.arcs.simulation.SimulationConfig;
import uk.arcs.simulation.SimulationResult;
import uk.arcs.simulation.Simulator;
import uk.arcs.simulation.json.ResultJson;

/**
 * Simulations run as jobs for the dashboard: at most {@value #RUNNING} at once (each on every core) and
 * {@value #WAITING} waiting; more are refused. Progress and the result reach subscribers as server-sent events.
 * The last {@value #KEPT} jobs are kept in memory; nothing is stored. When the server shuts down, jobs still
 * waiting or running are stopped and their subscribers told so, before the web server waits for open requests.
 * Metrics: {@code arcs_simulations_*} (started, running, finished by outcome, run time).
 */
@Component
class SimulationJobs implements DisposableBean {

    static final int RUNNING = 2;
    static final int WAITING = 8;
    static final int KEPT = 100;
    static final long EVENTS_TIMEOUT_MILLIS = 30 * 60 * 1000;

    private static final Logger log = LoggerFactory.getLogger(SimulationJobs.class);
    private static final String STOPPED_BY_SHUTDOWN = "the server shut down before the simulation finished";

    static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(10);

    enum Status {
        QUEUED, RUNNING, DONE, FAILED, STOPPED;

        boolean ended() {
            return this == DONE || this == FAILED || this == STOPPED;
        }
    }

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(RUNNING, RUNNING, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), Thread.ofPlatform().name("arcs-simulation-job-", 0).daemon().factory());
    private final Map<UUID, Job> jobs = new LinkedHashMap<>();
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean shuttingDown;

    SimulationJobs(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.meters = meters;
        Gauge.builder("arcs.simulations.running", running, AtomicInteger::get).description("Simulations running now")
                .register(meters);
    }

    /** One simulation run; its state changes under its own lock, which also orders the events it sends. */
    final class Job {
        final UUID id = UUID.randomUUID();
        final String description;
        final String submittedBy;
        final Instant submittedAt;
        final SimulationConfig config;
        private final List<SseEmitter> subscribers = new ArrayList<>();
        private Status status = Status.QUEUED;
        private int replicationsDone;
        private int lastPercentSent = -1;
        private SimulationResult result;
        private String error;

        Job(String description, String submittedBy, SimulationConfig config) {
            this.description = description;
            this.submittedBy = submittedBy;
            this.submittedAt = clock.instant();
            this.config = config;
        }

        synchronized Status status() {
            return status;
        }

        synchronized int replicationsDone() {
            return replicationsDone;
        }

        /** The result once done; null before. */
        synchronized SimulationResult result() {
            return result;
        }

        /** Why it failed; null unless it did. */
        synchronized String error() {
            return error;
        }

        synchronized Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id.toString());
            json.put("status", status.name().toLowerCase(Locale.ROOT));
            json.put("description", description);
            json.put("submittedBy", submittedBy);
            json.put("submittedAt", submittedAt.toString());
            json.put("replicationsDone", replicationsDone);
            json.put("replications", config.replications());
            if (result != null) {
                json.put("result", ResultJson.of(result));
            }
            if (error != null) {
                json.put("error", error);
            }
            return json;
        }

        synchronized void subscribe(SseEmitter emitter) {
            emitter.onCompletion(() -> unsubscribe(emitter));
            emitter.onTimeout(() -> unsubscribe(emitter));
            emitter.onError(e -> unsubscribe(emitter));
            if (!send(emitter, "progress", progress())) {
                return;
            }
            if (status.ended()) {
                finish(emitter);
            } else {
                subscribers.add(emitter);
            }
        }

        private synchronized void unsubscribe(SseEmitter emitter) {
            subscribers.remove(emitter);
        }

        private void run() {
            synchronized (this) {
                if (status.ended()) {
                    return;
                }
                status = Status.RUNNING;
                broadcast("progress", progress());
            }
            Counter.builder("arcs.simulations.started").description("Simulations started").register(meters).increment();
            running.incrementAndGet();
            Timer.Sample sample = Timer.start(meters);
            Status outcome;
            SimulationResult finished = null;
            String reason = null;
            try {
                finished = Simulator.onAllCores().run(config, this::progressed);
                outcome = Status.DONE;
            } catch (RuntimeException e) {
                if (shuttingDown) {
                    log.info("simulation job {} stopped: the server is shutting down", id);
                    outcome = Status.STOPPED;
                    reason = STOPPED_BY_SHUTDOWN;
                } else {
                    log.error("simulation job {} failed", id, e);
                    outcome = Status.FAILED;
                    reason = "the simulation failed; the incident is in the server log";
                }
            }
            // Counted before the end is announced, so whoever hears of the end finds it counted.
            running.decrementAndGet();
            String tag = outcome.name().toLowerCase(Locale.ROOT);
            Counter.builder("arcs.simulations.finished").description("Simulations finished, by outcome")
                    .tag("outcome", tag).register(meters).increment();
            sample.stop(Timer.builder("arcs.simulations.run").description("How long simulations ran, by outcome")
                    .tag("outcome", tag).register(meters));
            end(outcome, finished, reason);
        }

        /** Ends the job (if it has not ended) and tells every subscriber, closing their streams. */
        private synchronized void end(Status terminal, SimulationResult finished, String reason) {
            if (status.ended()) {
                return;
            }
            result = finished;
            error = reason;
            status = terminal;
            for (SseEmitter emitter : List.copyOf(subscribers)) {
                finish(emitter);
            }
            subscribers.clear();
        }

        private synchronized void progressed(int done, int total) {
            replicationsDone = Math.max(replicationsDone, done);
            int percent = (int) (100L * replicationsDone / total);
            if (percent != lastPercentSent) {
                lastPercentSent = percent;
                broadcast("progress", progress());
            }
        }

        private Map<String, Object> progress() {
            return Map.of("status", status.name().toLowerCase(Locale.ROOT), "replicationsDone",
                    replicationsDone, "replications", config.replications());
        }

        private void broadcast(String event, Object data) {
            subscribers.removeIf(emitter -> !send(emitter, event, data));
        }

        private void finish(SseEmitter emitter) {
            if (send(emitter, status.name().toLowerCase(Locale.ROOT), json())) {
                emitter.complete();
            }
        }

        private boolean send(SseEmitter emitter, String event, Object data) {
            try {
                emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
                return true;
            } catch (IOException | IllegalStateException gone) {
                return false;
            }
        }
    }

    /** Queues a run; refuses with {@link RejectedExecutionException} when {@value #WAITING} are waiting already. */
    Job submit(String description, String submittedBy, SimulationConfig config) {
        Job job = new Job(description, submittedBy, config);
        synchronized (jobs) {
            executor.execute(job::run);
            jobs.put(job.id, job);
            forgetOldFinishedJobs();
        }
        return job;
    }

    /** The job with that id (as text), or {@link NotFoundException}. */
    Job require(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no simulation " + id);
        }
        return find(uuid).orElseThrow(() -> new NotFoundException("no simulation " + id));
    }

    Optional<Job> find(UUID id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    private void forgetOldFinishedJobs() {
        Iterator<Job> oldestFirst = jobs.values().iterator();
        int excess = jobs.size() - KEPT;
        while (excess > 0 && oldestFirst.hasNext()) {
            Status status = oldestFirst.next().status();
            if (status.ended()) {
                oldestFirst.remove();
                excess--;
            }
        }
    }

    /**
     * Stops every job: those waiting never start, those running are interrupted between replications; each ends
     * as {@code stopped}, and their event streams close. Waits up to {@code patience} for the running ones.
     */
    void shutdown(Duration patience) {
        shuttingDown = true;
        List<Job> all;
        synchronized (jobs) {
            all = List.copyOf(jobs.values());
        }
        for (Job job : all) {
            if (job.status() == Status.QUEUED) {
                job.end(Status.STOPPED, null, STOPPED_BY_SHUTDOWN);
            }
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("simulation jobs still running {} after shutdown began", patience);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Before the web server's graceful shutdown, so that no event stream of a simulation holds it up. */
    @EventListener(ContextClosedEvent.class)
    void onShutdown() {
        shutdown(SHUTDOWN_PATIENCE);
    }

    @Override
    public void destroy() {
        if (!shuttingDown) {
            shutdown(SHUTDOWN_PATIENCE);
        }
    }
}
