package uk.arcs.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.command.Decision;
import uk.arcs.command.DecisionLog;
import uk.arcs.common.Actor;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.Precision;
import uk.arcs.common.Transactions;
import uk.arcs.common.Verdict;
import uk.arcs.force.Accreditation;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.military.MilitaryService;
import uk.arcs.military.MilitaryState;
import uk.arcs.mutualaid.MutualAidRequest;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.officer.OfficerEvent;
import uk.arcs.officer.OfficerEventType;
import uk.arcs.officer.OfficerRegistry;

/**
 * Assembles situation reports and issues them. A report viewed at any instant is computed from the logs; an issued
 * one is numbered per force and kept exactly as issued. "Since the last report" starts at the {@code at} of the
 * latest report issued (and known by the report's {@code knownAt}) for an earlier instant, or 24 hours before
 * {@code at} when there is none. Reports of a force are issued in the order of the instants they describe.
 */
public final class SitrepService {

    public static final Duration DAY = Duration.ofHours(24);
    public static final String IN_ORDER = "SitrepsInOrder";
    private static final Duration MICROSECOND = Duration.ofNanos(1_000);
    private static final Set<String> ISSUERS = Set.of("STRATEGIC_COMMANDER", "COMMANDER", "PLANNER");

    private final ForceDirectory forces;
    private final CapabilityService capability;
    private final OfficerRegistry officers;
    private final MutualAidService mutualAid;
    private final MilitaryService military;
    private final DecisionLog decisions;
    private final SitrepStore store;
    private final Transactions transactions;
    private final Clock clock;

    public SitrepService(ForceDirectory forces, CapabilityService capability, OfficerRegistry officers,
                         MutualAidService mutualAid, MilitaryService military, DecisionLog decisions, SitrepStore store,
                         Transactions transactions, Clock clock) {
        this.forces = forces;
        this.capability = capability;
        this.officers = officers;
        this.mutualAid = mutualAid;
        this.military = military;
        this.decisions = decisions;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The report at {@code at} as recorded by {@code knownAt} (each defaults to now); nothing is recorded. */
    public Sitrep sitrep(ForceCode code, Instant at, Instant knownAt) {
        Force force = forces.require(code);
        Instant known = knownAt == null ? now() : Precision.recorded(knownAt);
        Instant when = at == null ? known : Precision.recorded(at);
        Optional<SitrepStore.Entry> previous = store.index(code).stream()
                .filter(e -> e.at().isBefore(when) && !e.issuedAt().isAfter(known))
                .reduce((first, second) -> second);
        return assemble(force, when, known, null, previous);
    }

    /**
     * Issues the report at {@code at} (default now) as recorded now, numbered after the force's last one; refused
     * by {@value #IN_ORDER} unless it describes a later instant than the last one issued.
     */
    public synchronized Verdict<Sitrep> issue(Actor actor, ForceCode code, Instant at) {
        Force force = forces.require(code);
        if (!ISSUERS.contains(actor.role()) || !actor.actsFor(code.value())) {
            throw new ForbiddenException("only " + code + "'s commanders and planners issue its situation reports");
        }
        Instant now = now();
        Instant when = at == null ? now : Precision.recorded(at);
        if (when.isAfter(now)) {
            throw new IllegalArgumentException("at: a situation report describes the present or the past, not " + when);
        }
        List<SitrepStore.Entry> index = store.index(code);
        Optional<SitrepStore.Entry> previous = index.isEmpty() ? Optional.empty() : Optional.of(index.getLast());
        if (previous.isPresent() && !when.isAfter(previous.get().at())) {
            return Verdict.refused(IN_ORDER, "situation report " + previous.get().number() + " describes "
                    + previous.get().at() + "; the next one must describe a later instant, not " + when);
        }
        int number = previous.map(p -> p.number() + 1).orElse(1);
        Sitrep issued = assemble(force, when, now, new Sitrep.Issue(number, now, actor.username(), actor.role()),
                previous);
        transactions.run(() -> store.insert(issued));
        return Verdict.done(issued);
    }

    public List<SitrepStore.Entry> issued(ForceCode code) {
        forces.require(code);
        return store.index(code);
    }

    public Sitrep issued(ForceCode code, int number) {
        forces.require(code);
        return store.find(code, number)
                .orElseThrow(() -> new NotFoundException("no situation report " + number + " for " + code));
    }

    private Sitrep assemble(Force force, Instant at, Instant knownAt, Sitrep.Issue issue,
                            Optional<SitrepStore.Entry> previous) {
        ForceCode code = force.code();
        Instant dayBefore = at.minus(DAY);
        CapabilityPicture picture = capability.picture(code, at, knownAt);
        MilitaryState state = military.stateAt(code, at, knownAt);
        Figures now = Figures.of(force, picture, state);
        Figures before = Figures.of(force, capability.picture(code, dayBefore, knownAt),
                military.stateAt(code, dayBefore, knownAt));
        Sitrep.Since since = previous.map(p -> new Sitrep.Since(p.number(), p.at()))
                .orElse(new Sitrep.Since(null, dayBefore));
        return new Sitrep(code.value(), force.name(), force.zone().getId(), at, knownAt, issue, since, now, before,
                changes(before, now), movements(code, dayBefore, at, knownAt), shortfalls(picture),
                mutualAid(code, picture, at, knownAt),
                new Sitrep.Military(state.name(), state.since(),
                        state instanceof MilitaryState.Activated activated ? activated.incident() : null),
                decisionsSince(code, since.from(), at, knownAt), false);
    }

    static List<Sitrep.Change> changes(Figures before, Figures now) {
        return List.of(
                Sitrep.Change.of("firearmsOfficers", "Firearms officers", before.officers().total(), now.officers().total()),
                Sitrep.Change.of("authorised", "Authorised", before.officers().authorised(), now.officers().authorised()),
                Sitrep.Change.of("steppedBack", "Stepped back", before.officers().steppedBack(),
                        now.officers().steppedBack()),
                Sitrep.Change.of("suspended", "Suspended", before.officers().suspended(), now.officers().suspended()),
                Sitrep.Change.of("lapsed", "Lapsed", before.officers().lapsed(), now.officers().lapsed()),
                Sitrep.Change.of("arvCarsAvailable", "ARV cars (own officers)", before.arv().carsAvailable(),
                        now.arv().carsAvailable()),
                Sitrep.Change.of("arvCarsRequired", "ARV cars required", before.arv().carsRequired(),
                        now.arv().carsRequired()),
                Sitrep.Change.of("counterTerrorismAvailable", "Counter-terrorism officers available",
                        before.counterTerrorism().available(), now.counterTerrorism().available()),
                Sitrep.Change.of("sitesWithShortfall", "Protected sites short", before.sites().withShortfall(),
                        now.sites().withShortfall()),
                Sitrep.Change.of("mutualAidOfficers", "Mutual aid officers deployed in", before.mutualAid().officers(),
                        now.mutualAid().officers()));
    }

    /** Step-backs and returns that occurred in (from, to], as recorded (and not recorded in error) by knownAt. */
    private Sitrep.Movements movements(ForceCode code, Instant from, Instant to, Instant knownAt) {
        List<OfficerEvent> log = officers.events(code);
        Set<Long> voided = new HashSet<>();
        for (OfficerEvent event : log) {
            if (event.type() == OfficerEventType.RECORDED_IN_ERROR && !event.recordedAt().isAfter(knownAt)) {
                voided.add(event.details().corrects());
            }
        }
        int stepBacks = 0;
        int returns = 0;
        for (OfficerEvent event : log) {
            boolean counted = event.occurredAt().isAfter(from) && !event.occurredAt().isAfter(to)
                    && !event.recordedAt().isAfter(knownAt) && !voided.contains(event.id());
            if (counted && event.type() == OfficerEventType.STEPPED_BACK) {
                stepBacks++;
            } else if (counted && event.type() == OfficerEventType.RETURNED) {
                returns++;
            }
        }
        return new Sitrep.Movements(from, to, stepBacks, returns);
    }

    private static List<Sitrep.Shortfall> shortfalls(CapabilityPicture picture) {
        List<Sitrep.Shortfall> shortfalls = new ArrayList<>();
        CapabilityPicture.CounterTerrorism ct = picture.counterTerrorism();
        if (ct.shortfall() > 0) {
            shortfalls.add(new Sitrep.Shortfall("Counter-terrorism readiness", Accreditation.CTSFO,
                    ct.required(), ct.available(), ct.shortfall(), ct.mutualAid(), ct.shortfallAfterMutualAid()));
        }
        CapabilityPicture.Arv arv = picture.arv();
        if (arv.officersAvailable() < arv.officersRequired()) {
            int shortfall = arv.officersRequired() - arv.officersAvailable();
            int afterAid = Math.max(0, shortfall - arv.mutualAidOfficers());
            shortfalls.add(new Sitrep.Shortfall("ARV crews (" + arv.carsAvailable() + " of " + arv.carsRequired()
                    + " cars)", Accreditation.ARV, arv.officersRequired(), arv.officersAvailable(),
                    shortfall, shortfall - afterAid, afterAid));
        }
        for (CapabilityPicture.Site site : picture.sites()) {
            if (site.shortfall() > 0) {
                shortfalls.add(new Sitrep.Shortfall(site.name(), site.accreditation(), site.required(), site.available(),
                        site.shortfall(), site.mutualAid(), site.shortfallAfterMutualAid()));
            }
        }
        return shortfalls;
    }

    private Sitrep.MutualAid mutualAid(ForceCode code, CapabilityPicture picture, Instant at, Instant knownAt) {
        List<Sitrep.OpenRequest> open = mutualAid.requests(new MutualAidService.Viewer(MutualAidService.COORDINATOR,
                        null), at, knownAt).stream()
                .filter(r -> r.requester().equals(code) && r.open())
                .map(r -> new Sitrep.OpenRequest(r.id(), r.accreditation(), r.officers(), r.from(), r.until(),
                        r.counterTerrorism(), r.officersOffered(), r.officersDeployedAt(at)))
                .toList();
        Map<String, Integer> onLoan = new TreeMap<>();
        for (MutualAidService.Loan loan : mutualAid.loansAt(code, at, knownAt)) {
            onLoan.merge(loan.requester().value(), loan.officers().size(), Integer::sum);
        }
        return new Sitrep.MutualAid(open, picture.mutualAid().officersDeployed(), picture.mutualAid().byDonor(),
                onLoan.values().stream().mapToInt(Integer::intValue).sum(), onLoan);
    }

    /** Decisions taken in (from, at] and recorded by knownAt, with any cipher in a rationale withheld. */
    private List<Sitrep.DecisionLine> decisionsSince(ForceCode code, Instant from, Instant at, Instant knownAt) {
        Set<String> ciphers = new HashSet<>();
        forces.all().forEach(f -> officers.officers(f.code()).forEach(o -> ciphers.add(o.cipher().value())));
        CipherRedaction redaction = new CipherRedaction(ciphers);
        List<Sitrep.DecisionLine> lines = new ArrayList<>();
        for (Decision decision : decisions.decisions(code, from.plus(MICROSECOND), at.plus(MICROSECOND))) {
            if (!decision.recordedAt().isAfter(knownAt)) {
                lines.add(new Sitrep.DecisionLine(decision.at(), decision.decision(), decision.role(),
                        decision.decidedBy(), redaction.redact(decision.rationale())));
            }
        }
        return lines;
    }

    private Instant now() {
        return Precision.recorded(clock.instant());
    }
}
