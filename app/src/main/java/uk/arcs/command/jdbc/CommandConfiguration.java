package uk.arcs.command.jdbc;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import uk.arcs.capability.CapabilityService;
import uk.arcs.command.DecisionLog;
import uk.arcs.command.DecisionStore;
import uk.arcs.command.EscalationAdvisor;
import uk.arcs.command.PlannedShortfall;
import uk.arcs.common.DecisionTaken;
import uk.arcs.force.ForceDirectory;
import uk.arcs.military.MilitaryService;
import uk.arcs.mutualaid.MutualAidService;

@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

    @Bean
    DecisionLog decisionLog(DecisionStore store, CapabilityService capability, ForceDirectory forces) {
        return new DecisionLog(store, capability, forces);
    }

    @Bean
    EscalationAdvisor escalationAdvisor(CapabilityService capability, MutualAidService mutualAid,
                                        MilitaryService military, ForceDirectory forces,
                                        @Value("${arcs.escalation.stand-down-after:PT6H}") Duration standDownAfter,
                                        ObjectProvider<PlannedShortfall> plannedShortfall) {
        return new EscalationAdvisor(capability, mutualAid, military, forces, standDownAfter,
                plannedShortfall.getIfAvailable(() -> PlannedShortfall.NONE));
    }

    /** Synchronous, so the decision is written in the transaction of the action it records. */
    @Bean
    DecisionRecorder decisionRecorder(DecisionLog log) {
        return new DecisionRecorder(log);
    }

    static final class DecisionRecorder {
        private final DecisionLog log;

        DecisionRecorder(DecisionLog log) {
            this.log = log;
        }

        @EventListener
        void on(DecisionTaken decision) {
            log.record(decision);
        }
    }
}
