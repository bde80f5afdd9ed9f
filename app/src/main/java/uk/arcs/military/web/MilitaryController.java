package uk.arcs.military.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.arcs.common.ExpectedVersion;
import uk.arcs.common.Instants;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.military.MilitaryEvent;
import uk.arcs.military.MilitaryEventType;
import uk.arcs.military.MilitaryService;
import uk.arcs.military.MilitaryState;
import uk.arcs.military.MilitaryTask;
import uk.arcs.security.ArcsUser;

@RestController
@RequestMapping("/api/v1/forces/{force}/military")
class MilitaryController {

    private final MilitaryService service;
    private final ForceDirectory forces;
    private final Clock clock;

    MilitaryController(MilitaryService service, ForceDirectory forces, Clock clock) {
        this.service = service;
        this.forces = forces;
        this.clock = clock;
    }

    record StateView(String force, Instant at, String state, Instant since, String incident, List<MilitaryEvent> events) {
        static StateView of(Force force, Instant at, MilitaryState state, List<MilitaryEvent> events) {
            return new StateView(force.code().value(), at, state.name(), state.since(),
                    state instanceof MilitaryState.Activated a ? a.incident() : null, events);
        }
    }

    @Operation(summary = "The military counter-terrorism contingency at an instant, with its log; asked for now, the "
            + "ETag is its version, for If-Match on the next step")
    @GetMapping
    ResponseEntity<StateView> state(@PathVariable String force, @RequestParam(required = false) String at,
                                    @RequestParam(required = false) String knownAt) {
        Force known = forces.require(ForceCode.of(force));
        long version = service.version(known.code());
        Instant knownInstant = knownAt == null ? clock.instant() : Instants.parse(knownAt, known.zone());
        Instant when = at == null ? knownInstant : Instants.parse(at, known.zone());
        StateView view = StateView.of(known, when, service.stateAt(known.code(), when, knownInstant),
                service.events(known.code()).stream().filter(e -> !e.occurredAt().isAfter(when)
                        && !e.recordedAt().isAfter(knownInstant)).toList());
        // A past instant is another representation; only the present one carries the version to act on.
        return at == null && knownAt == null ? ResponseEntity.ok().eTag(ExpectedVersion.etag(version)).body(view)
                : ResponseEntity.ok(view);
    }

    record Step(String type, String task, String incident, String reason, String occurredAt) {
    }

    @Operation(summary = "Record a step: REQUESTED (task COUNTER_TERRORISM), STANDBY_AGREED, ACTIVATED (incident), "
            + "INCIDENT_CLOSED, STOOD_DOWN; refusals name the rule")
    @PostMapping("/events")
    ResponseEntity<StateView> record(@PathVariable String force, @RequestBody Step step,
                                     @AuthenticationPrincipal ArcsUser user,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Force known = forces.require(ForceCode.of(force));
        if (step == null || step.type() == null) {
            throw new IllegalArgumentException("type: one of " + java.util.Arrays.toString(MilitaryEventType.values()));
        }
        MilitaryEventType type = parse(MilitaryEventType.class, step.type(), "type");
        MilitaryTask task = step.task() == null ? null : parse(MilitaryTask.class, step.task(), "task");
        Instant at = step.occurredAt() == null ? null : Instants.parse(step.occurredAt(), known.zone());
        MilitaryState state = service.atVersion(known.code(), ExpectedVersion.fromIfMatch(ifMatch),
                () -> service.record(user.acting(at), known.code(), type, task, step.incident(), step.reason())).orThrow();
        Instant now = clock.instant();
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(service.version(known.code())))
                .body(StateView.of(known, now, state, service.events(known.code())));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
