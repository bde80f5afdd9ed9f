package uk.arcs.reporting.jdbc;

import java.io.IOException;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import uk.arcs.capability.CapabilityService;
import uk.arcs.force.ForceDirectory;
import uk.arcs.reporting.ClaimChecker;
import uk.arcs.reporting.OperationsStore;
import uk.arcs.reporting.StatisticsService;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    ClaimChecker claimChecker(CapabilityService capability, ForceDirectory forces) {
        return new ClaimChecker(capability, forces);
    }

    @Bean
    StatisticsService statisticsService(OperationsStore store, ForceDirectory forces, Clock clock) throws IOException {
        return new StatisticsService(store, forces, clock,
                new ClassPathResource("reference/home-office-firearms-statistics.csv").getInputStream());
    }
}
