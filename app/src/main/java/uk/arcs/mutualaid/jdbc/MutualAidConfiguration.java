package uk.arcs.mutualaid.jdbc;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.DomainEvents;
import uk.arcs.common.Transactions;
import uk.arcs.force.ForceDirectory;
import uk.arcs.mutualaid.AidLog;
import uk.arcs.mutualaid.AidStore;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.officer.OfficerRegistry;

@Configuration(proxyBeanMethods = false)
class MutualAidConfiguration {

    @Bean
    AidLog aidLog(AidStore store) {
        return new AidLog(store);
    }

    @Bean
    MutualAidService mutualAidService(ForceDirectory forces, OfficerRegistry officers, CapabilityService capability,
                                      AidLog log, AidStore store, Transactions transactions, DomainEvents domainEvents,
                                      Clock clock) {
        return new MutualAidService(forces, officers, capability, log, store, transactions, domainEvents, clock);
    }
}
