package uk.arcs.common.spring;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import uk.arcs.common.BeforeCommit;
import uk.arcs.common.DomainEvents;
import uk.arcs.common.Transactions;

@Configuration(proxyBeanMethods = false)
class CommonConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Transactions transactions(PlatformTransactionManager transactionManager) {
        return new SpringTransactions(transactionManager);
    }

    /** Spring Boot gives every transaction execution listener bean to the transaction manager. */
    @Bean
    BeforeCommitHooks beforeCommitHooks(ObjectProvider<BeforeCommit> hooks) {
        return new BeforeCommitHooks(hooks);
    }

    @Bean
    DomainEvents domainEvents(ApplicationEventPublisher publisher) {
        return publisher::publishEvent;
    }
}
