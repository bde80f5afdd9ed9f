package uk.arcs.posture.web;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.arcs.common.Instants;
import uk.arcs.common.RejectedBatchException;
import uk.arcs.common.RowError;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.posture.Posture;
import uk.arcs.posture.PostureChange;
import uk.arcs.posture.PostureEvent;
import uk.arcs.posture.PostureRegistry;
import uk.arcs.posture.PostureRow;
import uk.arcs.posture.SiteRequirement;
import uk.arcs.posture.SubmittedPostureChange;
import uk.arcs.posture.ThreatLevel;

@RestController
@RequestMapping("/api/v1/forces/{force}/posture")
class PostureController {

    private final PostureRegistry registry;
    private final ForceDirectory forces;
    private final Clock clock;

    PostureController(PostureRegistry registry, ForceDirectory forces, Clock clock) {
        this.registry = registry;
        this.forces = forces;
        this.clock = clock;
    }

    record PostureView(String force, Instant at, ThreatLevel threatLevel, int upliftPercent, int arvCarsRequired,
                       int crewSize, int counterTerrorismRequired, List<SiteRequirement> sites) {
    }

    @Operation(summary = "The minimum armed posture per shift at an instant, with the threat-level uplift applied")
    @GetMapping
    PostureView posture(@PathVariable String force, @RequestParam(required = false) String at,
                        @RequestParam(required = false) String knownAt) {
        Force known = forces.require(ForceCode.of(force));
        Instant now = clock.instant();
        Instant knownInstant = knownAt == null || knownAt.isBlank() ? now : Instants.parse(knownAt, known.zone());
        Instant when = at == null || at.isBlank() ? knownInstant : Instants.parse(at, known.zone());
        Posture posture = registry.postureAt(known.code(), when, knownInstant);
        return new PostureView(known.code().value(), when, posture.threatLevel(), posture.upliftPercentNow(),
                posture.arvCarsRequired(), posture.crewSize(), posture.counterTerrorismRequired(), posture.sitesRequired());
    }

    record ChangesRequest(List<PostureRow> events) {
    }

    record Recorded(int recorded, List<PostureEvent> events) {
    }

    @Operation(summary = "Record posture changes (requirements, sites, threat level), all or nothing")
    @PostMapping("/events")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded record(@PathVariable String force, @RequestBody ChangesRequest request, Principal principal) {
        Force known = forces.require(ForceCode.of(force));
        if (request == null || request.events() == null || request.events().isEmpty()) {
            throw new IllegalArgumentException("the request needs a non-empty 'events' array");
        }
        List<RowError> errors = new ArrayList<>();
        List<SubmittedPostureChange> changes = new ArrayList<>();
        for (int i = 0; i < request.events().size(); i++) {
            PostureRow row = request.events().get(i);
            if (row == null) {
                errors.add(new RowError("events", i + 1, null, "an event must be an object"));
                continue;
            }
            PostureChange change = row.parse("events", i + 1, known.zone(), errors);
            if (change != null) {
                changes.add(SubmittedPostureChange.now("events", i + 1, change, principal.getName()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RejectedBatchException("posture changes refused", errors);
        }
        List<PostureEvent> recorded = registry.record(known.code(), changes).orThrow("posture changes refused");
        return new Recorded(recorded.size(), recorded);
    }

    @Operation(summary = "The force's posture log in occurrence order")
    @GetMapping("/events")
    List<PostureEvent> events(@PathVariable String force) {
        return registry.events(forces.require(ForceCode.of(force)).code());
    }
}
