package uk.arcs.posture.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.arcs.posture.PostureEventsRecorded;

/** Counts the posture changes ARCS has recorded, by force and type ({@code arcs_posture_events_total}). */
@Component
class PostureMetrics {

    private final MeterRegistry registry;

    PostureMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(PostureEventsRecorded recorded) {
        recorded.byType().forEach((type, count) -> Counter.builder("arcs.posture.events")
                .description("Posture changes recorded, by force and type")
                .tag("force", recorded.force().value()).tag("type", type.name())
                .register(registry).increment(count));
    }
}
