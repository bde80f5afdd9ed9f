package uk.arcs.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.arcs.force.ForceCode;
import uk.arcs.planning.PlanJob;
import uk.arcs.planning.PlanJobs;
import uk.arcs.planning.Planner;
import uk.arcs.planning.Roster;
import uk.arcs.planning.RosterReport;

@RestController
@RequestMapping("/api/v1/forces/{force}/plans")
class PlanController {

    private static final Duration STREAM_SLACK = Duration.ofMinutes(1);

    private final PlanJobs jobs;

    PlanController(PlanJobs jobs) {
        this.jobs = jobs;
    }

    record PlanRequest(String from, Integer days, Integer timeLimitSeconds) {
    }

    record PlanView(String id, String force, LocalDate from, int days, String status, String bestScore,
                    RosterReport roster) {
    }

    record Explanation(String id, String status, String score, List<Planner.ConstraintScore> constraints) {
    }

    @Operation(summary = "Start solving a deployment plan for [from, from + days); answers 202 with the job")
    @PostMapping
    ResponseEntity<PlanView> start(@PathVariable String force, @RequestBody(required = false) PlanRequest request) {
        if (request == null || request.from() == null || request.from().isBlank()) {
            throw new IllegalArgumentException("from: a first day is needed, such as 2023-09-25");
        }
        LocalDate from;
        try {
            from = LocalDate.parse(request.from().trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("from: '" + request.from() + "' is not a date such as 2023-09-25");
        }
        int days = request.days() == null ? 7 : request.days();
        int seconds = request.timeLimitSeconds() == null ? 30 : request.timeLimitSeconds();
        PlanJob job = jobs.start(ForceCode.of(force), from, days, Duration.ofSeconds(seconds));
        return ResponseEntity.accepted().location(URI.create("/api/v1/forces/" + job.force() + "/plans/" + job.id()))
                .body(view(job));
    }

    @Operation(summary = "A plan's status, best score, and its roster once it has finished")
    @GetMapping("/{id}")
    PlanView plan(@PathVariable String force, @PathVariable String id) {
        return view(jobs.job(ForceCode.of(force), id));
    }

    @Operation(summary = "Server-sent events: each better score as it is found, then the end")
    @GetMapping(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String force, @PathVariable String id) {
        PlanJob job = jobs.job(ForceCode.of(force), id);
        SseEmitter emitter = new SseEmitter((Planner.MAX_TIME_LIMIT.plus(STREAM_SLACK)).toMillis());
        Runnable unsubscribe = job.subscribe(new PlanJob.Listener() {
            @Override
            public void improved(PlanJob.ScoreUpdate update) {
                send(emitter, SseEmitter.event().name("score").data(update));
            }

            @Override
            public void ended(PlanJob.State state) {
                Roster roster = job.roster();
                send(emitter, SseEmitter.event().name("end").data(Map.of("status", state.name(),
                        "score", roster == null ? "" : String.valueOf(roster.getScore()))));
                emitter.complete();
            }
        });
        emitter.onCompletion(unsubscribe);
        emitter.onTimeout(unsubscribe);
        emitter.onError(failure -> unsubscribe.run());
        return emitter;
    }

    static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }

    @Operation(summary = "The plan's score by constraint (the best roster so far while solving)")
    @GetMapping("/{id}/explanation")
    Explanation explanation(@PathVariable String force, @PathVariable String id) {
        PlanJob job = jobs.job(ForceCode.of(force), id);
        Roster roster = job.roster();
        return new Explanation(job.id(), job.state().name(), roster == null ? null : String.valueOf(roster.getScore()),
                jobs.explain(job));
    }

    @Operation(summary = "Stop solving early; the plan keeps the best roster found")
    @PostMapping("/{id}/stop")
    PlanView stop(@PathVariable String force, @PathVariable String id) {
        return view(jobs.stop(ForceCode.of(force), id));
    }

    private static PlanView view(PlanJob job) {
        Roster roster = job.roster();
        boolean finished = !(job.state() instanceof PlanJob.State.Solving);
        return new PlanView(job.id(), job.force().value(), job.from(), job.days(), job.state().name(),
                roster == null ? null : String.valueOf(roster.getScore()),
                finished && roster != null ? RosterReport.of(roster) : null);
    }
}
