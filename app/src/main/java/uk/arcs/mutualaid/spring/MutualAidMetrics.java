package uk.arcs.mutualaid.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.arcs.mutualaid.AidStepRecorded;

/** Counts the mutual aid steps recorded, by the force that took them and the step ({@code arcs_mutualaid_steps_total}). */
@Component
class MutualAidMetrics {

    private final MeterRegistry registry;

    MutualAidMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(AidStepRecorded step) {
        Counter.builder("arcs.mutualaid.steps")
                .description("Mutual aid steps recorded (request, ask, offer, decline, naming, acceptance, deployment, "
                        + "stand-down, close), by the force that took them")
                .tag("force", step.force().value()).tag("step", step.step().name())
                .register(registry).increment();
    }
}
