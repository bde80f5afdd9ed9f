package uk.arcs.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells open dashboards that something they show has changed, so they fetch it again. It carries no
 * figures: every screen re-reads the picture through the same code, with the same access checks, as any
 * other request.
 *
 * <p>Changes are relayed on a thread of the feed's own, so a write is never held up by hundreds of dashboard
 * connections. While the relay is busy, changes of the same kind for the same force are merged: a dashboard
 * re-reads everything of that kind anyway, and under a stream of writes it would otherwise fall ever further
 * behind.
 */
public final class LiveFeed implements AutoCloseable {

    /** Something recorded for {@code force} (a force code) changed what the dashboards show. */
    public record Change(String force, String what) {
        public Change {
            if (force == null || force.isBlank() || what == null || what.isBlank()) {
                throw new IllegalArgumentException("a change names its force and what changed");
            }
        }
    }

    /**
     * A change as relayed. {@code sequence} counts the changes announced up to this one, so a relayed change
     * stands for every change of its kind and force numbered up to it.
     */
    public record Relayed(Change change, long sequence) {
    }

    /** Ends a subscription; idempotent. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Consumer<Relayed>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Change, Long> pending = new LinkedHashMap<>();
    private long announced;
    private boolean closed;
    private final Thread relay;

    public LiveFeed() {
        relay = Thread.ofPlatform().daemon().name("arcs-live-feed").start(this::relayUntilClosed);
    }

    public Subscription subscribe(Consumer<Relayed> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public synchronized void announce(Change change) {
        if (closed) {
            return;
        }
        announced++;
        pending.remove(change);
        pending.put(change, announced);
        notifyAll();
    }

    /** How many changes have been announced so far: the sequence number of the latest. */
    public synchronized long announced() {
        return announced;
    }

    public int listeners() {
        return listeners.size();
    }

    /** Relays what is pending, then stops relaying. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            relay.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void relayUntilClosed() {
        while (true) {
            Map<Change, Long> batch;
            synchronized (this) {
                while (pending.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                batch = new LinkedHashMap<>(pending);
                pending.clear();
            }
            batch.forEach((change, sequence) -> deliver(new Relayed(change, sequence)));
        }
    }

    /** One failing listener (a closed connection) does not stop the rest; it is dropped. */
    private void deliver(Relayed relayed) {
        for (Consumer<Relayed> listener : listeners) {
            try {
                listener.accept(relayed);
            } catch (RuntimeException e) {
                listeners.remove(listener);
            }
        }
    }
}
