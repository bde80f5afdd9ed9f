package uk.arcs.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.arcs.force.ForceCode;

/** A roster being solved in the background: its state, and the best score over time for whoever listens. */
public final class PlanJob {

    /** Where a job stands; only a finished job has its final roster. */
    public sealed interface State {
        String name();

        record Solving(Roster best) implements State {
            public String name() {
                return "SOLVING";
            }
        }

        record Done(Roster roster) implements State {
            public String name() {
                return "DONE";
            }
        }

        record Stopped(Roster roster) implements State {
            public String name() {
                return "STOPPED";
            }
        }

        record Failed(String reason) implements State {
            public String name() {
                return "FAILED";
            }
        }
    }

    /** A better roster was found: its score, when, and after how long. */
    public record ScoreUpdate(Instant at, long millis, String score) {
    }

    /** Hears of each better score, then of the end. */
    public interface Listener {
        void improved(ScoreUpdate update);

        void ended(State state);

        /** A listener that hears only of the end. */
        static Listener onEnd(java.util.function.Consumer<State> ended) {
            return new Listener() {
                @Override
                public void improved(ScoreUpdate update) {
                }

                @Override
                public void ended(State state) {
                    ended.accept(state);
                }
            };
        }
    }

    private final String id;
    private final ForceCode force;
    private final LocalDate from;
    private final int days;
    private final Instant started;
    private final Clock clock;
    private final List<ScoreUpdate> updates = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = new State.Solving(null);
    private volatile Instant ended;
    private volatile boolean stopRequested;

    PlanJob(String id, ForceCode force, LocalDate from, int days, Clock clock) {
        this.id = id;
        this.force = force;
        this.from = from;
        this.days = days;
        this.clock = clock;
        this.started = clock.instant();
    }

    public String id() {
        return id;
    }

    public ForceCode force() {
        return force;
    }

    public LocalDate from() {
        return from;
    }

    public int days() {
        return days;
    }

    public State state() {
        return state;
    }

    public Instant started() {
        return started;
    }

    /** When solving ended; null while it goes on. */
    public Instant ended() {
        return ended;
    }

    public List<ScoreUpdate> updates() {
        return List.copyOf(updates);
    }

    /** The best roster so far, or the final one. */
    public Roster roster() {
        return switch (state) {
            case State.Solving solving -> solving.best();
            case State.Done done -> done.roster();
            case State.Stopped stopped -> stopped.roster();
            case State.Failed failed -> null;
        };
    }

    /** Registers a listener, replays the scores so far to it, and tells it at once if the job has ended. */
    public synchronized Runnable subscribe(Listener listener) {
        updates.forEach(listener::improved);
        if (state instanceof State.Solving) {
            listeners.add(listener);
        } else {
            listener.ended(state);
        }
        return () -> listeners.remove(listener);
    }

    void stopRequested() {
        stopRequested = true;
    }

    synchronized void improved(Roster best) {
        if (!(state instanceof State.Solving)) {
            return;
        }
        state = new State.Solving(best);
        Instant now = clock.instant();
        ScoreUpdate update = new ScoreUpdate(now, Duration.between(started, now).toMillis(), String.valueOf(best.getScore()));
        updates.add(update);
        listeners.forEach(l -> l.improved(update));
    }

    /** Returns false if the job had already ended. Its listeners hear of the end from {@link #announceEnd()}. */
    synchronized boolean end(State terminal) {
        if (!(state instanceof State.Solving)) {
            return false;
        }
        ended = clock.instant();
        state = terminal;
        return true;
    }

    /** Tells the listeners the job has ended; those who subscribe after it has are told as they subscribe. */
    synchronized void announceEnd() {
        listeners.forEach(l -> l.ended(state));
        listeners.clear();
    }

    boolean wasStopRequested() {
        return stopRequested;
    }
}
