package uk.arcs.capability.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.arcs.capability.AidLedger;
import uk.arcs.capability.CapabilityService;
import uk.arcs.force.ForceDirectory;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.posture.PostureRegistry;

@Configuration(proxyBeanMethods = false)
class CapabilityConfiguration {

    @Bean
    CapabilityService capabilityService(ForceDirectory forces, OfficerRegistry officers, PostureRegistry postures,
                                        AidLedger aidLedger, Clock clock) {
        return new CapabilityService(forces, officers, postures, aidLedger, clock);
    }
}
