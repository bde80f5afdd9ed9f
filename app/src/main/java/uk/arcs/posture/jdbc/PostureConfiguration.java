package uk.arcs.posture.jdbc;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.arcs.common.DomainEvents;
import uk.arcs.common.Transactions;
import uk.arcs.force.ForceDirectory;
import uk.arcs.posture.PostureRegistry;
import uk.arcs.posture.PostureStore;

@Configuration(proxyBeanMethods = false)
class PostureConfiguration {

    @Bean
    PostureRegistry postureRegistry(ForceDirectory forces, PostureStore store, Transactions transactions,
                                    DomainEvents domainEvents, Clock clock) {
        return new PostureRegistry(forces, store, transactions, domainEvents, clock);
    }
}
