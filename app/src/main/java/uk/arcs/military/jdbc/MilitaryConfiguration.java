package uk.arcs.military.jdbc;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.DomainEvents;
import uk.arcs.common.Transactions;
import uk.arcs.force.ForceDirectory;
import uk.arcs.military.MilitaryService;
import uk.arcs.military.MilitaryStore;

@Configuration(proxyBeanMethods = false)
class MilitaryConfiguration {

    @Bean
    MilitaryService militaryService(ForceDirectory forces, CapabilityService capability, MilitaryStore store,
                                    Transactions transactions, DomainEvents domainEvents, Clock clock) {
        return new MilitaryService(forces, capability, store, transactions, domainEvents, clock);
    }
}
