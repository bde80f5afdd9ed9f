package uk.arcs.command.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.arcs.command.Decision;
import uk.arcs.command.DecisionLog;
import uk.arcs.command.Escalation;
import uk.arcs.command.EscalationAdvisor;
import uk.arcs.common.Instants;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;

@RestController
@RequestMapping("/api/v1/forces/{force}")
class EscalationController {

    private final EscalationAdvisor advisor;
    private final DecisionLog decisions;
    private final ForceDirectory forces;
    private final Clock clock;

    EscalationController(EscalationAdvisor advisor, DecisionLog decisions, ForceDirectory forces, Clock clock) {
        this.advisor = advisor;
        this.decisions = decisions;
        this.forces = forces;
        this.clock = clock;
    }

    @Operation(summary = "Military state, mutual aid and advice from named rules at an instant")
    @GetMapping("/escalation")
    Escalation escalation(@PathVariable String force, @RequestParam(required = false) String at,
                          @RequestParam(required = false) String knownAt) {
        Force known = forces.require(ForceCode.of(force));
        Instant knownInstant = knownAt == null ? clock.instant() : Instants.parse(knownAt, known.zone());
        Instant when = at == null ? knownInstant : Instants.parse(at, known.zone());
        return advisor.escalation(known.code(), when, knownInstant);
    }

    @Operation(summary = "Decisions taken in [from, to), each with its rationale and the picture it was taken on")
    @GetMapping("/decisions")
    List<Decision> decisions(@PathVariable String force, @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to) {
        Force known = forces.require(ForceCode.of(force));
        Instant start = from == null ? Instant.EPOCH : Instants.parse(from, known.zone());
        Instant end = to == null ? clock.instant().plusSeconds(1) : Instants.parse(to, known.zone());
        return decisions.decisions(known.code(), start, end);
    }
}
