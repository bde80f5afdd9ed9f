package uk.arcs.simulation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.arcs.simulation.InvalidConfigException;
import uk.arcs.simulation.LondonModel;
import uk.arcs.simulation.SimulationConfig;
import uk.arcs.simulation.json.ConfigJson;

/** Simulation jobs: start one, read its state and result, or follow its progress as server-sent events. */
@RestController
@RequestMapping("/api/v1/simulations")
class SimulationController {

    private final SimulationJobs jobs;
    private final LondonRuns london;

    SimulationController(SimulationJobs jobs, LondonRuns london) {
        this.jobs = jobs;
        this.london = london;
    }

    @Operation(summary = "Start a simulation of a config (the format of ./arcs simulate --config); 202 with the job")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> start(@RequestBody String config, Principal user) {
        SimulationConfig parsed = ConfigJson.read(config);
        return accepted(jobs.submit(parsed.cars().size() + " cars, " + parsed.zones().size() + " zones", user.getName(),
                parsed));
    }

    @Operation(summary = "Start a simulation of the London 2023 model with 'cars' cars, or the MET's ARV cars at 'at'")
    @PostMapping("/" + LondonModel.NAME)
    ResponseEntity<Map<String, Object>> startLondon(
            @Parameter(description = "number of ARV cars; or give 'at'") @RequestParam(required = false) Integer cars,
            @Parameter(description = "take the cars from the MET capability picture at this instant")
            @RequestParam(required = false) String at,
            @RequestParam(required = false) Integer replications,
            @RequestParam(required = false) Double hours,
            @RequestParam(required = false) Long seed,
            @RequestParam(required = false) Double otherCallsPerDay,
            @RequestParam(required = false) String whenAllBusy,
            Principal user) {
        if ((cars == null) == (at == null)) {
            throw new IllegalArgumentException("give either 'cars' or 'at'");
        }
        LondonRuns.Cars run = at != null ? london.at(at) : london.given(cars);
        return accepted(jobs.submit(run.description(), user.getName(), london.config(run, replications, hours, seed,
                otherCallsPerDay, whenAllBusy == null ? null : whenAllBusy(whenAllBusy), null)));
    }

    @Operation(summary = "A job's state, progress and, once done, its result")
    @GetMapping("/{id}")
    Map<String, Object> job(@PathVariable String id) {
        return jobs.require(id).json();
    }

    @Operation(summary = "A job's progress as server-sent events: 'progress', then 'done' (with the result) or 'failed'")
    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String id) {
        SimulationJobs.Job job = jobs.require(id);
        SseEmitter emitter = new SseEmitter(SimulationJobs.EVENTS_TIMEOUT_MILLIS);
        job.subscribe(emitter);
        return emitter;
    }

    @ExceptionHandler(InvalidConfigException.class)
    ProblemDetail invalid(InvalidConfigException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(RejectedExecutionException.class)
    ProblemDetail busy(RejectedExecutionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "ARCS is running as many simulations as it can; try again when one has finished");
        problem.setTitle("Busy");
        return problem;
    }

    private static ResponseEntity<Map<String, Object>> accepted(SimulationJobs.Job job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/simulations/" + job.id)).body(job.json());
    }

    private static SimulationConfig.WhenAllBusy whenAllBusy(String text) {
        return switch (text) {
            case "queue" -> SimulationConfig.WhenAllBusy.QUEUE;
            case "lost" -> SimulationConfig.WhenAllBusy.LOST;
            default -> throw new IllegalArgumentException("whenAllBusy must be queue or lost, not '" + text + "'");
        };
    }
}
