package uk.arcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.arcs.EscalationFixture.DON;
import static uk.arcs.EscalationFixture.REQ;
import static uk.arcs.EscalationFixture.gold;
import static uk.arcs.TestForces.london;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.EscalationFixture;
import uk.arcs.InMemoryArcs;
import uk.arcs.command.Decision;
import uk.arcs.command.DecisionLog;
import uk.arcs.command.DecisionStore;
import uk.arcs.common.Actor;
import uk.arcs.common.ForbiddenException;
import uk.arcs.common.Verdict;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ForceCode;
import uk.arcs.military.MilitaryEventType;
import uk.arcs.military.MilitaryTask;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.EventDetails;
import uk.arcs.officer.NewOfficerEvent;
import uk.arcs.officer.OfficerEvent;
import uk.arcs.officer.OfficerEventType;

/**
 * REQ has five ARV officers and five CTSFOs, one of each per team. Recorded at 02:45 on Sunday 24 September: AR41
 * stepped back on Friday (before the window of a report at 02:00 on Sunday), AR21 and AR31 on Saturday, AR31 came
 * back at 01:00 on Sunday, and AR51 stepped back on Saturday, which at 03:00 was found to be recorded in error. REQ
 * asked for mutual aid at 21:00 and for the military at 22:00 on Saturday.
 */
class SitrepServiceTest {

    private static final Instant WORST = london("2023-09-24T02:00");

    private InMemoryArcs arcs;
    private InMemorySitreps store;
    private SitrepService sitreps;

    @BeforeEach
    void requestingForceThroughSaturday() {
        arcs = EscalationFixture.arcs();
        arcs.clock.set(london("2023-09-24T02:45"));
        arcs.officers.record(REQ, List.of(
                event("AR41", OfficerEventType.STEPPED_BACK, "2023-09-22T12:00"),
                event("AR21", OfficerEventType.STEPPED_BACK, "2023-09-23T10:00"),
                event("AR51", OfficerEventType.STEPPED_BACK, "2023-09-23T12:00"),
                event("AR31", OfficerEventType.STEPPED_BACK, "2023-09-23T20:00"),
                event("AR31", OfficerEventType.RETURNED, "2023-09-24T01:00")), "supervisor").orThrow("events");
        OfficerEvent inError = arcs.officers.history(REQ, Cipher.of("AR51")).stream()
                .filter(e -> e.type() == OfficerEventType.STEPPED_BACK).findFirst().orElseThrow();
        arcs.clock.set(london("2023-09-24T03:00"));
        arcs.officers.record(REQ, List.of(new NewOfficerEvent(Cipher.of("AR51"), OfficerEventType.RECORDED_IN_ERROR,
                london("2023-09-24T02:30"), "wrong officer", EventDetails.correcting(inError.id()))), "supervisor")
                .orThrow("correction");
        arcs.aid.request(gold(REQ, "2023-09-23T21:00"), REQ, new MutualAidService.Terms(Accreditation.ARV, 2,
                london("2023-09-23T22:00"), london("2023-09-25T22:00"), false,
                "AR21 and others stepped back: two ARV cars short")).orThrow();
        arcs.military.record(gold(REQ, "2023-09-23T22:00"), REQ, MilitaryEventType.REQUESTED,
                MilitaryTask.COUNTER_TERRORISM, null, "no counter-terrorism cover on the night shift").orThrow();
        DecisionLog log = new DecisionLog(new InMemoryDecisions(), arcs.capability, arcs);
        arcs.decisions().forEach(log::record);
        store = new InMemorySitreps();
        sitreps = new SitrepService(arcs, arcs.capability, arcs.officers, arcs.aid, arcs.military, log, store, arcs,
                arcs.clock);
    }

    private static NewOfficerEvent event(String cipher, OfficerEventType type, String localTime) {
        return new NewOfficerEvent(Cipher.of(cipher), type, london(localTime), "test", EventDetails.NONE);
    }

    private static Actor planner(ForceCode force) {
        return new Actor(force.value().toLowerCase() + ".planner", "PLANNER", force.value(), null, null);
    }

    private static Sitrep.Change change(Sitrep sitrep, String figure) {
        return sitrep.changes().stream().filter(c -> c.figure().equals(figure)).findFirst().orElseThrow();
    }

    @Test
    void figuresAreSetBesideThoseOfTwentyFourHoursEarlier() {
        Sitrep sitrep = sitreps.sitrep(REQ, WORST, null);
        assertThat(sitrep.knownAt()).isEqualTo(london("2023-09-24T03:00"));
        assertThat(sitrep.dayBefore().at()).isEqualTo(london("2023-09-23T02:00"));
        assertThat(sitrep.figures().officers().total()).isEqualTo(10);
        assertThat(change(sitrep, "steppedBack")).isEqualTo(new Sitrep.Change("steppedBack", "Stepped back", 1, 2, 1));
        assertThat(change(sitrep, "authorised")).isEqualTo(new Sitrep.Change("authorised", "Authorised", 9, 8, -1));
        assertThat(change(sitrep, "firearmsOfficers").difference()).isZero();
        assertThat(sitrep.figures().arv()).isEqualTo(new Figures.Arv(0, 2, 0));
        assertThat(sitrep.figures().military().state()).isEqualTo("REQUESTED");
        assertThat(sitrep.dayBefore().military().state()).isEqualTo("NONE");
    }

    @Test
    void stepBacksAndReturnsInTheWindowAreCountedButNotOnesRecordedInError() {
        Sitrep.Movements movements = sitreps.sitrep(REQ, WORST, null).movements();
        assertThat(movements).isEqualTo(new Sitrep.Movements(london("2023-09-23T02:00"), WORST, 2, 1));
        // As known before the correction, AR51's step-back still counts.
        assertThat(sitreps.sitrep(REQ, WORST, london("2023-09-24T02:50")).movements().stepBacks()).isEqualTo(3);
    }

    @Test
    void shortfallsMutualAidAndTheMilitaryAreReported() {
        Sitrep sitrep = sitreps.sitrep(REQ, WORST, null);
        assertThat(sitrep.shortfalls()).extracting(Sitrep.Shortfall::accreditation)
                .containsExactly(Accreditation.CTSFO, Accreditation.ARV);
        Sitrep.Shortfall arv = sitrep.shortfalls().get(1);
        assertThat(arv.requirement()).isEqualTo("ARV crews (0 of 2 cars)");
        assertThat(arv.required()).isEqualTo(4);
        assertThat(arv.available()).isEqualTo(1);
        assertThat(arv.shortfall()).isEqualTo(3);
        assertThat(sitrep.mutualAid().requests()).singleElement()
                .satisfies(r -> assertThat(r.officers()).isEqualTo(2));
        assertThat(sitrep.mutualAid().officersDeployedIn()).isZero();
        assertThat(sitrep.military()).isEqualTo(new Sitrep.Military("REQUESTED", london("2023-09-23T22:00"), null));
    }

    @Test
    void withoutAnIssuedReportDecisionsOfTheLastTwentyFourHoursAreListed() {
        Sitrep sitrep = sitreps.sitrep(REQ, WORST, null);
        assertThat(sitrep.since()).isEqualTo(new Sitrep.Since(null, london("2023-09-23T02:00")));
        assertThat(sitrep.decisions()).extracting(Sitrep.DecisionLine::decision)
                .containsExactly("REQUEST_AID", "REQUEST_MILITARY");
    }

    @Test
    void decisionsAreThoseSinceTheLastIssuedReport() {
        arcs.clock.set(london("2023-09-24T04:00"));
        Sitrep first = sitreps.issue(planner(REQ), REQ, london("2023-09-23T21:30")).orThrow();
        assertThat(first.issue()).isEqualTo(new Sitrep.Issue(1, london("2023-09-24T04:00"), "req.planner", "PLANNER"));
        assertThat(first.decisions()).extracting(Sitrep.DecisionLine::decision).containsExactly("REQUEST_AID");

        Sitrep next = sitreps.sitrep(REQ, WORST, null);
        assertThat(next.since()).isEqualTo(new Sitrep.Since(1, london("2023-09-23T21:30")));
        assertThat(next.decisions()).extracting(Sitrep.DecisionLine::decision).containsExactly("REQUEST_MILITARY");
        // As known before report 1 was issued, the window is still the last 24 hours.
        assertThat(sitreps.sitrep(REQ, WORST, london("2023-09-24T03:30")).decisions()).hasSize(2);

        Sitrep second = sitreps.issue(gold(REQ, "2023-09-24T04:00"), REQ, WORST).orThrow();
        assertThat(second.issue().number()).isEqualTo(2);
        assertThat(second.decisions()).isEqualTo(next.decisions());
        assertThat(sitreps.issued(REQ)).extracting(SitrepStore.Entry::number).containsExactly(1, 2);
        assertThat(sitreps.issued(REQ, 2)).isEqualTo(second);
    }

    @Test
    void reportsAreIssuedInTheOrderOfTheInstantsTheyDescribe() {
        sitreps.issue(planner(REQ), REQ, WORST).orThrow();
        Verdict<Sitrep> earlier = sitreps.issue(planner(REQ), REQ, london("2023-09-24T01:00"));
        assertThat(earlier).isInstanceOf(Verdict.Refused.class);
        assertThat(((Verdict.Refused<Sitrep>) earlier).rule()).isEqualTo(SitrepService.IN_ORDER);
        assertThat(sitreps.issue(planner(REQ), REQ, WORST)).isInstanceOf(Verdict.Refused.class);
        assertThat(sitreps.issue(planner(REQ), REQ, london("2023-09-24T02:30"))).isInstanceOf(Verdict.Done.class);
        assertThat(store.rows).hasSize(2);
    }

    @Test
    void reportsAreIssuedByTheForcesCommandersAndPlannersAboutThePast() {
        Actor press = new Actor("req.press", "PRESS_OFFICE", "REQ", null, null);
        assertThatThrownBy(() -> sitreps.issue(press, REQ, WORST)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> sitreps.issue(planner(DON), REQ, WORST)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> sitreps.issue(planner(REQ), REQ, london("2023-09-24T05:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 2023-09-24T04:00:00Z");
        assertThat(store.rows).isEmpty();
    }

    @Test
    void noCipherAppearsAnywhereInAReport() {
        Sitrep sitrep = sitreps.sitrep(REQ, WORST, null);
        Sitrep.DecisionLine aid = sitrep.decisions().getFirst();
        assertThat(aid.rationale()).isEqualTo("[cipher withheld] and others stepped back: two ARV cars short");
        String everything = sitrep.toString();
        for (ForceCode force : List.of(REQ, DON)) {
            arcs.officers.officers(force).forEach(o ->
                    assertThat(everything).doesNotContainPattern("\\b" + o.cipher().value() + "\\b"));
        }
    }

    @Test
    void ciphersARCSDoesNotHoldAreWithheldByTheirShape() {
        CipherRedaction redaction = new CipherRedaction(java.util.Set.of("AR11"));
        assertThat(redaction.redact("NX121 was charged; AR11 stepped back; 15 ARV cars and CTSFO cover"))
                .isEqualTo("[cipher withheld] was charged; [cipher withheld] stepped back; 15 ARV cars and CTSFO cover");
    }

    @Test
    void pressOfficeViewLeavesTheDecisionLogOut() {
        Sitrep press = sitreps.sitrep(REQ, WORST, null).withoutDecisions();
        assertThat(press.decisions()).isEmpty();
        assertThat(press.decisionsWithheld()).isTrue();
        assertThat(press.figures()).isEqualTo(sitreps.sitrep(REQ, WORST, null).figures());
    }

    private static final class InMemorySitreps implements SitrepStore {
        final List<Sitrep> rows = new ArrayList<>();

        @Override
        public void insert(Sitrep issued) {
            if (find(ForceCode.of(issued.force()), issued.issue().number()).isPresent()) {
                throw new IllegalStateException("duplicate key");
            }
            rows.add(issued);
        }

        @Override
        public List<Entry> index(ForceCode force) {
            return rows.stream().filter(s -> s.force().equals(force.value()))
                    .map(s -> new Entry(s.force(), s.issue().number(), s.at(), s.knownAt(), s.issue().issuedAt(),
                            s.issue().issuedBy(), s.issue().role()))
                    .sorted(Comparator.comparingInt(Entry::number)).toList();
        }

        @Override
        public Optional<Sitrep> find(ForceCode force, int number) {
            return rows.stream().filter(s -> s.force().equals(force.value()) && s.issue().number() == number).findFirst();
        }
    }

    private static final class InMemoryDecisions implements DecisionStore {
        private final List<Decision> rows = new ArrayList<>();

        @Override
        public void insert(Decision decision) {
            rows.add(decision);
        }

        @Override
        public List<Decision> forForce(String force, Instant from, Instant to) {
            return rows.stream().filter(d -> d.force().equals(force) && !d.at().isBefore(from) && d.at().isBefore(to))
                    .sorted(Comparator.comparing(Decision::at).thenComparingLong(Decision::id)).toList();
        }

        @Override
        public long maxId() {
            return rows.stream().mapToLong(Decision::id).max().orElse(0);
        }
    }
}
