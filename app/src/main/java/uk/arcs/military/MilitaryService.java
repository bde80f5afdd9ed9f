package uk.arcs.military;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.Actor;
import uk.arcs.common.DecisionTaken;
import uk.arcs.common.DomainEvents;
import uk.arcs.common.ExpectedVersion;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.Precision;
import uk.arcs.common.Transactions;
import uk.arcs.common.Verdict;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;

/**
 * A force's military counter-terrorism contingency. Named rules: counter-terrorism only, never routine
 * policing; activation only when, at that instant, the force's own and mutual-aid counter-terrorism officers
 * cannot provide a response; steps in lifecycle order. Military personnel are never part of the capability
 * picture: nothing here feeds it.
 */
public final class MilitaryService {

    public static final String COUNTER_TERRORISM_ONLY = "CounterTerrorismOnly";
    public static final String NO_POLICING_RESPONSE = "NoPolicingResponseAvailable";
    static final Comparator<MilitaryEvent> OCCURRENCE_ORDER =
            Comparator.comparing(MilitaryEvent::occurredAt).thenComparingLong(MilitaryEvent::id);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ForceDirectory forces;
    private final CapabilityService capability;
    private final MilitaryStore store;
    private final Transactions transactions;
    private final DomainEvents domainEvents;
    private final Clock clock;
    private final ReentrantLock writer = new ReentrantLock();
    private volatile Map<ForceCode, List<MilitaryEvent>> byForce;
    private long nextId;

    public MilitaryService(ForceDirectory forces, CapabilityService capability, MilitaryStore store,
                           Transactions transactions, DomainEvents domainEvents, Clock clock) {
        this.forces = forces;
        this.capability = capability;
        this.store = store;
        this.transactions = transactions;
        this.domainEvents = domainEvents;
        this.clock = clock;
    }

    /** The contingency at {@code at} as known at {@code knownAt}. */
    public MilitaryState stateAt(ForceCode force, Instant at, Instant knownAt) {
        forces.require(force);
        MilitaryState state = new MilitaryState.None();
        for (MilitaryEvent event : events(force)) {
            if (event.occurredAt().isAfter(at)) {
                break;
            }
            if (!event.recordedAt().isAfter(knownAt)) {
                state = state.apply(event.type(), event.occurredAt(), event.incident()).orThrow();
            }
        }
        return state;
    }

    public List<MilitaryEvent> events(ForceCode force) {
        ensureLoaded();
        return byForce.getOrDefault(force, List.of());
    }

    /**
     * Records a step. Who may take which: the force's strategic commander or the national coordinator (for the
     * Home Office) requests; the military liaison records the MoD's agreement; the strategic commander activates
     * and closes an incident; either stands down.
     */
    public Verdict<MilitaryState> record(Actor actor, ForceCode force, MilitaryEventType type, MilitaryTask task,
                                         String incident, String reason) {
        forces.require(force);
        permit(actor, force, type);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException("reason: a reason of at most 500 characters is required");
        }
        if (type == MilitaryEventType.REQUESTED && task == null) {
            throw new IllegalArgumentException("task: a request names the task (COUNTER_TERRORISM)");
        }
        if (type == MilitaryEventType.ACTIVATED && (incident == null || incident.isBlank())) {
            throw new IllegalArgumentException("incident: activation is against one named counter-terrorism incident");
        }
        Instant now = Precision.recorded(clock.instant());
        Instant at = actor.occurredAt() == null ? now : actor.occurredAt();
        Instant recordedAt = actor.recordedAt() == null ? now : actor.recordedAt();
        if (at.isAfter(now.plus(CLOCK_SKEW)) || recordedAt.isAfter(now)) {
            throw new IllegalArgumentException("occurredAt: a step cannot be recorded before it has happened");
        }
        ensureLoaded();
        writer.lock();
        AtomicBoolean handedOver = new AtomicBoolean();
        try {
            List<MilitaryEvent> history = events(force);
            if (!history.isEmpty() && at.isBefore(history.getLast().occurredAt())) {
                return Verdict.refused("InOrder", "a military step cannot be dated before the last recorded one ("
                        + history.getLast().occurredAt() + ")");
            }
            if (type == MilitaryEventType.REQUESTED && task != MilitaryTask.COUNTER_TERRORISM) {
                return Verdict.refused(COUNTER_TERRORISM_ONLY, "military support is for counter-terrorism only, never "
                        + "routine policing: " + task + " is refused");
            }
            CapabilityPicture picture = capability.picture(force, at, recordedAt);
            if (type == MilitaryEventType.ACTIVATED || type == MilitaryEventType.REQUESTED) {
                int gap = picture.counterTerrorism().shortfallAfterMutualAid();
                if (gap == 0) {
                    return Verdict.refused(NO_POLICING_RESPONSE, "the force's own and mutual-aid counter-terrorism "
                            + "officers meet the requirement (" + picture.counterTerrorism().required() + ") at " + at
                            + "; the military is used only when no appropriate policing response is available");
                }
            }
            MilitaryState current = stateAt(force, at, recordedAt);
            Verdict<MilitaryState> next = current.apply(type, at, incident);
            if (next instanceof Verdict.Refused<MilitaryState>) {
                return next;
            }
            MilitaryEvent event = new MilitaryEvent(nextId++, force, type, at, recordedAt, actor.username(), reason,
                    task, incident);
            transactions.run(() -> {
                store.insert(event);
                transactions.describe("military contingency of " + force + ": " + type);
                domainEvents.publish(new DecisionTaken(force.value(), decisionName(type), reason, actor.username(),
                        actor.role(), at, recordedAt, incident == null ? Map.of("state", next.orThrow().name())
                        : Map.of("state", next.orThrow().name(), "incident", incident)));
                handedOver.set(true);
                transactions.afterCompletion(committed -> {
                    try {
                        if (committed) {
                            add(event);
                        }
                    } finally {
                        writer.unlock();
                    }
                });
            });
            return next;
        } finally {
            if (!handedOver.get()) {
                writer.unlock();
            }
        }
    }

    /** The version of a force's contingency: how many steps are recorded on it. */
    public long version(ForceCode force) {
        forces.require(force);
        return events(force).size();
    }

    /**
     * Takes a step only if the force's contingency is still at a version the caller expects (HTTP If-Match);
     * otherwise a {@code StaleVersionException} says another step came first, and nothing is recorded.
     */
    public <T> T atVersion(ForceCode force, ExpectedVersion expected, java.util.function.Supplier<T> step) {
        ensureLoaded();
        writer.lock();
        try {
            expected.check(version(force), "the military contingency of " + force);
            return step.get();
        } finally {
            writer.unlock();
        }
    }

    private static void permit(Actor actor, ForceCode force, MilitaryEventType type) {
        if (!mayRecord(actor, force, type)) {
            throw new ForbiddenException(actor.role() + " cannot record " + type + " for " + force);
        }
    }

    /** Whether the actor's role may take this step for the force at all; the rules are checked when it is taken. */
    public static boolean mayRecord(Actor actor, ForceCode force, MilitaryEventType type) {
        boolean gold = "STRATEGIC_COMMANDER".equals(actor.role()) && actor.actsFor(force.value());
        boolean liaison = "MILITARY_LIAISON".equals(actor.role());
        boolean coordinator = "NATIONAL_COORDINATOR".equals(actor.role());
        return switch (type) {
            case REQUESTED -> gold || coordinator;
            case STANDBY_AGREED -> liaison;
            case ACTIVATED, INCIDENT_CLOSED -> gold;
            case STOOD_DOWN -> gold || liaison;
        };
    }

    private static String decisionName(MilitaryEventType type) {
        return switch (type) {
            case REQUESTED -> "REQUEST_MILITARY";
            case STANDBY_AGREED -> "MILITARY_STANDBY_AGREED";
            case ACTIVATED -> "ACTIVATE_MILITARY";
            case INCIDENT_CLOSED -> "MILITARY_INCIDENT_CLOSED";
            case STOOD_DOWN -> "STAND_DOWN_MILITARY";
        };
    }

    private synchronized void add(MilitaryEvent event) {
        Map<ForceCode, List<MilitaryEvent>> next = new HashMap<>(byForce);
        List<MilitaryEvent> events = new ArrayList<>(next.getOrDefault(event.force(), List.of()));
        events.add(event);
        events.sort(OCCURRENCE_ORDER);
        next.put(event.force(), List.copyOf(events));
        byForce = next;
    }

    private void ensureLoaded() {
        if (byForce != null) {
            return;
        }
        synchronized (this) {
            if (byForce != null) {
                return;
            }
            Map<ForceCode, List<MilitaryEvent>> loaded = new HashMap<>();
            store.loadAll(e -> loaded.computeIfAbsent(e.force(), f -> new ArrayList<>()).add(e));
            loaded.replaceAll((f, events) -> events.stream().sorted(OCCURRENCE_ORDER).toList());
            nextId = store.maxId() + 1;
            byForce = loaded;
        }
    }
}
