package uk.arcs.common.spring;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.arcs.common.BeforeCommit;

/**
 * Joins the {@link BeforeCommit} work to every new read-write transaction, whether it was begun through
 * {@code Transactions} or {@code @Transactional}: Spring Boot hands every transaction execution listener to the
 * transaction manager. The work runs on the committing thread, on the transaction's connection.
 */
class BeforeCommitHooks implements TransactionExecutionListener {

    private final ObjectProvider<BeforeCommit> provider;
    private volatile List<BeforeCommit> hooks;

    /** The hooks are looked up at the first transaction: they themselves need the transaction manager. */
    BeforeCommitHooks(ObjectProvider<BeforeCommit> provider) {
        this.provider = provider;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure != null || transaction.isReadOnly() || !transaction.isNewTransaction()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        if (hooks == null) {
            hooks = provider.orderedStream().toList();
        }
        List<BeforeCommit> hooks = this.hooks;
        if (hooks.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (!readOnly) {
                    hooks.forEach(BeforeCommit::beforeCommit);
                }
            }

            @Override
            public int getOrder() {
                // Last of all before commit, so the audit lock it may take is held as briefly as possible.
                return Ordered.LOWEST_PRECEDENCE;
            }
        });
    }
}
