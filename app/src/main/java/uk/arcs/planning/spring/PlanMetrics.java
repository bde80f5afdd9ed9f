package uk.arcs.planning.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import uk.arcs.planning.PlanJob;
import uk.arcs.planning.PlanJobs;

/**
 * Plan jobs as metrics: started and finished (by force, and by outcome: done, stopped, failed), running now, and
 * how long each solved ({@code arcs_plans_*}).
 */
class PlanMetrics implements PlanJobs.Observer {

    private final MeterRegistry registry;
    private final AtomicInteger running = new AtomicInteger();

    PlanMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("arcs.plans.running", running, AtomicInteger::get).description("Plans being solved now")
                .register(registry);
    }

    @Override
    public void started(PlanJob job) {
        String force = job.force().value();
        Counter.builder("arcs.plans.started").description("Plans started").tag("force", force).register(registry)
                .increment();
        running.incrementAndGet();
        Timer.Sample solving = Timer.start(registry);
        job.subscribe(PlanJob.Listener.onEnd(state -> {
            running.decrementAndGet();
            String outcome = state.name().toLowerCase(Locale.ROOT);
            Counter.builder("arcs.plans.finished").description("Plans finished, by outcome")
                    .tag("force", force).tag("outcome", outcome).register(registry).increment();
            solving.stop(Timer.builder("arcs.plans.solve").description("How long plans solved, by outcome")
                    .tag("force", force).tag("outcome", outcome).register(registry));
        }));
    }
}
