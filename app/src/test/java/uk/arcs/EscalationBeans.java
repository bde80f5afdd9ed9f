package uk.arcs;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import uk.arcs.capability.CapabilityService;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.officer.OfficerRegistry;

/**
 * The {@link EscalationFixture}'s forces (REQ, DON, OTHER) as beans, for web slice tests: the in-memory stores (which
 * are also the force directory), the registries and services on them, and the clock the test sets.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EscalationBeans {

    @Bean
    InMemoryArcs arcs() {
        return EscalationFixture.arcs();
    }

    @Bean
    Clock clock(InMemoryArcs arcs) {
        return arcs.clock;
    }

    @Bean
    OfficerRegistry officerRegistry(InMemoryArcs arcs) {
        return arcs.officers;
    }

    @Bean
    CapabilityService capabilityService(InMemoryArcs arcs) {
        return arcs.capability;
    }

    @Bean
    MutualAidService mutualAidService(InMemoryArcs arcs) {
        return arcs.aid;
    }
}
