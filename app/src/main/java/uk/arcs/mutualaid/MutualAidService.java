package uk.arcs.mutualaid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.Actor;
import uk.arcs.common.DecisionTaken;
import uk.arcs.common.DomainEvents;
import uk.arcs.common.ExpectedVersion;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.Precision;
import uk.arcs.common.Transactions;
import uk.arcs.common.Verdict;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.ShiftInstance;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStatus;

/**
 * Mutual aid between forces: a force requests officers, the national coordinator asks donor forces, donors
 * offer (and name their officers) or decline, the requester accepts or refuses, deploys and stands down.
 * Every step is checked against named rules, recorded as an append-only event and logged as a decision in
 * the same transaction.
 */
public final class MutualAidService {

    public static final String COORDINATOR = "NATIONAL_COORDINATOR";
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Duration LONGEST_REQUEST = Duration.ofDays(31);

    private final ForceDirectory forces;
    private final OfficerRegistry officers;
    private final CapabilityService capability;
    private final AidLog log;
    private final AidStore store;
    private final Transactions transactions;
    private final DomainEvents domainEvents;
    private final Clock clock;
    private final ReentrantLock writer = new ReentrantLock();

    public MutualAidService(ForceDirectory forces, OfficerRegistry officers, CapabilityService capability, AidLog log,
                            AidStore store, Transactions transactions, DomainEvents domainEvents, Clock clock) {
        this.forces = forces;
        this.officers = officers;
        this.capability = capability;
        this.log = log;
        this.store = store;
        this.transactions = transactions;
        this.domainEvents = domainEvents;
        this.clock = clock;
    }

    /** The terms of a request; they check themselves. */
    public record Terms(Accreditation accreditation, int officers, Instant from, Instant until, boolean counterTerrorism,
                        String reason) {
        public Terms {
            if (accreditation == null) {
                throw new IllegalArgumentException("accreditation: a request names the accreditation it needs");
            }
            if (officers < 1 || officers > 500) {
                throw new IllegalArgumentException("officers: between 1 and 500 officers can be requested");
            }
            if (from == null || until == null || !until.isAfter(from)) {
                throw new IllegalArgumentException("until: the period must end after it starts");
            }
            if (Duration.between(from, until).compareTo(LONGEST_REQUEST) > 0) {
                throw new IllegalArgumentException("until: a request covers at most 31 days; make another for longer");
            }
            if (reason == null || reason.isBlank() || reason.length() > 500) {
                throw new IllegalArgumentException("reason: a reason of at most 500 characters is required");
            }
            from = Precision.recorded(from);
            until = Precision.recorded(until);
        }
    }

    // ---------------------------------------------------------------- the requesting force

    public Verdict<MutualAidRequest> request(Actor actor, ForceCode requester, Terms terms) {
        Force force = forces.require(requester);
        if (!actor.actsFor(force.code().value())) {
            throw new ForbiddenException("only " + requester + " can request mutual aid for " + requester);
        }
        return locked(() -> {
            Instant at = occurredAt(actor);
            CapabilityPicture picture = capability.picture(requester, at, recordedAt(actor));
            int shortfall = terms.counterTerrorism()
                    ? picture.counterTerrorism().shortfallAfterMutualAid()
                    : picture.capabilities().stream().filter(c -> c.accreditation() == terms.accreditation())
                            .mapToInt(CapabilityPicture.Capability::shortfallAfterMutualAid).sum();
            long id = log.allocateId();
            AidEvent event = new AidEvent(id, id, null, AidEventType.REQUESTED, at, recordedAt(actor), actor.username(),
                    terms.reason(), requester, terms.accreditation(), terms.officers(), terms.from(), terms.until(),
                    terms.counterTerrorism(), shortfall, null, List.of(), null);
            return append(actor, null, event, requester, "REQUEST_AID", terms.reason(),
                    Map.of("request", Long.toString(id), "accreditation", terms.accreditation().name(),
                            "officers", Integer.toString(terms.officers()), "shortfall", Integer.toString(shortfall)));
        });
    }

    public Verdict<MutualAidRequest> accept(Actor actor, long requestId, long offerId, String rationale) {
        return requesterStep(actor, requestId, offerId, rationale, AidEventType.OFFER_ACCEPTED, "ACCEPT_OFFER",
                (request, offer) -> offer.stage().accept(occurredAt(actor)));
    }

    public Verdict<MutualAidRequest> refuse(Actor actor, long requestId, long offerId, String rationale) {
        return requesterStep(actor, requestId, offerId, rationale, AidEventType.OFFER_REFUSED, "REFUSE_OFFER",
                (request, offer) -> offer.stage().refuse(occurredAt(actor), rationale));
    }

    public Verdict<MutualAidRequest> deploy(Actor actor, long requestId, long offerId, Instant from, Instant until,
                                            String rationale) {
        if (from == null || until == null || !until.isAfter(from)) {
            throw new IllegalArgumentException("until: a deployment must end after it starts");
        }
        return requesterStep(actor, requestId, offerId, rationale, AidEventType.DEPLOYED, "DEPLOY_AID",
                (request, offer) -> {
                    if (offer.named().isEmpty()) {
                        return Verdict.refused("NamedOfficers", "the donor has not named the officers it sends yet");
                    }
                    if (from.isBefore(request.from()) || until.isAfter(request.until())) {
                        return Verdict.refused("DeploymentWithinRequest", "a deployment must fall within the request's "
                                + "period (" + request.from() + " to " + request.until() + ")");
                    }
                    return offer.stage().deploy(Precision.recorded(from), Precision.recorded(until));
                }, from, until);
    }

    public Verdict<MutualAidRequest> standDown(Actor actor, long requestId, long offerId, String rationale) {
        return requesterStep(actor, requestId, offerId, rationale, AidEventType.STOOD_DOWN, "STAND_DOWN_AID",
                (request, offer) -> offer.stage().standDown(occurredAt(actor)));
    }

    public Verdict<MutualAidRequest> close(Actor actor, long requestId, String rationale) {
        MutualAidRequest request = existing(requestId);
        requireRequester(actor, request);
        return locked(() -> {
            MutualAidRequest current = existing(requestId);
            if (!current.open()) {
                return Verdict.refused("OpenRequest", "request " + requestId + " is closed already");
            }
            if (current.offers().stream().anyMatch(o -> o.stage() instanceof OfferStage.Deployed)) {
                return Verdict.refused("StandDownFirst", "officers are still deployed on request " + requestId
                        + "; stand them down before closing it");
            }
            AidEvent event = event(actor, current, null, AidEventType.REQUEST_CLOSED, rationale, null, null, null);
            return append(actor, current, event, current.requester(), "CLOSE_REQUEST", rationale,
                    Map.of("request", Long.toString(requestId)));
        });
    }

    // ---------------------------------------------------------------- the national coordinator

    public Verdict<MutualAidRequest> ask(Actor actor, long requestId, List<ForceCode> donors, String rationale) {
        if (!COORDINATOR.equals(actor.role())) {
            throw new ForbiddenException("only the national coordinator asks donor forces");
        }
        if (donors == null || donors.isEmpty()) {
            throw new IllegalArgumentException("donors: name at least one force to ask");
        }
        donors.forEach(forces::require);
        return locked(() -> {
            MutualAidRequest request = existing(requestId);
            if (!request.open()) {
                return Verdict.refused("OpenRequest", "request " + requestId + " is closed");
            }
            if (donors.contains(request.requester())) {
                return Verdict.refused("DonorIsAnotherForce", request.requester() + " cannot lend officers to itself");
            }
            return transactions.inTransaction(() -> askEach(actor, request, donors, rationale));
        });
    }

    /** Asks each donor in turn, in the caller's transaction, so that either every donor is asked or none is. */
    private Verdict<MutualAidRequest> askEach(Actor actor, MutualAidRequest request, List<ForceCode> donors,
                                              String rationale) {
        Verdict<MutualAidRequest> last = Verdict.done(request);
        for (ForceCode donor : donors) {
            AidEvent event = new AidEvent(log.allocateId(), request.id(), null, AidEventType.ASKED, occurredAt(actor),
                    recordedAt(actor), actor.username(), rationale, null, null, null, null, null, null, null, donor,
                    List.of(), null);
            last = append(actor, request, event, request.requester(), "ASK_DONORS", rationale,
                    Map.of("request", Long.toString(request.id()), "donor", donor.value()));
            if (last instanceof Verdict.Refused<MutualAidRequest> refused) {
                throw new uk.arcs.common.RuleRefusedException(refused.rule(), refused.reason());
            }
        }
        return last;
    }

    // ---------------------------------------------------------------- donor forces

    public Verdict<MutualAidRequest> offer(Actor actor, long requestId, int count, boolean releasedForCounterTerrorism,
                                           String rationale) {
        ForceCode donor = donorOf(actor);
        return locked(() -> {
            MutualAidRequest request = existing(requestId);
            Optional<Verdict<MutualAidRequest>> refusal = donorMayAnswer(request, donor);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            if (count < 1 || count > request.officers()) {
                return Verdict.refused("OfferedNumber", "an offer is between 1 and the " + request.officers()
                        + " officers requested");
            }
            if (releasedForCounterTerrorism && !request.counterTerrorism()) {
                return Verdict.refused("CounterTerrorismRelease", "officers can be released for counter-terrorism "
                        + "work only against a counter-terrorism request");
            }
            long offerId = log.allocateOfferId();
            AidEvent event = new AidEvent(log.allocateId(), requestId, offerId, AidEventType.OFFERED, occurredAt(actor),
                    recordedAt(actor), actor.username(), rationale, null, null, count, null, null,
                    releasedForCounterTerrorism, null, donor, List.of(), null);
            return append(actor, request, event, donor, "OFFER_AID", rationale, Map.of("request", Long.toString(requestId),
                    "offer", Long.toString(offerId), "officers", Integer.toString(count)));
        });
    }

    public Verdict<MutualAidRequest> decline(Actor actor, long requestId, String reason) {
        ForceCode donor = donorOf(actor);
        return locked(() -> {
            MutualAidRequest request = existing(requestId);
            Optional<Verdict<MutualAidRequest>> refusal = donorMayAnswer(request, donor);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            AidEvent event = new AidEvent(log.allocateId(), requestId, null, AidEventType.DECLINED, occurredAt(actor),
                    recordedAt(actor), actor.username(), reason, null, null, null, null, null, null, null, donor,
                    List.of(), null);
            return append(actor, request, event, donor, "DECLINE_AID", reason, Map.of("request", Long.toString(requestId)));
        });
    }

    /**
     * The donor names who it sends. Each must be authorised and accredited for the request when the
     * deployment starts, committed to no other request then, and lending them must not take the donor below
     * its own posture in any shift of the period, unless its commander overrides with a recorded reason.
     */
    public Verdict<MutualAidRequest> nameOfficers(Actor actor, long requestId, long offerId, List<Cipher> ciphers,
                                                  String postureOverride, String rationale) {
        ForceCode donor = donorOf(actor);
        if (ciphers == null || ciphers.isEmpty()) {
            throw new IllegalArgumentException("ciphers: name at least one officer");
        }
        return locked(() -> {
            MutualAidRequest request = existing(requestId);
            Offer offer = request.offer(offerId);
            if (!offer.donor().equals(donor)) {
                throw new ForbiddenException("offer " + offerId + " is " + offer.donor() + "'s, not " + donor + "'s");
            }
            if (!request.open()) {
                return Verdict.refused("OpenRequest", "request " + requestId + " is closed");
            }
            if (!offer.stage().namingOpen()) {
                return Verdict.refused(OfferStage.RULE, "officers can be named only on an OFFERED or ACCEPTED offer, not "
                        + offer.stage().name());
            }
            if (new HashSet<>(ciphers).size() != ciphers.size() || ciphers.size() > offer.officers()) {
                return Verdict.refused("OfferedNumber", "name up to the " + offer.officers()
                        + " officers offered, each once");
            }
            Instant start = later(request.from(), occurredAt(actor));
            Instant known = recordedAt(actor);
            List<String> unfit = new ArrayList<>();
            for (Cipher cipher : ciphers) {
                Optional<OfficerStatus> status = officers.statusAt(donor, cipher, start, known);
                if (status.isEmpty()) {
                    unfit.add(cipher + " is not an officer of " + donor);
                } else if (status.get().status() != AuthorisationStatus.AUTHORISED
                        || !status.get().validAccreditations().contains(request.accreditation())) {
                    unfit.add(cipher + " is " + status.get().status() + " and holds "
                            + status.get().validAccreditations() + " at " + start);
                }
            }
            if (!unfit.isEmpty()) {
                return Verdict.refused("AuthorisedAndAccredited", "only officers authorised and accredited "
                        + request.accreditation() + " when the deployment starts can be offered: " + String.join("; ", unfit));
            }
            Set<Cipher> committed = committedElsewhere(donor, requestId, offerId, request.from(), request.until());
            List<Cipher> clash = ciphers.stream().filter(committed::contains).toList();
            if (!clash.isEmpty()) {
                return Verdict.refused("NotAlreadyCommitted", clash + " are already committed to another request "
                        + "in this period");
            }
            boolean override = postureOverride != null && !postureOverride.isBlank();
            Optional<String> broken = postureBrokenByLending(donor, new HashSet<>(ciphers), start, request.until(), known);
            if (broken.isPresent() && !override) {
                return Verdict.refused("DonorPosture", "lending these officers would take " + donor
                        + " below its own posture (" + broken.get() + "); a commander may override with a recorded reason");
            }
            AidEvent event = new AidEvent(log.allocateId(), requestId, offerId, AidEventType.OFFICERS_NAMED,
                    occurredAt(actor), known, actor.username(), rationale, null, null, ciphers.size(), null, null, null,
                    null, donor, ciphers, override ? postureOverride : null);
            Map<String, String> references = Map.of("request", Long.toString(requestId), "offer", Long.toString(offerId),
                    "officers", Integer.toString(ciphers.size()));
            if (broken.isPresent()) {
                domainEvents.publish(new DecisionTaken(donor.value(), "OVERRIDE_POSTURE", postureOverride,
                        actor.username(), actor.role(), occurredAt(actor), known, Map.of("request",
                        Long.toString(requestId), "offer", Long.toString(offerId), "postureBroken", broken.get())));
            }
            return append(actor, request, event, donor, "NAME_OFFICERS", rationale, references);
        });
    }

    // ---------------------------------------------------------------- optimistic concurrency

    /** A request's version: how many steps are recorded on it. Two commanders reading it see the same version. */
    public long version(long requestId) {
        existing(requestId);
        return log.events(requestId).size();
    }

    /**
     * Takes a step only if the request is still at a version the commander expects (HTTP If-Match), so a commander
     * who acted on what another has just changed is told so, with a {@code StaleVersionException}, and nothing is
     * recorded. The check and the step hold the writer lock together.
     */
    public <T> T atVersion(long requestId, ExpectedVersion expected, Supplier<T> step) {
        return locked(() -> {
            expected.check(version(requestId), "mutual aid request " + requestId);
            return step.get();
        });
    }

    // ---------------------------------------------------------------- reads

    /** Who is asking: a force's user sees its own requests and those it was asked about; the coordinator sees all. */
    public record Viewer(String role, ForceCode force) {
    }

    public List<MutualAidRequest> requests(Viewer viewer, Instant at, Instant knownAt) {
        return log.requestsAt(at, knownAt).stream().filter(r -> mayView(viewer, r)).toList();
    }

    public MutualAidRequest request(Viewer viewer, long requestId) {
        MutualAidRequest request = existing(requestId);
        if (!mayView(viewer, request)) {
            throw new NotFoundException("no mutual aid request " + requestId);
        }
        return request;
    }

    private static boolean mayView(Viewer viewer, MutualAidRequest request) {
        return COORDINATOR.equals(viewer.role()) || request.requester().equals(viewer.force())
                || request.asked().contains(viewer.force())
                || request.offers().stream().anyMatch(o -> o.donor().equals(viewer.force()));
    }

    /** A force's own officers deployed to another force at {@code at}. */
    public record Loan(long request, long offer, ForceCode requester, Accreditation accreditation, List<Cipher> officers,
                       String stage) {
    }

    public List<Loan> loansAt(ForceCode donor, Instant at, Instant knownAt) {
        List<Loan> loans = new ArrayList<>();
        for (MutualAidRequest request : log.requestsAt(at, knownAt)) {
            for (Offer offer : request.offers()) {
                if (offer.donor().equals(donor) && offer.deployedAt(at)) {
                    loans.add(new Loan(request.id(), offer.id(), request.requester(), request.accreditation(),
                            offer.named(), offer.stage().name()));
                }
            }
        }
        return loans;
    }

    /** Officer-hours served per request and donor within [from, until), charged at {@code ratePerHour}. */
    public record CostLine(long request, ForceCode requester, ForceCode donor, Accreditation accreditation, int officers,
                           BigDecimal officerHours, BigDecimal ratePerHour, BigDecimal amount) {
    }

    public List<CostLine> costRecovery(Instant from, Instant until, BigDecimal ratePerHour, Viewer viewer) {
        List<CostLine> lines = new ArrayList<>();
        Instant known = clock.instant();
        for (MutualAidRequest request : log.requestsAt(known, known)) {
            Map<ForceCode, long[]> byDonor = new LinkedHashMap<>();
            for (Offer offer : request.offers()) {
                Optional<Offer.Served> served = offer.served();
                if (served.isEmpty()) {
                    continue;
                }
                Instant overlapStart = later(served.get().from(), from);
                Instant overlapEnd = served.get().until().isBefore(until) ? served.get().until() : until;
                if (!overlapEnd.isAfter(overlapStart)) {
                    continue;
                }
                long seconds = Duration.between(overlapStart, overlapEnd).toSeconds() * offer.named().size();
                long[] totals = byDonor.computeIfAbsent(offer.donor(), d -> new long[2]);
                totals[0] += seconds;
                totals[1] += offer.named().size();
            }
            byDonor.forEach((donor, totals) -> {
                if (COORDINATOR.equals(viewer.role()) || donor.equals(viewer.force())
                        || request.requester().equals(viewer.force())) {
                    BigDecimal hours = BigDecimal.valueOf(totals[0]).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
                    lines.add(new CostLine(request.id(), request.requester(), donor, request.accreditation(),
                            (int) totals[1], hours, ratePerHour, hours.multiply(ratePerHour).setScale(2, RoundingMode.HALF_UP)));
                }
            });
        }
        return lines;
    }

    // ---------------------------------------------------------------- the machinery

    private interface Step {
        Verdict<OfferStage> apply(MutualAidRequest request, Offer offer);
    }

    private Verdict<MutualAidRequest> requesterStep(Actor actor, long requestId, long offerId, String rationale,
                                                    AidEventType type, String decision, Step step) {
        return requesterStep(actor, requestId, offerId, rationale, type, decision, step, null, null);
    }

    private Verdict<MutualAidRequest> requesterStep(Actor actor, long requestId, long offerId, String rationale,
                                                    AidEventType type, String decision, Step step, Instant from,
                                                    Instant until) {
        requireRequester(actor, existing(requestId));
        return locked(() -> {
            MutualAidRequest request = existing(requestId);
            if (!request.open()) {
                return Verdict.refused("OpenRequest", "request " + requestId + " is closed");
            }
            Offer offer = request.offer(offerId);
            Verdict<OfferStage> next = step.apply(request, offer);
            if (next instanceof Verdict.Refused<OfferStage> refused) {
                return Verdict.refused(refused.rule(), refused.reason());
            }
            AidEvent event = event(actor, request, offerId, type, rationale, offer.donor(), from, until);
            return append(actor, request, event, request.requester(), decision, rationale,
                    Map.of("request", Long.toString(requestId), "offer", Long.toString(offerId),
                            "donor", offer.donor().value()));
        });
    }

    private AidEvent event(Actor actor, MutualAidRequest request, Long offerId, AidEventType type, String reason,
                           ForceCode donor, Instant from, Instant until) {
        return new AidEvent(log.allocateId(), request.id(), offerId, type, occurredAt(actor), recordedAt(actor),
                actor.username(), reason, null, null, null, from, until, null, null, donor, List.of(), null);
    }

    /**
     * Records the event and logs the decision in one transaction; the in-memory log changes, and the writer
     * lock is released, only when the outermost transaction ends.
     */
    private Verdict<MutualAidRequest> append(Actor actor, MutualAidRequest before, AidEvent event, ForceCode decidingForce,
                                             String decision, String rationale, Map<String, String> references) {
        if (before != null) {
            Instant last = log.events(before.id()).getLast().occurredAt();
            if (event.occurredAt().isBefore(last)) {
                return Verdict.refused("InOrder", "a step on request " + before.id() + " cannot be dated before its last "
                        + "recorded step (" + last + ")");
            }
        }
        writer.lock();
        AtomicBoolean handedOver = new AtomicBoolean();
        try {
            transactions.run(() -> {
                store.insert(event);
                transactions.describe("mutual aid request " + event.requestId() + ": " + event.type()
                        + (event.offerId() == null ? "" : " (offer " + event.offerId() + ")"));
                domainEvents.publish(new DecisionTaken(decidingForce.value(), decision, rationale, actor.username(),
                        actor.role(), event.occurredAt(), event.recordedAt(), references));
                handedOver.set(true);
                transactions.afterCompletion(committed -> {
                    try {
                        if (committed) {
                            log.add(event);
                            domainEvents.publish(new AidStepRecorded(event.requestId(), event.type(), decidingForce,
                                    event.recordedAt()));
                        }
                    } finally {
                        writer.unlock();
                    }
                });
            });
        } finally {
            if (!handedOver.get()) {
                writer.unlock();
            }
        }
        List<AidEvent> events = new ArrayList<>(log.events(event.requestId()));
        if (!events.contains(event)) {
            events.add(event);
            events.sort(AidLog.OCCURRENCE_ORDER);
        }
        return Verdict.done(MutualAidRequest.fold(events));
    }

    private <T> T locked(Supplier<T> work) {
        writer.lock();
        try {
            return work.get();
        } finally {
            writer.unlock();
        }
    }

    private MutualAidRequest existing(long requestId) {
        return log.current(requestId).orElseThrow(() -> new NotFoundException("no mutual aid request " + requestId));
    }

    private static void requireRequester(Actor actor, MutualAidRequest request) {
        if (!actor.actsFor(request.requester().value())) {
            throw new ForbiddenException("only " + request.requester() + " acts on its own request " + request.id());
        }
    }

    private ForceCode donorOf(Actor actor) {
        if (actor.force() == null) {
            throw new ForbiddenException("only a force can offer or decline officers");
        }
        return forces.require(ForceCode.of(actor.force())).code();
    }

    private static Optional<Verdict<MutualAidRequest>> donorMayAnswer(MutualAidRequest request, ForceCode donor) {
        if (request.requester().equals(donor)) {
            return Optional.of(Verdict.refused("DonorIsAnotherForce", donor + " cannot lend officers to itself"));
        }
        if (!request.asked().contains(donor)) {
            throw new ForbiddenException(donor + " has not been asked to help with request " + request.id());
        }
        if (!request.open()) {
            return Optional.of(Verdict.refused("OpenRequest", "request " + request.id() + " is closed"));
        }
        return Optional.empty();
    }

    private Set<Cipher> committedElsewhere(ForceCode donor, long requestId, long offerId, Instant from, Instant until) {
        Set<Cipher> committed = new HashSet<>();
        Instant known = clock.instant();
        for (MutualAidRequest other : log.requestsAt(Instant.MAX, known)) {
            for (Offer offer : other.offers()) {
                boolean same = other.id() == requestId && offer.id() == offerId;
                boolean overlaps = other.from().isBefore(until) && from.isBefore(other.until());
                if (!same && offer.donor().equals(donor) && overlaps && offer.commits(from, until)) {
                    committed.addAll(offer.named());
                }
            }
        }
        return committed;
    }

    /** The first shift in which the donor meets its posture with its officers but would not without these. */
    private Optional<String> postureBrokenByLending(ForceCode donor, Set<Cipher> lent, Instant from, Instant until,
                                                    Instant knownAt) {
        Force force = forces.require(donor);
        for (ShiftInstance shift : force.shiftPattern().shiftsBetween(from.atZone(force.zone()).toLocalDate().minusDays(1),
                until.atZone(force.zone()).toLocalDate().plusDays(1), force.zone())) {
            Instant probe = shift.start().plusSeconds(60);
            if (probe.isBefore(from) || !probe.isBefore(until)) {
                continue;
            }
            CapabilityPicture keeping = capability.picture(donor, probe, knownAt);
            if (!keeping.postureMet()) {
                continue;
            }
            CapabilityPicture lending = capability.pictureLending(donor, probe, knownAt, lent);
            if (!lending.postureMet()) {
                return Optional.of(shift.name() + " shift of " + shift.startDate() + ": " + shortfalls(lending));
            }
        }
        return Optional.empty();
    }

    private static String shortfalls(CapabilityPicture picture) {
        List<String> parts = new ArrayList<>();
        if (picture.arv().carsShortfall() > 0) {
            parts.add(picture.arv().carsAvailable() + " of " + picture.arv().carsRequired() + " ARV cars");
        }
        if (picture.counterTerrorism().shortfall() > 0) {
            parts.add("counter-terrorism short by " + picture.counterTerrorism().shortfall());
        }
        picture.sites().stream().filter(s -> s.shortfall() > 0)
                .forEach(s -> parts.add(s.name() + " short by " + s.shortfall()));
        return String.join(", ", parts);
    }

    private Instant occurredAt(Actor actor) {
        Instant now = Precision.recorded(clock.instant());
        Instant at = actor.occurredAt() == null ? now : actor.occurredAt();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new IllegalArgumentException("occurredAt: a step cannot be recorded before it has happened");
        }
        return at;
    }

    private Instant recordedAt(Actor actor) {
        Instant now = Precision.recorded(clock.instant());
        if (actor.recordedAt() == null) {
            return now;
        }
        if (actor.recordedAt().isAfter(now)) {
            throw new IllegalArgumentException("recordedAt: a step cannot be recorded in the future");
        }
        return actor.recordedAt();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
