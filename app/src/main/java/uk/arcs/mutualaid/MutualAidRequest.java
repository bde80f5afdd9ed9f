package uk.arcs.mutualaid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ForceCode;

/**
 * A request from one force for officers of an accreditation for a period, with the shortfall it answered
 * when it was made, the forces asked, their declines and offers. Folded from its events.
 */
public record MutualAidRequest(long id, ForceCode requester, Accreditation accreditation, int officers, Instant from,
                               Instant until, boolean counterTerrorism, String reason, int shortfallAtRequest,
                               Instant requestedAt, String requestedBy, List<ForceCode> asked, List<Decline> declines,
                               List<Offer> offers, Instant closedAt) {

    public record Decline(ForceCode donor, Instant at, String reason) {
    }

    public boolean open() {
        return closedAt == null;
    }

    public int officersDeployedAt(Instant at) {
        return offers.stream().filter(o -> o.deployedAt(at)).mapToInt(o -> o.named().size()).sum();
    }

    public int officersOffered() {
        return offers.stream().filter(o -> !(o.stage() instanceof OfferStage.Refused)).mapToInt(Offer::officers).sum();
    }

    public Offer offer(long offerId) {
        return offers.stream().filter(o -> o.id() == offerId).findFirst()
                .orElseThrow(() -> new uk.arcs.common.NotFoundException("no offer " + offerId + " on request " + id));
    }

    /** The request as its events (all of one request, in occurrence order) describe it. */
    static MutualAidRequest fold(List<AidEvent> events) {
        AidEvent first = events.getFirst();
        if (first.type() != AidEventType.REQUESTED) {
            throw new IllegalStateException("request " + first.requestId() + " does not start with REQUESTED");
        }
        List<ForceCode> asked = new ArrayList<>();
        List<Decline> declines = new ArrayList<>();
        Map<Long, Offer> offers = new LinkedHashMap<>();
        Instant closed = null;
        for (AidEvent e : events.subList(1, events.size())) {
            switch (e.type()) {
                case REQUESTED -> throw new IllegalStateException("request " + e.requestId() + " requested twice");
                case ASKED -> {
                    if (!asked.contains(e.donor())) {
                        asked.add(e.donor());
                    }
                }
                case DECLINED -> declines.add(new Decline(e.donor(), e.occurredAt(), e.reason()));
                case OFFERED -> offers.put(e.offerId(), new Offer(e.offerId(), e.donor(), e.officers(),
                        Boolean.TRUE.equals(e.counterTerrorism()), e.occurredAt(), List.of(), null,
                        new OfferStage.Offered()));
                case OFFICERS_NAMED -> offers.computeIfPresent(e.offerId(), (id, o) -> o.withNamed(e.ciphers(), e.override()));
                case OFFER_ACCEPTED -> offers.computeIfPresent(e.offerId(),
                        (id, o) -> o.withStage(o.stage().accept(e.occurredAt()).orThrow()));
                case OFFER_REFUSED -> offers.computeIfPresent(e.offerId(),
                        (id, o) -> o.withStage(o.stage().refuse(e.occurredAt(), e.reason()).orThrow()));
                case DEPLOYED -> offers.computeIfPresent(e.offerId(),
                        (id, o) -> o.withStage(o.stage().deploy(e.from(), e.until()).orThrow()));
                case STOOD_DOWN -> offers.computeIfPresent(e.offerId(),
                        (id, o) -> o.withStage(o.stage().standDown(e.occurredAt()).orThrow()));
                case REQUEST_CLOSED -> closed = e.occurredAt();
            }
        }
        return new MutualAidRequest(first.requestId(), first.requester(), first.accreditation(), first.officers(),
                first.from(), first.until(), Boolean.TRUE.equals(first.counterTerrorism()), first.reason(),
                first.shortfall(), first.occurredAt(), first.recordedBy(), asked, declines,
                new ArrayList<>(offers.values()), closed);
    }
}
