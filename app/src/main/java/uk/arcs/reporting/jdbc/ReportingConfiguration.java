package uk.arcs.reporting.jdbc;

import java.io.IOException;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import uk.arcs.capability.CapabilityService;
import uk.arcs.command.DecisionLog;
import uk.arcs.common.Transactions;
import uk.arcs.force.ForceDirectory;
import uk.arcs.military.MilitaryService;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.reporting.ClaimChecker;
import uk.arcs.reporting.OperationsStore;
import uk.arcs.reporting.SitrepService;
import uk.arcs.reporting.SitrepStore;
import uk.arcs.reporting.StatementService;
import uk.arcs.reporting.StatementStore;
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

    @Bean
    SitrepService sitrepService(ForceDirectory forces, CapabilityService capability, OfficerRegistry officers,
                                MutualAidService mutualAid, MilitaryService military, DecisionLog decisions,
                                SitrepStore store, Transactions transactions, Clock clock) {
        return new SitrepService(forces, capability, officers, mutualAid, military, decisions, store, transactions,
                clock);
    }

    @Bean
    StatementService statementService(ForceDirectory forces, CapabilityService capability, MilitaryService military,
                                      StatementStore store, Transactions transactions, Clock clock) {
        return new StatementService(forces, capability, military, store, transactions, clock);
    }
}
