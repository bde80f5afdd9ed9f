package uk.arcs.officer.jdbc;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.arcs.common.DomainEvents;
import uk.arcs.common.Transactions;
import uk.arcs.force.ForceDirectory;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStore;

@Configuration(proxyBeanMethods = false)
class OfficerConfiguration {

    @Bean
    OfficerRegistry officerRegistry(ForceDirectory forces, OfficerStore store, Transactions transactions,
                                    DomainEvents domainEvents, Clock clock) {
        return new OfficerRegistry(forces, store, transactions, domainEvents, clock);
    }
}
