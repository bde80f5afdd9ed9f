package uk.arcs.officer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import uk.arcs.common.DomainEvents;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.Outcome;
import uk.arcs.common.Precision;
import uk.arcs.common.RowError;
import uk.arcs.common.Transactions;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.Unit;

/**
 * The officer registry and its append-only event log. Writes are all-or-nothing: every row is checked
 * against the rules before anything is stored, and every refusal is reported. Reads answer from
 * timelines held in memory, rebuilt from the log at start; one ARCS instance writes to a database.
 */
public final class OfficerRegistry {

    /** How far ahead an absence (booked leave) may be recorded. */
    static final Duration ABSENCE_HORIZON = Duration.ofDays(400);
    /** Clock skew tolerated for facts that must already have happened. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ForceDirectory forces;
    private final OfficerStore store;
    private final Transactions transactions;
    private final DomainEvents domainEvents;
    private final Clock clock;

    private final ReentrantLock writer = new ReentrantLock();
    private final ReadWriteLock memory = new ReentrantReadWriteLock();
    private final Map<ForceCode, TreeMap<Cipher, OfficerTimeline>> timelines = new HashMap<>();
    /** What each force's statuses are read from: the status lines of its officers. */
    private final Map<ForceCode, ForceStatusLines> statusLines = new HashMap<>();
    private volatile boolean loaded;
    private long nextId;

    public OfficerRegistry(ForceDirectory forces, OfficerStore store, Transactions transactions,
                           DomainEvents domainEvents, Clock clock) {
        this.forces = forces;
        this.store = store;
        this.transactions = transactions;
        this.domainEvents = domainEvents;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- writes ----

    /** Records events the caller has just observed, stamped with the registry's clock. */
    public Outcome<List<OfficerEvent>> record(ForceCode force, List<NewOfficerEvent> events, String recordedBy) {
        List<SubmittedEvent> submitted = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            submitted.add(SubmittedEvent.now("events", i + 1, events.get(i), recordedBy));
        }
        return write(force, List.of(), submitted);
    }

    /** Registers officers and records events in one all-or-nothing batch. */
    public Outcome<List<OfficerEvent>> write(ForceCode force, List<Officer> newOfficers, List<SubmittedEvent> events) {
        return write(force, newOfficers, events, false);
    }

    /**
     * Records rows as a person typed them (the API's events array, a change made on a page), all or nothing.
     * A row that cannot be read is reported together with every refusal of the rows that can, so one answer
     * names every fault. {@code source} names the rows in the refusals.
     */
    public Outcome<List<OfficerEvent>> recordRows(ForceCode force, String source, List<OfficerEventRow> rows,
                                                  String recordedBy) {
        return fromRows(force, source, rows, recordedBy, false);
    }

    /** Every reason {@link #recordRows} would refuse the rows for; records nothing. */
    public List<RowError> checkRows(ForceCode force, String source, List<OfficerEventRow> rows, String recordedBy) {
        return errors(fromRows(force, source, rows, recordedBy, true));
    }

    private Outcome<List<OfficerEvent>> fromRows(ForceCode force, String source, List<OfficerEventRow> rows,
                                                 String recordedBy, boolean checkOnly) {
        Force known = forces.find(force).orElseThrow(() -> new NotFoundException("unknown force " + force));
        List<RowError> errors = new ArrayList<>();
        List<SubmittedEvent> events = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OfficerEventRow row = rows.get(i);
            if (row == null) {
                errors.add(new RowError(source, i + 1, null, "the event is empty"));
                continue;
            }
            NewOfficerEvent event = row.parse(source, i + 1, known.zone(), errors);
            if (event != null) {
                events.add(SubmittedEvent.now(source, i + 1, event, recordedBy));
            }
        }
        if (!errors.isEmpty()) {
            errors.addAll(errors(write(force, List.of(), events, true)));
            errors.sort(Comparator.comparingInt(RowError::row));
            return Outcome.rejected(errors);
        }
        return write(force, List.of(), events, checkOnly);
    }

    private static List<RowError> errors(Outcome<List<OfficerEvent>> outcome) {
        return switch (outcome) {
            case Outcome.Rejected<List<OfficerEvent>> rejected -> rejected.errors();
            case Outcome.Recorded<List<OfficerEvent>> wouldRecord -> List.of();
        };
    }

    private Outcome<List<OfficerEvent>> write(ForceCode force, List<Officer> newOfficers, List<SubmittedEvent> events,
                                              boolean checkOnly) {
        Force known = forces.find(force).orElseThrow(() -> new NotFoundException("unknown force " + force));
        ensureLoaded();
        writer.lock();
        java.util.concurrent.atomic.AtomicBoolean handedOver = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            Instant now = Precision.recorded(clock.instant());
            List<RowError> errors = new ArrayList<>();
            Map<Cipher, OfficerTimeline> existing = timelines.getOrDefault(force, new TreeMap<>());
            Map<Cipher, Officer> registering = checkNewOfficers(known, newOfficers, existing, errors);

            Map<Long, Long> idsByLocalId = new HashMap<>();
            long id = nextId;
            List<Slot> slots = new ArrayList<>();
            for (SubmittedEvent submitted : events) {
                if (submitted.localId() != null && idsByLocalId.put(submitted.localId(), id) != null) {
                    errors.add(new RowError(submitted.source(), submitted.row(), "id",
                            "event id " + submitted.localId() + " appears twice in the batch"));
                }
                slots.add(new Slot(submitted, id++));
            }
            List<OfficerEvent> recorded = new ArrayList<>();
            Map<Long, Slot> slotById = new HashMap<>();
            for (Slot slot : slots) {
                OfficerEvent event = toRecorded(force, slot, idsByLocalId, now, errors);
                if (event != null) {
                    if (!existing.containsKey(event.cipher()) && !registering.containsKey(event.cipher())) {
                        errors.add(error(slot, "cipher", "unknown cipher " + event.cipher() + " in force " + force));
                        continue;
                    }
                    checkTiming(slot, event, now, errors);
                    recorded.add(event);
                    slotById.put(event.id(), slot);
                }
            }
            checkTimelines(existing, recorded, slotById, errors);
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparing(RowError::source).thenComparingInt(RowError::row));
                return Outcome.rejected(errors);
            }
            if (checkOnly) {
                return Outcome.recorded(recorded);
            }
            // The lock is held until the outermost transaction ends, so no other write is checked against
            // a log that is missing this batch; memory changes only if the batch was committed.
            long firstId = nextId;
            long afterLast = id;
            transactions.run(() -> {
                store.insertOfficers(List.copyOf(registering.values()));
                store.insertEvents(recorded);
                transactions.describe((registering.isEmpty() ? "" : registering.size() + " officers registered, ")
                        + recorded.size() + " officer events recorded for " + force);
                nextId = afterLast;
                handedOver.set(true);
                transactions.afterCompletion(committed -> {
                    try {
                        if (committed) {
                            apply(known, registering.values(), recorded);
                            domainEvents.publish(OfficerEventsRecorded.of(force, recorded, registering.size(), now));
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

    private record Slot(SubmittedEvent submitted, long id) {
    }

    private static RowError error(Slot slot, String field, String message) {
        return new RowError(slot.submitted().source(), slot.submitted().row(), field, message);
    }

    private Map<Cipher, Officer> checkNewOfficers(Force force, List<Officer> newOfficers,
                                                  Map<Cipher, OfficerTimeline> existing, List<RowError> errors) {
        Set<String> units = new HashSet<>();
        for (Unit unit : forces.units(force.code())) {
            units.add(unit.code());
        }
        Map<Cipher, Officer> registering = new LinkedHashMap<>();
        for (int i = 0; i < newOfficers.size(); i++) {
            Officer officer = newOfficers.get(i);
            int row = i + 1;
            if (!officer.force().equals(force.code())) {
                errors.add(new RowError("officers", row, "force", "officer belongs to " + officer.force()
                        + ", not " + force.code()));
            } else if (existing.containsKey(officer.cipher()) || registering.containsKey(officer.cipher())) {
                errors.add(new RowError("officers", row, "cipher", "cipher " + officer.cipher()
                        + " is already in use in " + force.code()));
            } else if (!units.contains(officer.unit())) {
                errors.add(new RowError("officers", row, "unit", "unknown unit " + officer.unit() + " in " + force.code()));
            } else if (officer.team() != null && officer.team() > force.shiftPattern().teams()) {
                errors.add(new RowError("officers", row, "team", "team " + officer.team() + " is not on the rota of "
                        + force.shiftPattern().teams() + " teams"));
            } else {
                registering.put(officer.cipher(), officer);
            }
        }
        return registering;
    }

    private OfficerEvent toRecorded(ForceCode force, Slot slot, Map<Long, Long> idsByLocalId, Instant now,
                                    List<RowError> errors) {
        SubmittedEvent submitted = slot.submitted();
        NewOfficerEvent event = submitted.event();
        if (submitted.correctsWithinBatch()) {
            Long target = idsByLocalId.get(event.details().corrects());
            if (target == null) {
                errors.add(error(slot, "corrects", "event id " + event.details().corrects() + " is not in the batch"));
                return null;
            }
            event = new NewOfficerEvent(event.cipher(), event.type(), event.occurredAt(), event.reason(),
                    EventDetails.correcting(target));
        }
        Instant recordedAt = submitted.recordedAt() == null ? now : submitted.recordedAt();
        if (recordedAt.isAfter(now)) {
            errors.add(error(slot, "recordedAt", "an event cannot be recorded in the future"));
            return null;
        }
        return OfficerEvent.recorded(slot.id(), force, event, recordedAt, submitted.recordedBy());
    }

    private static void checkTiming(Slot slot, OfficerEvent event, Instant now, List<RowError> errors) {
        boolean planned = event.type().category() == OfficerEventType.Category.AVAILABILITY;
        Instant latest = planned ? now.plus(ABSENCE_HORIZON) : now.plus(CLOCK_SKEW);
        if (event.occurredAt().isAfter(latest)) {
            errors.add(error(slot, "occurredAt", planned
                    ? "an absence can be booked at most " + ABSENCE_HORIZON.toDays() + " days ahead"
                    : event.type() + " cannot be recorded before it has happened"));
        }
    }

    private void checkTimelines(Map<Cipher, OfficerTimeline> existing, List<OfficerEvent> recorded, Map<Long, Slot> slotById, List<RowError> errors) {
        Map<Cipher, List<OfficerEvent>> byOfficer = new TreeMap<>();
        for (OfficerEvent event : recorded) {
            byOfficer.computeIfAbsent(event.cipher(), c -> new ArrayList<>()).add(event);
        }
        for (Map.Entry<Cipher, List<OfficerEvent>> entry : byOfficer.entrySet()) {
            OfficerTimeline timeline = existing.get(entry.getKey());
            List<OfficerEvent> effective = timeline == null ? new ArrayList<>() : new ArrayList<>(timeline.effectiveEvents());
            Set<Long> batchIds = new HashSet<>();
            entry.getValue().forEach(e -> batchIds.add(e.id()));
            Set<Long> voided = new HashSet<>();
            boolean ok = true;
            for (OfficerEvent event : entry.getValue()) {
                if (event.type() != OfficerEventType.RECORDED_IN_ERROR) {
                    continue;
                }
                long target = event.details().corrects();
                boolean known = batchIds.contains(target) || (timeline != null && timeline.contains(target));
                OfficerEvent targetEvent = entry.getValue().stream().filter(e -> e.id() == target).findFirst()
                        .orElse(effective.stream().filter(e -> e.id() == target).findFirst().orElse(null));
                String refusal = null;
                if (!known) {
                    refusal = "event " + target + " is not an event of officer " + event.cipher();
                } else if (timeline != null && timeline.isVoided(target) || !voided.add(target)) {
                    refusal = "event " + target + " has already been corrected";
                } else if (targetEvent == null || targetEvent.type() == OfficerEventType.RECORDED_IN_ERROR) {
                    refusal = "a correction cannot itself be corrected; record the fact again instead";
                }
                if (refusal != null) {
                    errors.add(error(slotById.get(event.id()), "corrects", refusal));
                    ok = false;
                }
            }
            if (!ok) {
                continue;
            }
            for (OfficerEvent event : entry.getValue()) {
                if (event.type() != OfficerEventType.RECORDED_IN_ERROR) {
                    effective.add(event);
                }
            }
            effective.removeIf(e -> voided.contains(e.id()));
            effective.sort(OfficerTimeline.OCCURRENCE_ORDER);
            TimelineRules.firstViolation(effective).ifPresent(violation ->
                    errors.add(blame(violation, entry.getValue(), slotById, entry.getKey())));
        }
    }

    /** A violation is reported on the submitted row that caused it, even when the event it breaks was already recorded. */
    private static RowError blame(TimelineRules.Violation violation, List<OfficerEvent> submitted,
                                  Map<Long, Slot> slotById, Cipher cipher) {
        Slot own = slotById.get(violation.event().id());
        if (own != null) {
            return error(own, "type", cipher + ": " + violation.reason());
        }
        OfficerEvent culprit = submitted.stream()
                .filter(e -> OfficerTimeline.OCCURRENCE_ORDER.compare(e, violation.event()) < 0)
                .max(OfficerTimeline.OCCURRENCE_ORDER)
                .orElse(submitted.getFirst());
        OfficerEvent broken = violation.event();
        return error(slotById.get(culprit.id()), "occurredAt", cipher + ": this change would make the recorded "
                + broken.type() + " of " + broken.occurredAt() + " (event " + broken.id() + ") illegal: "
                + violation.reason());
    }

    private void apply(Force force, Collection<Officer> newOfficers, List<OfficerEvent> recorded) {
        memory.writeLock().lock();
        try {
            TreeMap<Cipher, OfficerTimeline> forceTimelines = timelines.computeIfAbsent(force.code(), f -> new TreeMap<>());
            for (Officer officer : newOfficers) {
                forceTimelines.put(officer.cipher(), new OfficerTimeline(officer, force.zone()));
            }
            Map<Cipher, List<OfficerEvent>> byOfficer = new HashMap<>();
            for (OfficerEvent event : recorded) {
                byOfficer.computeIfAbsent(event.cipher(), c -> new ArrayList<>()).add(event);
            }
            byOfficer.forEach((cipher, events) -> forceTimelines.get(cipher).addAll(events));
            ForceStatusLines lines = statusLines.getOrDefault(force.code(), ForceStatusLines.NONE);
            statusLines.put(force.code(), newOfficers.isEmpty() ? lines.withChanged(byOfficer.keySet())
                    : lines.withOfficers(List.copyOf(forceTimelines.values()), byOfficer.keySet()));
        } finally {
            memory.writeLock().unlock();
        }
    }

    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        writer.lock();
        try {
            if (loaded) {
                return;
            }
            Map<ForceCode, Map<Cipher, List<OfficerEvent>>> events = new HashMap<>();
            store.loadEvents(event -> events.computeIfAbsent(event.force(), f -> new HashMap<>())
                    .computeIfAbsent(event.cipher(), c -> new ArrayList<>()).add(event));
            Map<ForceCode, ZoneId> zones = new HashMap<>();
            memory.writeLock().lock();
            try {
                timelines.clear();
                for (Officer officer : store.loadOfficers()) {
                    ZoneId zone = zones.computeIfAbsent(officer.force(), code -> forces.require(code).zone());
                    OfficerTimeline timeline = new OfficerTimeline(officer, zone);
                    timeline.addAll(events.getOrDefault(officer.force(), Map.of()).getOrDefault(officer.cipher(), List.of()));
                    timelines.computeIfAbsent(officer.force(), f -> new TreeMap<>()).put(officer.cipher(), timeline);
                }
                statusLines.clear();
                timelines.forEach((code, forceTimelines) -> statusLines.put(code,
                        ForceStatusLines.NONE.withOfficers(List.copyOf(forceTimelines.values()), Set.of())));
            } finally {
                memory.writeLock().unlock();
            }
            nextId = store.maxEventId() + 1;
            loaded = true;
        } finally {
            writer.unlock();
        }
    }

    // ---- reads ----

    /** Every registered officer of the force as recorded at {@code at}, as known at {@code knownAt}. */
    public OfficerStates statusesAt(ForceCode force, Instant at, Instant knownAt) {
        forces.require(force);
        ensureLoaded();
        memory.readLock().lock();
        try {
            return statusLines.getOrDefault(force, ForceStatusLines.NONE).statusesAt(at, knownAt);
        } finally {
            memory.readLock().unlock();
        }
    }

    /** Every accreditation held in date at {@code at} by the force's officers, with its valid-until date. */
    public List<AccreditationExpiry> expiriesAt(ForceCode force, Instant at, Instant knownAt) {
        forces.require(force);
        ensureLoaded();
        memory.readLock().lock();
        try {
            List<AccreditationExpiry> expiries = new ArrayList<>();
            for (OfficerTimeline timeline : timelines.getOrDefault(force, new TreeMap<>()).values()) {
                expiries.addAll(timeline.expiriesAt(at, knownAt));
            }
            return expiries;
        } finally {
            memory.readLock().unlock();
        }
    }

    public Optional<OfficerStatus> statusAt(ForceCode force, Cipher cipher, Instant at, Instant knownAt) {
        forces.require(force);
        ensureLoaded();
        memory.readLock().lock();
        try {
            return statusLines.getOrDefault(force, ForceStatusLines.NONE).statusAt(cipher, at, knownAt);
        } finally {
            memory.readLock().unlock();
        }
    }

    /** The accreditations the officer holds at {@code at}, in date or lapsed, each with its valid-until date. */
    public List<AccreditationExpiry> accreditationsAt(ForceCode force, Cipher cipher, Instant at, Instant knownAt) {
        return fromTimeline(force, cipher, t -> t.heldAt(at, knownAt))
                .orElseThrow(() -> new NotFoundException("no officer " + cipher + " in " + force));
    }

    /** Every event recorded about the officer, corrections included, in occurrence order. */
    public List<OfficerEvent> history(ForceCode force, Cipher cipher) {
        return fromTimeline(force, cipher, OfficerTimeline::history)
                .orElseThrow(() -> new NotFoundException("no officer " + cipher + " in " + force));
    }

    public List<Officer> officers(ForceCode force) {
        ensureLoaded();
        memory.readLock().lock();
        try {
            return timelines.getOrDefault(force, new TreeMap<>()).values().stream().map(OfficerTimeline::officer).toList();
        } finally {
            memory.readLock().unlock();
        }
    }

    /** The force's whole log in recording order: what an export writes. */
    public List<OfficerEvent> events(ForceCode force) {
        ensureLoaded();
        memory.readLock().lock();
        try {
            List<OfficerEvent> all = new ArrayList<>();
            for (OfficerTimeline timeline : timelines.getOrDefault(force, new TreeMap<>()).values()) {
                all.addAll(timeline.history());
            }
            all.sort(Comparator.comparingLong(OfficerEvent::id));
            return all;
        } finally {
            memory.readLock().unlock();
        }
    }

    /** Reads the officer's timeline under the read lock, so that no commit changes it halfway through. */
    private <T> Optional<T> fromTimeline(ForceCode force, Cipher cipher, Function<OfficerTimeline, T> read) {
        ensureLoaded();
        memory.readLock().lock();
        try {
            return Optional.ofNullable(timelines.getOrDefault(force, new TreeMap<>()).get(cipher)).map(read);
        } finally {
            memory.readLock().unlock();
        }
    }
}
