package uk.arcs.common.spring;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
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

    @Bean
    DomainEvents domainEvents(ApplicationEventPublisher publisher) {
        return publisher::publishEvent;
    }
}
