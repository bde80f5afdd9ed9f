package uk.arcs.mutualaid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.arcs.capability.AidLedger;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;

/**
 * The mutual aid log held in memory, rebuilt from the store at start: every request as it stood at any
 * instant, as known at any instant, and the ledger of who is deployed where that the picture reads.
 */
public final class AidLog implements AidLedger {

    static final Comparator<AidEvent> OCCURRENCE_ORDER =
            Comparator.comparing(AidEvent::occurredAt).thenComparingLong(AidEvent::id);

    private final AidStore store;
    private volatile Map<Long, List<AidEvent>> byRequest;
    private long nextId;
    private long nextOfferId;

    public AidLog(AidStore store) {
        this.store = store;
    }

    synchronized long allocateId() {
        ensureLoaded();
        return nextId++;
    }

    synchronized long allocateOfferId() {
        ensureLoaded();
        return nextOfferId++;
    }

    /** Adds a committed event. */
    synchronized void add(AidEvent event) {
        ensureLoaded();
        Map<Long, List<AidEvent>> next = new TreeMap<>(byRequest);
        List<AidEvent> events = new ArrayList<>(next.getOrDefault(event.requestId(), List.of()));
        events.add(event);
        events.sort(OCCURRENCE_ORDER);
        next.put(event.requestId(), List.copyOf(events));
        byRequest = next;
    }

    /** Every request made by {@code at}, as it stood then, as known at {@code knownAt}. */
    public List<MutualAidRequest> requestsAt(Instant at, Instant knownAt) {
        ensureLoaded();
        List<MutualAidRequest> requests = new ArrayList<>();
        for (List<AidEvent> events : byRequest.values()) {
            List<AidEvent> visible = events.stream().filter(e -> e.visibleAt(at, knownAt)).toList();
            if (!visible.isEmpty() && visible.getFirst().type() == AidEventType.REQUESTED) {
                requests.add(MutualAidRequest.fold(visible));
            }
        }
        return requests;
    }

    /** The request as everything recorded says, or empty if there is none with that id. */
    public Optional<MutualAidRequest> current(long requestId) {
        ensureLoaded();
        List<AidEvent> events = byRequest.get(requestId);
        return events == null ? Optional.empty() : Optional.of(MutualAidRequest.fold(events));
    }

    List<AidEvent> events(long requestId) {
        ensureLoaded();
        return byRequest.getOrDefault(requestId, List.of());
    }


    @Override
    public Set<Cipher> lentOut(ForceCode force, Instant at, Instant knownAt) {
        Set<Cipher> lent = new HashSet<>();
        for (MutualAidRequest request : requestsAt(at, knownAt)) {
            for (Offer offer : request.offers()) {
                if (offer.donor().equals(force) && offer.deployedAt(at)) {
                    lent.addAll(offer.named());
                }
            }
        }
        return lent;
    }

    @Override
    public List<AidOfficer> received(ForceCode force, Instant at, Instant knownAt) {
        List<AidOfficer> received = new ArrayList<>();
        for (MutualAidRequest request : requestsAt(at, knownAt)) {
            if (!request.requester().equals(force)) {
                continue;
            }
            for (Offer offer : request.offers()) {
                if (offer.deployedAt(at)) {
                    boolean counterTerrorism = request.counterTerrorism() && offer.releasedForCounterTerrorism();
                    offer.named().forEach(c -> received.add(new AidOfficer(offer.donor(), c, counterTerrorism)));
                }
            }
        }
        return received;
    }

    private void ensureLoaded() {
        if (byRequest != null) {
            return;
        }
        synchronized (this) {
            if (byRequest != null) {
                return;
            }
            Map<Long, List<AidEvent>> loaded = new TreeMap<>();
            store.loadAll(e -> loaded.computeIfAbsent(e.requestId(), id -> new ArrayList<>()).add(e));
            loaded.replaceAll((id, events) -> events.stream().sorted(OCCURRENCE_ORDER).toList());
            nextId = store.maxId() + 1;
            nextOfferId = store.maxOfferId() + 1;
            byRequest = loaded;
        }
    }
}
