package uk.arcs.officer.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.arcs.officer.OfficerEventsRecorded;

/** Counts the officer events ARCS has recorded, by force and type ({@code arcs_officer_events_total}). */
@Component
class OfficerMetrics {

    private final MeterRegistry registry;

    OfficerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(OfficerEventsRecorded recorded) {
        recorded.byType().forEach((type, count) -> Counter.builder("arcs.officer.events")
                .description("Officer events recorded (API, CSV import, scenario load), by force and type")
                .tag("force", recorded.force().value()).tag("type", type.name())
                .register(registry).increment(count));
    }
}
