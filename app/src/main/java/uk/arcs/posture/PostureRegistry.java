package uk.arcs.posture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import uk.arcs.common.DomainEvents;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.Outcome;
import uk.arcs.common.RowError;
import uk.arcs.common.Transactions;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;

/** Each force's posture as an append-only log; the posture at any instant is folded from it. */
public final class PostureRegistry {

    static final Comparator<PostureEvent> OCCURRENCE_ORDER = Comparator
            .comparing((PostureEvent e) -> e.change().occurredAt()).thenComparingLong(PostureEvent::id);

    private final ForceDirectory forces;
    private final PostureStore store;
    private final Transactions transactions;
    private final DomainEvents domainEvents;
    private final Clock clock;
    private final ReentrantLock writer = new ReentrantLock();
    private volatile Map<ForceCode, List<PostureEvent>> byForce;
    private long nextId;

    public PostureRegistry(ForceDirectory forces, PostureStore store, Transactions transactions,
                           DomainEvents domainEvents, Clock clock) {
        this.forces = forces;
        this.store = store;
        this.transactions = transactions;
        this.domainEvents = domainEvents;
        this.clock = clock;
    }

    public Outcome<List<PostureEvent>> record(ForceCode force, List<SubmittedPostureChange> changes) {
        forces.find(force).orElseThrow(() -> new NotFoundException("unknown force " + force));
        ensureLoaded();
        writer.lock();
        java.util.concurrent.atomic.AtomicBoolean handedOver = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            Instant now = uk.arcs.common.Precision.recorded(clock.instant());
            List<RowError> errors = new ArrayList<>();
            List<PostureEvent> recorded = new ArrayList<>();
            List<PostureEvent> timeline = new ArrayList<>(byForce.getOrDefault(force, List.of()));
            long id = nextId;
            for (SubmittedPostureChange submitted : changes) {
                PostureChange change = submitted.change();
                Instant recordedAt = submitted.recordedAt() == null ? now : submitted.recordedAt();
                if (recordedAt.isAfter(now)) {
                    errors.add(new RowError(submitted.source(), submitted.row(), "recordedAt",
                            "a change cannot be recorded in the future"));
                    continue;
                }
                if (change.occurredAt().isAfter(now.plus(Duration.ofDays(400)))) {
                    errors.add(new RowError(submitted.source(), submitted.row(), "occurredAt",
                            "a posture change can be planned at most 400 days ahead"));
                    continue;
                }
                PostureEvent event = new PostureEvent(id++, force, change, recordedAt, submitted.recordedBy());
                timeline.add(event);
                timeline.sort(OCCURRENCE_ORDER);
                if (change.type() == PostureEventType.SITE_REMOVED) {
                    Posture before = Posture.fold(timeline.stream().filter(e -> e != event).toList(),
                            change.occurredAt(), Instant.MAX);
                    if (before.baseSites().stream().noneMatch(s -> s.site().equals(change.site()))) {
                        errors.add(new RowError(submitted.source(), submitted.row(), "site",
                                "site " + change.site() + " is not required at " + change.occurredAt()));
                        continue;
                    }
                }
                recorded.add(event);
            }
            if (!errors.isEmpty()) {
                return Outcome.rejected(errors);
            }
            long firstId = nextId;
            long afterLast = id;
            transactions.run(() -> {
                store.insert(recorded);
                transactions.describe(recorded.size() + " posture changes recorded for " + force);
                nextId = afterLast;
                handedOver.set(true);
                transactions.afterCompletion(committed -> {
                    try {
                        if (committed) {
                            Map<ForceCode, List<PostureEvent>> next = new HashMap<>(byForce);
                            List<PostureEvent> merged = new ArrayList<>(next.getOrDefault(force, List.of()));
                            merged.addAll(recorded);
                            merged.sort(OCCURRENCE_ORDER);
                            next.put(force, List.copyOf(merged));
                            byForce = next;
                            domainEvents.publish(PostureEventsRecorded.of(force, recorded, now));
                        } else if (nextId == afterLast) {
                            nextId = firstId;
                        }
                    } finally {
                        writer.unlock();
                    }
                });
            });
            return Outcome.recorded(recorded);
        } finally {
            if (!handedOver.get()) {
                writer.unlock();
            }
        }
    }

    public Posture postureAt(ForceCode force, Instant at, Instant knownAt) {
        forces.require(force);
        ensureLoaded();
        return Posture.fold(byForce.getOrDefault(force, List.of()), at, knownAt);
    }

    /** The force's posture log in occurrence order. */
    public List<PostureEvent> events(ForceCode force) {
        ensureLoaded();
        return byForce.getOrDefault(force, List.of());
    }

    private void ensureLoaded() {
        if (byForce != null) {
            return;
        }
        writer.lock();
        try {
            if (byForce != null) {
                return;
            }
            Map<ForceCode, List<PostureEvent>> loaded = new HashMap<>();
            store.loadAll(event -> loaded.computeIfAbsent(event.force(), f -> new ArrayList<>()).add(event));
            loaded.replaceAll((force, events) -> events.stream().sorted(OCCURRENCE_ORDER).toList());
            nextId = store.maxId() + 1;
            byForce = loaded;
        } finally {
            writer.unlock();
        }
    }
}
