package uk.arcs.common.spring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.arcs.common.Transactions;

class SpringTransactions implements Transactions {

    /** The key under which a transaction's descriptions are bound to it while it runs. */
    private static final Object DESCRIPTIONS = new Object();

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

    @Override
    @SuppressWarnings("unchecked")
    public void describe(String summary) {
        if (summary == null || summary.isBlank() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        List<String> descriptions = (List<String>) TransactionSynchronizationManager.getResource(DESCRIPTIONS);
        if (descriptions == null) {
            descriptions = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(DESCRIPTIONS, descriptions);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DESCRIPTIONS);
                }
            });
        }
        descriptions.add(summary);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> descriptions() {
        List<String> descriptions = (List<String>) TransactionSynchronizationManager.getResource(DESCRIPTIONS);
        return descriptions == null ? List.of() : List.copyOf(descriptions);
    }
}
