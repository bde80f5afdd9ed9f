package uk.arcs.dashboard;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells open dashboards that something they show has changed, so they fetch it again. It carries no
 * figures: every screen re-reads the picture through the same code, with the same access checks, as any
 * other request.
 */
public final class LiveFeed {

    /** Something recorded for {@code force} (a force code) changed what the dashboards show. */
    public record Change(String force, String what) {
        public Change {
            if (force == null || force.isBlank() || what == null || what.isBlank()) {
                throw new IllegalArgumentException("a change names its force and what changed");
            }
        }
    }

    /** Ends a subscription; idempotent. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public Subscription subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Passes the change to every listener; one failing listener (a closed connection) does not stop the rest. */
    public void announce(Change change) {
        for (Consumer<Change> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                listeners.remove(listener);
            }
        }
    }

    public int listeners() {
        return listeners.size();
    }
}
