package uk.arcs.planning.spring;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.arcs.capability.AidLedger;
import uk.arcs.force.ForceDirectory;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.planning.PlanJobs;
import uk.arcs.planning.Planner;
import uk.arcs.planning.PlannerSettings;
import uk.arcs.planning.RosterProblemBuilder;
import uk.arcs.posture.PostureRegistry;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlannerProperties.class)
class PlanningConfiguration {

    static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(10);

    @Bean
    PlannerSettings plannerSettings(PlannerProperties properties) {
        return properties.settings();
    }

    @Bean
    RosterProblemBuilder rosterProblemBuilder(ForceDirectory forces, OfficerRegistry officers, PostureRegistry postures,
                                              AidLedger aid, PlannerSettings settings) {
        return new RosterProblemBuilder(forces, officers, postures, aid, settings);
    }

    @Bean(destroyMethod = "close")
    Planner planner(PlannerProperties properties) {
        return new Planner(properties.randomSeed(), properties.maxConcurrentPlans());
    }

    @Bean
    PlanJobs planJobs(Planner planner, RosterProblemBuilder builder, Clock clock, PlannerProperties properties,
                      MeterRegistry meters) {
        return new PlanJobs(planner, builder, clock, properties.maxConcurrentPlans(), new PlanMetrics(meters));
    }

    /**
     * On shutdown, plans still solving are stopped first (keeping their best roster), so that their event streams
     * end and the graceful shutdown of the web server is not held up by them.
     */
    @Bean
    ApplicationListener<ContextClosedEvent> stopPlansOnShutdown(PlanJobs jobs) {
        return event -> {
            try {
                jobs.stopAll(SHUTDOWN_PATIENCE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
