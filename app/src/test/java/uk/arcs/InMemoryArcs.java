package uk.arcs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.DecisionTaken;
import uk.arcs.military.MilitaryEvent;
import uk.arcs.military.MilitaryService;
import uk.arcs.military.MilitaryStore;
import uk.arcs.mutualaid.AidEvent;
import uk.arcs.mutualaid.AidLog;
import uk.arcs.mutualaid.AidStore;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.common.DomainEvents;
import uk.arcs.common.Transactions;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.Unit;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerEvent;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStore;
import uk.arcs.posture.PostureEvent;
import uk.arcs.posture.PostureRegistry;
import uk.arcs.posture.PostureStore;
import uk.arcs.scenario.ScenarioLoader;

/**
 * The registries wired to in-memory stores with real transaction semantics (writes become visible on
 * commit, vanish on rollback, completion callbacks fire), and a clock the test sets.
 */
public final class InMemoryArcs implements ForceDirectory, OfficerStore, PostureStore, Transactions {

    public final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    public final List<Object> published = new ArrayList<>();
    public final OfficerRegistry officers;
    public final PostureRegistry postures;
    public final CapabilityService capability;
    public final ScenarioLoader loader;
    public final AidLog aidLog;
    public final MutualAidService aid;
    public final MilitaryService military;

    private final Map<ForceCode, Force> forces = new LinkedHashMap<>();
    private final Map<ForceCode, List<Unit>> units = new LinkedHashMap<>();
    private final List<Officer> officerRows = new ArrayList<>();
    private final List<OfficerEvent> eventRows = new ArrayList<>();
    private final List<PostureEvent> postureRows = new ArrayList<>();

    private int depth;
    private boolean rollbackOnly;
    private final List<Runnable> pending = new ArrayList<>();
    private final List<Consumer<Boolean>> callbacks = new ArrayList<>();
    public int commits;

    public InMemoryArcs() {
        DomainEvents events = published::add;
        officers = new OfficerRegistry(this, this, this, events, clock);
        postures = new PostureRegistry(this, this, this, events, clock);
        AidStore aidStore = new InMemoryAidStore();
        aidLog = new AidLog(aidStore);
        capability = new CapabilityService(this, officers, postures, aidLog, clock);
        loader = new ScenarioLoader(this, officers, postures, this);
        aid = new MutualAidService(this, officers, capability, aidLog, aidStore, this, events, clock);
        military = new MilitaryService(this, capability, new InMemoryMilitaryStore(), this, events, clock);
    }

    public static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        public void set(Instant instant) {
            now = instant;
        }

        public void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Published decisions, the way the decision log receives them. */
    public List<DecisionTaken> decisions() {
        return published.stream().filter(DecisionTaken.class::isInstance).map(DecisionTaken.class::cast).toList();
    }

    private final class InMemoryAidStore implements AidStore {
        private final List<AidEvent> rows = new ArrayList<>();

        @Override
        public void insert(AidEvent event) {
            write(() -> rows.add(event));
        }

        @Override
        public void loadAll(Consumer<AidEvent> sink) {
            rows.forEach(sink);
        }

        @Override
        public long maxId() {
            return rows.stream().mapToLong(AidEvent::id).max().orElse(0);
        }

        @Override
        public long maxOfferId() {
            return rows.stream().filter(e -> e.offerId() != null).mapToLong(AidEvent::offerId).max().orElse(0);
        }

    }

    private final class InMemoryMilitaryStore implements MilitaryStore {
        private final List<MilitaryEvent> rows = new ArrayList<>();

        @Override
        public void insert(MilitaryEvent event) {
            write(() -> rows.add(event));
        }

        @Override
        public void loadAll(Consumer<MilitaryEvent> sink) {
            rows.forEach(sink);
        }

        @Override
        public long maxId() {
            return rows.stream().mapToLong(MilitaryEvent::id).max().orElse(0);
        }
    }

    public int storedOfficerEvents() {
        return eventRows.size();
    }

    public int storedPostureEvents() {
        return postureRows.size();
    }

    // ---- Transactions

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transaction(work, false);
    }

    @Override
    public <T> T inRolledBackTransaction(Supplier<T> work) {
        return transaction(work, true);
    }

    private <T> T transaction(Supplier<T> work, boolean rollback) {
        if (depth > 0) {
            rollbackOnly |= rollback;
            return work.get();
        }
        depth = 1;
        rollbackOnly = rollback;
        boolean committed = false;
        try {
            T result = work.get();
            if (!rollbackOnly) {
                pending.forEach(Runnable::run);
                committed = true;
                commits++;
            }
            return result;
        } finally {
            pending.clear();
            depth = 0;
            List<Consumer<Boolean>> toCall = new ArrayList<>(callbacks);
            callbacks.clear();
            boolean outcome = committed;
            toCall.forEach(c -> c.accept(outcome));
        }
    }

    @Override
    public void afterCompletion(Consumer<Boolean> callback) {
        if (depth == 0) {
            callback.accept(true);
        } else {
            callbacks.add(callback);
        }
    }

    private void write(Runnable change) {
        if (depth == 0) {
            change.run();
        } else {
            pending.add(change);
        }
    }

    // ---- ForceDirectory

    @Override
    public Optional<Force> find(ForceCode code) {
        return Optional.ofNullable(forces.get(code));
    }

    @Override
    public List<Force> all() {
        return List.copyOf(forces.values());
    }

    @Override
    public List<Unit> units(ForceCode force) {
        return units.getOrDefault(force, List.of());
    }

    @Override
    public void register(Force force, List<Unit> forceUnits) {
        if (forces.containsKey(force.code())) {
            throw new IllegalArgumentException("force " + force.code() + " exists already");
        }
        forces.put(force.code(), force);
        units.put(force.code(), List.copyOf(forceUnits));
        afterCompletion(committed -> {
            if (!committed) {
                forces.remove(force.code());
                units.remove(force.code());
            }
        });
    }

    // ---- OfficerStore

    @Override
    public void insertOfficers(List<Officer> officers) {
        List<Officer> copy = List.copyOf(officers);
        write(() -> officerRows.addAll(copy));
    }

    @Override
    public void insertEvents(List<OfficerEvent> events) {
        List<OfficerEvent> copy = List.copyOf(events);
        write(() -> eventRows.addAll(copy));
    }

    @Override
    public List<Officer> loadOfficers() {
        return List.copyOf(officerRows);
    }

    @Override
    public void loadEvents(Consumer<OfficerEvent> sink) {
        eventRows.forEach(sink);
    }

    @Override
    public long maxEventId() {
        return eventRows.stream().mapToLong(OfficerEvent::id).max().orElse(0);
    }

    // ---- PostureStore

    @Override
    public void insert(List<PostureEvent> events) {
        List<PostureEvent> copy = List.copyOf(events);
        write(() -> postureRows.addAll(copy));
    }

    @Override
    public void loadAll(Consumer<PostureEvent> sink) {
        postureRows.forEach(sink);
    }

    @Override
    public long maxId() {
        return postureRows.stream().mapToLong(PostureEvent::id).max().orElse(0);
    }
}
