package uk.arcs.capability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.Instants;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;

@RestController
@RequestMapping("/api/v1/forces/{force}/capability")
class CapabilityController {

    private final CapabilityService capability;
    private final ForceDirectory forces;

    CapabilityController(CapabilityService capability, ForceDirectory forces) {
        this.capability = capability;
        this.forces = forces;
    }

    @Operation(summary = "The capability picture of a force at an instant, as known at another instant")
    @GetMapping
    CapabilityPicture picture(@PathVariable String force,
                              @Parameter(description = "instant described (ISO-8601; local times are the force's); default now")
                              @RequestParam(required = false) String at,
                              @Parameter(description = "only events recorded by this instant count; default now")
                              @RequestParam(required = false) String knownAt) {
        Force known = forces.require(ForceCode.of(force));
        return capability.picture(known.code(), instant(at, known), instant(knownAt, known));
    }

    record Series(String force, Instant from, Instant to, Duration step, List<CapabilityPicture> points) {
    }

    @Operation(summary = "Pictures from 'from' to 'to' every 'step', for charts")
    @GetMapping("/series")
    Series series(@PathVariable String force, @RequestParam String from, @RequestParam String to,
                  @RequestParam(defaultValue = "PT1H") String step, @RequestParam(required = false) String knownAt) {
        Force known = forces.require(ForceCode.of(force));
        Duration parsedStep;
        try {
            parsedStep = Duration.parse(step);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("step must be an ISO-8601 duration such as PT1H, not '" + step + "'");
        }
        Instant start = Instants.parse(from, known.zone());
        Instant end = Instants.parse(to, known.zone());
        return new Series(known.code().value(), start, end, parsedStep,
                capability.series(known.code(), start, end, parsedStep, instant(knownAt, known)));
    }

    static Instant instant(String text, Force force) {
        return text == null || text.isBlank() ? null : Instants.parse(text, force.zone());
    }
}
