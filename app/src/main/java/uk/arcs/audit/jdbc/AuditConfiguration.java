package uk.arcs.audit.jdbc;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import uk.arcs.audit.AuditLog;
import uk.arcs.audit.AuditStore;
import uk.arcs.common.Transactions;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** Last among the work before a commit, so the chain lock is held for as short a time as possible. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    AuditLog auditLog(AuditStore store, Transactions transactions, Clock clock) {
        return new AuditLog(store, transactions, clock);
    }
}
