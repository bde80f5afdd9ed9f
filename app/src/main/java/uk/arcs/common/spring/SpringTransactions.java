package uk.arcs.common.spring;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.arcs.common.Transactions;

class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    SpringTransactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }

    @Override
    public <T> T inRolledBackTransaction(Supplier<T> work) {
        return template.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    @Override
    public void afterCompletion(Consumer<Boolean> callback) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            callback.accept(true);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                callback.accept(status == STATUS_COMMITTED);
            }
        });
    }
}
