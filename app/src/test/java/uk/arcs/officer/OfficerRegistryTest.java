package uk.arcs.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.TestForces.TEST;
import static uk.arcs.TestForces.absence;
import static uk.arcs.TestForces.accredited;
import static uk.arcs.TestForces.correction;
import static uk.arcs.TestForces.event;
import static uk.arcs.TestForces.london;
import static uk.arcs.TestForces.officer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.InMemoryArcs;
import uk.arcs.TestForces;
import uk.arcs.common.Outcome;
import uk.arcs.common.RowError;
import uk.arcs.force.Accreditation;

class OfficerRegistryTest {

    private InMemoryArcs arcs;
    private OfficerRegistry registry;

    @BeforeEach
    void aForceWithTwoAuthorisedArvOfficers() {
        arcs = new InMemoryArcs();
        arcs.clock.set(london("2023-09-20T09:00"));
        TestForces.register(arcs);
        registry = arcs.officers;
        List<SubmittedEvent> setup = List.of(
                SubmittedEvent.now("setup", 1, event("AR101", OfficerEventType.AUTHORISED, "2020-01-06T09:00"), "hr"),
                SubmittedEvent.now("setup", 2, accredited("AR101", Accreditation.ARV, "2023-01-10T16:00",
                        LocalDate.of(2024, 1, 9)), "hr"),
                SubmittedEvent.now("setup", 3, event("AR102", OfficerEventType.AUTHORISED, "2020-01-06T09:00"), "hr"),
                SubmittedEvent.now("setup", 4, accredited("AR102", Accreditation.ARV, "2023-01-10T16:00",
                        LocalDate.of(2024, 1, 9)), "hr"));
        registry.write(TEST, List.of(officer("AR101", "ARV", 1), officer("AR102", "ARV", 2)), setup).orThrow("setup");
    }

    private Outcome<List<OfficerEvent>> record(NewOfficerEvent... events) {
        return registry.record(TEST, List.of(events), "supervisor");
    }

    private AuthorisationStatus statusOf(String cipher, String at, Instant knownAt) {
        return registry.statusAt(TEST, new Cipher(cipher), london(at), knownAt).orElseThrow().status();
    }

    private List<RowError> refusal(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<?>) outcome).errors();
    }

    @Test
    void steppedBackOfficerIsNotAuthorisedUntilReturned() {
        arcs.clock.set(london("2023-09-26T12:00"));
        record(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-23T18:30"),
                event("AR101", OfficerEventType.RETURNED, "2023-09-25T10:00"));
        Instant now = arcs.clock.instant();
        assertThat(statusOf("AR101", "2023-09-23T18:00", now)).isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(statusOf("AR101", "2023-09-24T02:00", now)).isEqualTo(AuthorisationStatus.STEPPED_BACK);
        assertThat(statusOf("AR101", "2023-09-25T10:00", now)).isEqualTo(AuthorisationStatus.AUTHORISED);
    }

    @Test
    void batchWithBadRowsRecordsNothingAndNamesEveryBadRow() {
        int stored = arcs.storedOfficerEvents();
        Outcome<List<OfficerEvent>> outcome = record(
                event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-20T08:00"),
                event("ZZ999", OfficerEventType.STEPPED_BACK, "2023-09-20T08:00"),
                event("AR102", OfficerEventType.RETURNED, "2023-09-20T08:00"));
        List<RowError> errors = refusal(outcome);
        assertThat(errors).extracting(RowError::row).containsExactly(2, 3);
        assertThat(errors.get(0).message()).contains("unknown cipher ZZ999");
        assertThat(errors.get(1).message()).contains("AR102: cannot return: the officer has not stepped back");
        assertThat(arcs.storedOfficerEvents()).isEqualTo(stored);
        assertThat(statusOf("AR101", "2023-09-20T08:30", arcs.clock.instant())).isEqualTo(AuthorisationStatus.AUTHORISED);
    }

    @Test
    void anyChangeAfterWithdrawalIsRefused() {
        record(event("AR101", OfficerEventType.WITHDRAWN, "2023-09-01T10:00"));
        List<RowError> errors = refusal(record(
                accredited("AR101", Accreditation.ARV, "2023-09-10T10:00", LocalDate.of(2024, 9, 9))));
        assertThat(errors.getFirst().message()).contains("no change can be recorded after the officer was withdrawn");
    }

    @Test
    void backDatedEventThatWouldBreakARecordedOneIsRefusedOnTheSubmittedRow() {
        record(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-19T10:00"),
                event("AR101", OfficerEventType.RETURNED, "2023-09-19T20:00"));
        List<RowError> errors = refusal(record(event("AR101", OfficerEventType.RETURNED, "2023-09-19T12:00")));
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().row()).isEqualTo(1);
        assertThat(errors.getFirst().message()).contains("would make the recorded RETURNED").contains("illegal");
    }

    @Test
    void stepBackCannotBeRecordedBeforeItHappensButLeaveCanBeBooked() {
        List<RowError> errors = refusal(record(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-21T10:00")));
        assertThat(errors.getFirst().message()).contains("cannot be recorded before it has happened");
        assertThat(record(absence("AR101", OfficerEventType.ANNUAL_LEAVE, "2023-10-02T00:00", "2023-10-16T00:00")))
                .isInstanceOf(Outcome.Recorded.class);
    }

    @Test
    void knownAtHidesEventsRecordedAfterIt() {
        arcs.clock.set(london("2023-09-23T19:00"));
        record(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-23T18:30"));
        assertThat(statusOf("AR101", "2023-09-23T18:45", london("2023-09-23T18:59")))
                .isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(statusOf("AR101", "2023-09-23T18:45", london("2023-09-23T19:00")))
                .isEqualTo(AuthorisationStatus.STEPPED_BACK);
    }

    @Test
    void correctionVoidsAnEventOnlyFromWhenItWasRecorded() {
        arcs.clock.set(london("2023-09-23T19:00"));
        OfficerEvent mistaken = record(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-23T18:30"))
                .orThrow("step back").getFirst();
        arcs.clock.set(london("2023-09-23T21:00"));
        record(correction("AR101", mistaken.id(), "2023-09-23T21:00")).orThrow("correction");
        assertThat(statusOf("AR101", "2023-09-23T20:00", london("2023-09-23T20:00")))
                .as("what the commander saw at 20:00").isEqualTo(AuthorisationStatus.STEPPED_BACK);
        assertThat(statusOf("AR101", "2023-09-23T20:00", london("2023-09-23T21:00")))
                .as("after the correction").isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(registry.history(TEST, new Cipher("AR101"))).extracting(OfficerEvent::type)
                .contains(OfficerEventType.STEPPED_BACK, OfficerEventType.RECORDED_IN_ERROR);
    }

    @Test
    void anEventCanBeCorrectedOnceAndACorrectionNotAtAll() {
        OfficerEvent stepBack = record(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-20T08:00"))
                .orThrow("step back").getFirst();
        OfficerEvent correction = record(correction("AR101", stepBack.id(), "2023-09-20T09:00"))
                .orThrow("correction").getFirst();
        assertThat(refusal(record(correction("AR101", stepBack.id(), "2023-09-20T09:00"))).getFirst().message())
                .contains("has already been corrected");
        assertThat(refusal(record(correction("AR101", correction.id(), "2023-09-20T09:00"))).getFirst().message())
                .contains("a correction cannot itself be corrected");
        assertThat(refusal(record(correction("AR102", stepBack.id(), "2023-09-20T09:00"))).getFirst().message())
                .contains("is not an event of officer AR102");
    }

    @Test
    void correctionThatWouldLeaveAnIllegalTimelineIsRefused() {
        OfficerEvent stepBack = record(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-19T10:00"),
                event("AR101", OfficerEventType.RETURNED, "2023-09-19T20:00")).orThrow("events").getFirst();
        List<RowError> errors = refusal(record(correction("AR101", stepBack.id(), "2023-09-20T09:00")));
        assertThat(errors.getFirst().message()).contains("cannot return: the officer has not stepped back");
    }

    @Test
    void expiredAccreditationMakesTheOfficerLapsed() {
        Instant now = arcs.clock.instant();
        OfficerStatus lastDay = registry.statusAt(TEST, new Cipher("AR101"), london("2024-01-09T23:00"), now).orElseThrow();
        OfficerStatus dayAfter = registry.statusAt(TEST, new Cipher("AR101"), london("2024-01-10T01:00"), now).orElseThrow();
        assertThat(lastDay.status()).isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(dayAfter.status()).isEqualTo(AuthorisationStatus.LAPSED);
        assertThat(dayAfter.lapsedAccreditations()).containsExactly(Accreditation.ARV);
    }

    @Test
    void absenceEndsAtItsUntilInstantAndResumingDutyNeedsAnAbsence() {
        record(absence("AR101", OfficerEventType.SICK, "2023-09-10T07:00", "2023-09-15T07:00"));
        Instant now = arcs.clock.instant();
        assertThat(registry.statusAt(TEST, new Cipher("AR101"), london("2023-09-14T12:00"), now).orElseThrow().absence())
                .isEqualTo(Absence.SICK);
        assertThat(registry.statusAt(TEST, new Cipher("AR101"), london("2023-09-15T07:00"), now).orElseThrow().absence())
                .isEqualTo(Absence.NONE);
        assertThat(refusal(record(event("AR101", OfficerEventType.RESUMED_DUTY, "2023-09-16T07:00"))).getFirst().message())
                .contains("cannot resume duty: the officer is not absent");
    }

    @Test
    void cipherAndUnitAreCheckedWhenOfficersRegister() {
        List<RowError> errors = refusal(registry.write(TEST, List.of(officer("AR101", "ARV", 1),
                officer("AR200", "DOGS", 1), officer("AR201", "ARV", 9)), List.of()));
        assertThat(errors).extracting(RowError::message).containsExactly(
                "cipher AR101 is already in use in TEST", "unknown unit DOGS in TEST",
                "team 9 is not on the rota of 5 teams");
    }

    @Test
    void recordedEventsAreRebuiltFromTheStoreAfterARestart() {
        record(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-20T08:00"));
        OfficerRegistry restarted = new OfficerRegistry(arcs, arcs, arcs, e -> { }, arcs.clock);
        Instant now = arcs.clock.instant();
        assertThat(restarted.statusesAt(TEST, london("2023-09-20T08:30"), now))
                .isEqualTo(registry.statusesAt(TEST, london("2023-09-20T08:30"), now));
        OfficerEvent next = restarted.record(TEST, List.of(event("AR101", OfficerEventType.RETURNED, "2023-09-20T08:45")),
                "supervisor").orThrow("return").getFirst();
        assertThat(next.id()).isEqualTo(arcs.maxEventId());
    }

    @Test
    void writeInARolledBackTransactionLeavesNoTrace() {
        int stored = arcs.storedOfficerEvents();
        arcs.inRolledBackTransaction(() -> record(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-20T08:00")));
        assertThat(arcs.storedOfficerEvents()).isEqualTo(stored);
        assertThat(statusOf("AR101", "2023-09-20T08:30", arcs.clock.instant())).isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(record(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-20T08:00")))
                .isInstanceOf(Outcome.Recorded.class);
    }

    @Test
    void committedBatchIsAnnouncedToOtherModules() {
        arcs.published.clear();
        record(event("AR101", OfficerEventType.STEPPED_BACK, "2023-09-20T08:00"));
        assertThat(arcs.published).containsExactly(new OfficerEventsRecorded(TEST, 1, 0, arcs.clock.instant()));
    }

    @Test
    void typedRowsAreRefusedTogetherWhenOneCannotBeReadAndACheckRecordsNothing() {
        int stored = arcs.storedOfficerEvents();
        List<OfficerEventRow> rows = List.of(
                new OfficerEventRow("AR101", "STEPPED_BACK", "2023-09-20T08:00", "reflection", null, null, null, null),
                new OfficerEventRow("AR102", "RETURNED", "2023-09-20T08:00", "back", null, null, null, null),
                new OfficerEventRow("AR102", "SICK", "yesterday", "flu", null, null, null, null));
        List<RowError> checked = registry.checkRows(TEST, "bulk", rows, "supervisor");
        List<RowError> refused = refusal(registry.recordRows(TEST, "bulk", rows, "supervisor"));

        assertThat(refused).isEqualTo(checked);
        assertThat(refused).extracting(RowError::source).containsOnly("bulk");
        assertThat(refused).extracting(RowError::row).containsExactly(2, 3);
        assertThat(refused.get(0).message()).contains("cannot return: the officer has not stepped back");
        assertThat(refused.get(1).field()).isEqualTo("occurredAt");
        assertThat(arcs.storedOfficerEvents()).isEqualTo(stored);
        assertThat(registry.checkRows(TEST, "bulk", rows.subList(0, 1), "supervisor")).isEmpty();
        assertThat(arcs.storedOfficerEvents()).isEqualTo(stored);

        List<OfficerEvent> recorded = registry.recordRows(TEST, "bulk", rows.subList(0, 1), "supervisor").orThrow("rows");
        assertThat(recorded).singleElement().satisfies(e -> assertThat(e.recordedBy()).isEqualTo("supervisor"));
        assertThat(statusOf("AR101", "2023-09-20T08:30", arcs.clock.instant())).isEqualTo(AuthorisationStatus.STEPPED_BACK);
    }

    @Test
    void accreditationsHeldIncludeLapsedOnesWithTheirValidUntilDates() {
        Cipher cipher = new Cipher("AR101");
        Instant now = arcs.clock.instant();
        assertThat(registry.accreditationsAt(TEST, cipher, london("2024-02-01T12:00"), now))
                .singleElement().satisfies(held -> {
                    assertThat(held.accreditation()).isEqualTo(Accreditation.ARV);
                    assertThat(held.validUntil()).isEqualTo(LocalDate.of(2024, 1, 9));
                });
        assertThat(registry.expiriesAt(TEST, london("2024-02-01T12:00"), now)).isEmpty();
        assertThat(registry.accreditationsAt(TEST, cipher, london("2020-02-01T12:00"), now)).isEmpty();
    }
}
