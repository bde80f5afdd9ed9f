package uk.arcs.idempotency.jdbc;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import uk.arcs.common.Transactions;
import uk.arcs.idempotency.IdempotencyKeys;
import uk.arcs.idempotency.KeyStore;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    /** Before the audit record among the work before a commit. */
    @Bean
    @Order(0)
    IdempotencyKeys idempotencyKeys(KeyStore store, Transactions transactions, Clock clock,
                                    @Value("${arcs.idempotency.lifetime:PT24H}") Duration lifetime) {
        return new IdempotencyKeys(store, transactions, clock, lifetime);
    }
}
