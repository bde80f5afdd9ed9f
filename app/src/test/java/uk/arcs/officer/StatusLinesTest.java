package uk.arcs.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.TestForces.LONDON;
import static uk.arcs.TestForces.TEST;
import static uk.arcs.TestForces.london;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.arcs.force.Accreditation;

/**
 * Statuses are read from the officers' status lines whenever the lines can answer; the replay of the events
 * visible at the time asked about is the definition they must agree with, at every instant and as known at
 * every instant.
 */
class StatusLinesTest {

    private static final Officer OFFICER = officer(101);
    private static final Instant NOW = london("2024-06-01T12:00");

    private final List<OfficerEvent> events = new ArrayList<>();
    private final Set<Long> corrected = new HashSet<>();
    private long nextId = 1;

    private static Officer officer(int number) {
        return new Officer(TEST, new Cipher("AR" + number), "ARV", 1);
    }

    private OfficerEvent event(OfficerEventType type, Instant occurredAt, Instant recordedAt, EventDetails details) {
        return event(OFFICER, type, occurredAt, recordedAt, details);
    }

    private OfficerEvent event(Officer officer, OfficerEventType type, Instant occurredAt, Instant recordedAt,
                               EventDetails details) {
        OfficerEvent event = new OfficerEvent(nextId++, TEST, officer.cipher(), type, occurredAt, recordedAt, "test",
                "test: " + type, details);
        events.add(event);
        return event;
    }

    private OfficerTimeline timeline(List<OfficerEvent> recorded) {
        OfficerTimeline timeline = new OfficerTimeline(OFFICER, LONDON);
        timeline.addAll(recorded);
        return timeline;
    }

    /** The officer authorised in January 2020 and accredited ARV in January 2023, valid to 9 January 2024. */
    private void authorisedWithArvUntil9January2024() {
        event(OfficerEventType.AUTHORISED, london("2020-01-06T09:00"), london("2020-01-06T10:00"), EventDetails.NONE);
        event(OfficerEventType.ACCREDITED, london("2023-01-10T16:00"), london("2023-01-10T17:00"),
                EventDetails.accreditation(Accreditation.ARV, LocalDate.of(2024, 1, 9)));
    }

    /** The status as the registry reads it: from the line when it can answer, otherwise replayed. */
    private static OfficerStatus statusAt(OfficerTimeline timeline, Instant at, Instant knownAt) {
        return ForceStatusLines.NONE.withOfficers(List.of(timeline), Set.of()).statusAt(timeline.officer().cipher(), at, knownAt)
                .orElseThrow();
    }

    @Test
    void aLateCorrectionLeavesTheStatusAsKnownBeforeItAsItWas() {
        authorisedWithArvUntil9January2024();
        OfficerEvent mistaken = event(OfficerEventType.STEPPED_BACK, london("2023-06-01T08:00"),
                london("2023-06-01T09:00"), EventDetails.NONE);
        OfficerTimeline timeline = timeline(events);
        timeline.addAll(List.of(event(OfficerEventType.RECORDED_IN_ERROR, london("2023-09-01T10:00"),
                london("2023-09-01T10:00"), EventDetails.correcting(mistaken.id()))));

        Instant july = london("2023-07-01T12:00");
        assertThat(statusAt(timeline, july, london("2023-08-01T12:00")).status())
                .as("as known in August, before the correction").isEqualTo(AuthorisationStatus.STEPPED_BACK);
        assertThat(statusAt(timeline, july, london("2023-09-01T10:00")).status())
                .as("as known once the correction was recorded").isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(statusAt(timeline, july, NOW).status()).isEqualTo(AuthorisationStatus.AUTHORISED);
    }

    @Test
    void anEventRecordedLateIsUnknownBeforeItsRecordingAtEveryLaterInstant() {
        authorisedWithArvUntil9January2024();
        event(OfficerEventType.SICK, london("2023-03-01T07:00"), london("2023-05-01T12:00"), EventDetails.NONE);
        OfficerTimeline timeline = timeline(events);

        assertThat(statusAt(timeline, london("2023-04-01T12:00"), london("2023-04-01T12:00")).absence())
                .isEqualTo(Absence.NONE);
        assertThat(statusAt(timeline, london("2023-04-01T12:00"), london("2023-05-01T12:00")).absence())
                .isEqualTo(Absence.SICK);
        assertThat(statusAt(timeline, london("2023-12-01T12:00"), london("2023-04-30T12:00")).absence())
                .isEqualTo(Absence.NONE);
    }

    @Test
    void anAccreditationIsValidToTheLastMomentOfItsValidUntilDateInTheForcesZone() {
        event(OfficerEventType.AUTHORISED, london("2020-01-06T09:00"), london("2020-01-06T10:00"), EventDetails.NONE);
        event(OfficerEventType.ACCREDITED, london("2023-07-10T16:00"), london("2023-07-10T17:00"),
                EventDetails.accreditation(Accreditation.ARV, LocalDate.of(2023, 7, 20)));
        OfficerTimeline timeline = timeline(events);

        Instant midnight = london("2023-07-21T00:00");
        OfficerStatus lastMoment = statusAt(timeline, midnight.minusNanos(1), NOW);
        OfficerStatus nextDay = statusAt(timeline, midnight, NOW);
        assertThat(lastMoment.status()).isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(lastMoment.validAccreditations()).containsExactly(Accreditation.ARV);
        assertThat(nextDay.status()).isEqualTo(AuthorisationStatus.LAPSED);
        assertThat(nextDay.lapsedAccreditations()).containsExactly(Accreditation.ARV);
    }

    @Test
    void statusesAreTheReplayedStatusesAtEveryInstantAsKnownAtEveryInstant() {
        Random random = new Random(20230923L);
        List<Instant> instants = new ArrayList<>();
        List<Instant> knownAts = new ArrayList<>(List.of(Instant.MIN, NOW, Instant.MAX));
        // Officers 100, 102, ... 178: more than a block of them, and room for new ones between them later.
        TreeMap<Cipher, OfficerTimeline> timelines = new TreeMap<>();
        for (int number = 100; number < 180; number += 2) {
            addOfficer(timelines, officer(number));
        }
        ForceStatusLines lines = ForceStatusLines.NONE;
        for (int round = 0; round < 4; round++) {
            Set<Cipher> changed = new HashSet<>();
            if (round == 2) {
                // Officers registered between others move the officers after them to other places in the blocks.
                addOfficer(timelines, officer(101));
                addOfficer(timelines, officer(141));
            }
            for (OfficerTimeline timeline : timelines.values()) {
                if (round == 0 || random.nextInt(4) == 0) {
                    timeline.addAll(randomEvents(random, timeline.officer(), 1 + random.nextInt(30), instants, knownAts));
                    changed.add(timeline.officer().cipher());
                }
            }
            List<OfficerTimeline> inCipherOrder = List.copyOf(timelines.values());
            lines = round == 0 || round == 2 ? lines.withOfficers(inCipherOrder, changed) : lines.withChanged(changed);
            for (int query = 0; query < 20_000; query++) {
                OfficerTimeline timeline = inCipherOrder.get(random.nextInt(inCipherOrder.size()));
                Instant at = near(random, instants.get(random.nextInt(instants.size())));
                Instant knownAt = near(random, knownAts.get(random.nextInt(knownAts.size())));
                assertThat(lines.statusAt(timeline.officer().cipher(), at, knownAt)).as("%s at %s as known at %s",
                        timeline.officer().cipher(), at, knownAt).contains(timeline.replayedStatusAt(at, knownAt));
            }
            for (int query = 0; query < 1_000; query++) {
                Instant at = near(random, instants.get(random.nextInt(instants.size())));
                // Half as known after everything was recorded, which the lines laid out by time answer.
                Instant knownAt = query % 2 == 0 ? Instant.MAX : near(random, knownAts.get(random.nextInt(knownAts.size())));
                OfficerStates states = lines.statusesAt(at, knownAt);
                assertThat(states).as("every officer at %s as known at %s", at, knownAt)
                        .containsExactlyElementsOf(inCipherOrder.stream().map(t -> t.replayedStatusAt(at, knownAt)).toList());
            }
        }
    }

    @Test
    void aForcesStatusesAtAnInstantAreReadInColumnsThatGiveBackEachOfficersStatus() {
        authorisedWithArvUntil9January2024();
        event(OfficerEventType.SICK, london("2023-06-01T08:00"), london("2023-06-01T09:00"), EventDetails.NONE);
        Officer offRota = new Officer(TEST, new Cipher("PD7"), "PROTECTION", null);
        event(offRota, OfficerEventType.AUTHORISED, london("2021-03-01T09:00"), london("2021-03-01T09:00"),
                EventDetails.NONE);
        OfficerTimeline arv = timeline(events.subList(0, 3));
        OfficerTimeline protection = new OfficerTimeline(offRota, LONDON);
        protection.addAll(events.subList(3, 4));
        OfficerStates states = ForceStatusLines.NONE.withOfficers(List.of(arv, protection), Set.of())
                .statusesAt(london("2023-07-01T12:00"), NOW);

        assertThat(states).hasSize(2);
        assertThat(states.status(0)).isEqualTo(AuthorisationStatus.AUTHORISED);
        assertThat(states.absence(0)).isEqualTo(Absence.SICK);
        assertThat(states.validAccreditationBits(0)).isEqualTo(OfficerStates.bit(Accreditation.ARV));
        assertThat(states.team(0)).isEqualTo(1);
        assertThat(states.team(1)).as("not on the rota").isZero();
        assertThat(states.status(1)).as("authorised, with no accreditation in date").isEqualTo(AuthorisationStatus.LAPSED);
        assertThat(states.unitNumber(1)).isEqualTo(states.unitNumber("PROTECTION")).isNotEqualTo(states.unitNumber(0));
        assertThat(states.unitNumber("AVIATION")).isEqualTo(-1);
        assertThat(states.get(0)).isEqualTo(arv.replayedStatusAt(london("2023-07-01T12:00"), NOW));
        assertThat(OfficerStates.of(List.of(states.get(0), states.get(1)))).isEqualTo(states);
    }

    private static void addOfficer(TreeMap<Cipher, OfficerTimeline> timelines, Officer officer) {
        timelines.put(officer.cipher(), new OfficerTimeline(officer, LONDON));
    }

    /**
     * Events of every kind in October and November 2023 (across the end of summer time), recorded from ten
     * days before they occur (booked leave) to weeks after, several at the same instant, some corrected.
     * Their instants and recording times are added to the instants worth asking about.
     */
    private List<OfficerEvent> randomEvents(Random random, Officer officer, int count, List<Instant> instants,
                                            List<Instant> knownAts) {
        List<OfficerEvent> batch = new ArrayList<>();
        Instant from = london("2023-10-01T00:00");
        for (int i = 0; i < count; i++) {
            OfficerEventType type = OfficerEventType.values()[random.nextInt(OfficerEventType.values().length)];
            Instant occurredAt = !instants.isEmpty() && random.nextInt(8) == 0
                    ? instants.get(random.nextInt(instants.size()))
                    : from.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
            Instant recordedAt = occurredAt.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30) - 60 * 24 * 10));
            EventDetails details = EventDetails.NONE;
            if (type.category() == OfficerEventType.Category.ACCREDITATION) {
                Accreditation accreditation = Accreditation.values()[random.nextInt(3)];
                LocalDate validUntil = occurredAt.atZone(LONDON).toLocalDate().plusDays(random.nextInt(40));
                details = type == OfficerEventType.ACCREDITED
                        ? EventDetails.accreditation(accreditation, validUntil)
                        : EventDetails.accreditation(accreditation, null);
                instants.add(validUntil.plusDays(1).atStartOfDay(LONDON).toInstant());
            } else if (type.isAbsence() && random.nextBoolean()) {
                Instant until = occurredAt.plus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 20)));
                details = EventDetails.absenceUntil(until);
                instants.add(until);
            } else if (type == OfficerEventType.RECORDED_IN_ERROR) {
                OfficerEvent target = uncorrected(random, officer);
                if (target == null) {
                    continue;
                }
                details = EventDetails.correcting(target.id());
                recordedAt = random.nextInt(10) == 0 ? target.recordedAt().minusSeconds(60)
                        : target.recordedAt().plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
            }
            batch.add(event(officer, type, occurredAt, recordedAt, details));
            instants.add(occurredAt);
            knownAts.add(recordedAt);
        }
        return batch;
    }

    /** An event of the officer's recorded so far, neither a correction nor corrected: what a correction may void. */
    private OfficerEvent uncorrected(Random random, Officer officer) {
        List<OfficerEvent> candidates = events.stream()
                .filter(e -> e.cipher().equals(officer.cipher()) && e.type() != OfficerEventType.RECORDED_IN_ERROR)
                .filter(e -> !corrected.contains(e.id()))
                .toList();
        if (candidates.isEmpty()) {
            return null;
        }
        OfficerEvent target = candidates.get(random.nextInt(candidates.size()));
        corrected.add(target.id());
        return target;
    }

    /** The instant itself, or a microsecond or a nanosecond either side of it, or somewhere in the next day. */
    private static Instant near(Random random, Instant instant) {
        if (instant.equals(Instant.MIN) || instant.equals(Instant.MAX)) {
            return instant;
        }
        return switch (random.nextInt(6)) {
            case 0 -> instant.minusNanos(1_000);
            case 1 -> instant.plusNanos(1_000);
            case 2 -> instant.minusNanos(1);
            case 3 -> instant.plus(Duration.ofMinutes(random.nextInt(60 * 24)));
            default -> instant;
        };
    }
}
