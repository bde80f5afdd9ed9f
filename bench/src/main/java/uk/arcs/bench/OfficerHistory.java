package uk.arcs.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import uk.arcs.force.Accreditation;
import uk.arcs.officer.EventDetails;
import uk.arcs.officer.NewOfficerEvent;
import uk.arcs.officer.OfficerEventType;

/**
 * Writes one officer's events so that the timeline obeys the registry's rules by construction: AUTHORISED
 * first; yearly requalifications, some late so the accreditation lapses for a while; then the officer's time
 * in the period cut into equal slots, each holding one episode that starts and ends inside it and leaves the
 * officer as it found them (authorised and at work): leave, sickness, restriction, stepping back, suspension.
 * WITHDRAWN, when it comes, is the last event.
 */
final class OfficerHistory {

    /** An event with when and by whom it was recorded. */
    record Recording(NewOfficerEvent event, Instant recordedAt, String recordedBy) {
    }

    private static final String HR = "bench.hr";
    private static final String RESOURCING = "bench.resourcing";
    private static final String SUPERVISOR = "bench.firearms.supervisor";
    private static final double LATE_REQUALIFICATION = 0.12;

    private enum Episode {
        ANNUAL_LEAVE(50, 1),
        SHORT_SICKNESS(18, 1),
        OPEN_SICKNESS(8, 2),
        EARLY_RETURN_FROM_SICKNESS(4, 2),
        OPEN_RESTRICTION(4, 2),
        FIXED_RESTRICTION(3, 1),
        STEP_BACK(3, 2),
        SUSPENSION(0.2, 2);

        private final double weight;
        private final int events;

        Episode(double weight, int events) {
            this.weight = weight;
            this.events = events;
        }

        /** Episodes drawn by weight whose events add up to exactly {@code events}. */
        static List<Episode> plan(int events, UniformRandomProvider random) {
            List<Episode> plan = new ArrayList<>();
            for (int left = events; left > 0; ) {
                Episode episode = draw(left, random);
                plan.add(episode);
                left -= episode.events;
            }
            return plan;
        }

        private static Episode draw(int atMost, UniformRandomProvider random) {
            double total = 0;
            for (Episode episode : values()) {
                total += episode.events <= atMost ? episode.weight : 0;
            }
            double point = random.nextDouble() * total;
            Episode chosen = ANNUAL_LEAVE;
            for (Episode episode : values()) {
                if (episode.events <= atMost) {
                    chosen = episode;
                    point -= episode.weight;
                    if (point < 0) {
                        break;
                    }
                }
            }
            return chosen;
        }
    }

    private final NationalDataSet.PlannedOfficer officer;
    private final UniformRandomProvider random;
    private final List<Recording> recordings = new ArrayList<>();

    private OfficerHistory(NationalDataSet.PlannedOfficer officer, UniformRandomProvider random) {
        this.officer = officer;
        this.random = random;
    }

    /** Exactly {@code events} events for the officer. */
    static List<Recording> write(NationalDataSet.PlannedOfficer officer, int events, UniformRandomProvider random) {
        return new OfficerHistory(officer, random).write(events);
    }

    private List<Recording> write(int events) {
        OfficerCareer career = officer.career();
        Instant authorised = career.authorised();
        record(OfficerEventType.AUTHORISED, authorised, authorised.plus(Duration.ofMinutes(30)), HR,
                "authorised firearms officer on completion of initial course", EventDetails.NONE);
        for (Accreditation accreditation : officer.accreditations()) {
            requalifyYearly(accreditation, career);
        }
        int withdrawal = career.withdrawn() == null ? 0 : 1;
        int episodeEvents = events - recordings.size() - withdrawal;
        if (episodeEvents < 0) {
            throw new IllegalStateException(officer.officer().cipher() + " was given " + events
                    + " events but needs " + (recordings.size() + withdrawal) + " for the career alone");
        }
        List<Episode> episodes = Episode.plan(episodeEvents, random);
        Instant first = career.activeFrom().plus(Duration.ofDays(1));
        Instant last = career.activeUntil().minus(Duration.ofDays(1));
        if (!episodes.isEmpty()) {
            Duration slot = Duration.between(first, last).dividedBy(episodes.size());
            for (int i = 0; i < episodes.size(); i++) {
                episode(episodes.get(i), first.plus(slot.multipliedBy(i)), slot);
            }
        }
        if (career.withdrawn() != null) {
            record(OfficerEventType.WITHDRAWN, career.withdrawn(), soonAfter(career.withdrawn()), SUPERVISOR,
                    "left armed policing", EventDetails.NONE);
        }
        return recordings;
    }

    /** Requalifies a year at a time while the officer serves; a late course leaves the accreditation lapsed. */
    private void requalifyYearly(Accreditation accreditation, OfficerCareer career) {
        LocalDate qualified = career.joinedDuringPeriod()
                ? career.authorised().atZone(NationalDataSet.ZONE).toLocalDate()
                : LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365));
        while (true) {
            Instant at = qualified.atTime(16, 0).atZone(NationalDataSet.ZONE).toInstant();
            if (!at.isBefore(career.activeUntil())) {
                return;
            }
            LocalDate validUntil = qualified.plusYears(1).minusDays(1);
            record(OfficerEventType.ACCREDITED, at, at.plus(Duration.ofHours(1)), HR, "annual requalification passed",
                    EventDetails.accreditation(accreditation, validUntil));
            qualified = random.nextDouble() < LATE_REQUALIFICATION
                    ? validUntil.plusDays(1 + random.nextInt(45))
                    : validUntil.minusDays(random.nextInt(41));
        }
    }

    /** One episode that starts in the first quarter of its slot and is over before the slot ends. */
    private void episode(Episode episode, Instant slotStart, Duration slot) {
        Instant start = slotStart.plus(Duration.ofMinutes(random.nextLong(slot.toMinutes() / 4)));
        Duration longest = slot.multipliedBy(3).dividedBy(5);
        switch (episode) {
            case ANNUAL_LEAVE -> record(OfficerEventType.ANNUAL_LEAVE, start,
                    start.minus(Duration.ofDays(7 + random.nextInt(54))), RESOURCING, "annual leave",
                    EventDetails.absenceUntil(start.plus(length(1, 7, longest))));
            case SHORT_SICKNESS -> record(OfficerEventType.SICK, start, soonAfter(start), RESOURCING, "reported sick",
                    EventDetails.absenceUntil(start.plus(length(1, 4, longest))));
            case OPEN_SICKNESS -> {
                record(OfficerEventType.SICK, start, soonAfter(start), RESOURCING, "reported sick, return not known",
                        EventDetails.NONE);
                resume(start.plus(length(2, 20, longest)), "fit for duty");
            }
            case EARLY_RETURN_FROM_SICKNESS -> {
                Duration expected = length(3, 10, longest);
                record(OfficerEventType.SICK, start, soonAfter(start), RESOURCING, "reported sick",
                        EventDetails.absenceUntil(start.plus(expected)));
                resume(start.plus(expected.dividedBy(2)), "fit for duty earlier than expected");
            }
            case OPEN_RESTRICTION -> {
                record(OfficerEventType.RESTRICTED, start, soonAfter(start), RESOURCING,
                        "restricted duties pending occupational health review", EventDetails.NONE);
                resume(start.plus(length(7, 60, longest)), "restriction lifted");
            }
            case FIXED_RESTRICTION -> record(OfficerEventType.RESTRICTED, start, soonAfter(start), RESOURCING,
                    "restricted duties after injury", EventDetails.absenceUntil(start.plus(length(7, 30, longest))));
            case STEP_BACK -> {
                record(OfficerEventType.STEPPED_BACK, start, soonAfter(start), SUPERVISOR,
                        "firearms authorisation handed in for a period of reflection", EventDetails.NONE);
                Instant back = start.plus(length(1, 30, longest));
                record(OfficerEventType.RETURNED, back, soonAfter(back), SUPERVISOR,
                        "authorisation returned to the officer", EventDetails.NONE);
            }
            case SUSPENSION -> {
                record(OfficerEventType.SUSPENDED, start, soonAfter(start), SUPERVISOR,
                        "suspended pending a misconduct investigation", EventDetails.NONE);
                Instant back = start.plus(length(14, 90, longest));
                record(OfficerEventType.REINSTATED, back, soonAfter(back), SUPERVISOR,
                        "reinstated: no case to answer", EventDetails.NONE);
            }
        }
    }

    private void resume(Instant at, String reason) {
        record(OfficerEventType.RESUMED_DUTY, at, soonAfter(at), RESOURCING, reason, EventDetails.NONE);
    }

    /** Between {@code minDays} and {@code maxDays} days, but no longer than {@code longest} nor shorter than an hour. */
    private Duration length(int minDays, int maxDays, Duration longest) {
        long minutes = Duration.ofDays(minDays).toMinutes()
                + random.nextLong(Duration.ofDays(maxDays - minDays).toMinutes() + 1);
        Duration drawn = Duration.ofMinutes(minutes);
        Duration capped = drawn.compareTo(longest) > 0 ? longest : drawn;
        return capped.compareTo(Duration.ofHours(1)) < 0 ? Duration.ofHours(1) : capped;
    }

    private Instant soonAfter(Instant at) {
        return at.plus(Duration.ofMinutes(3 + random.nextInt(118)));
    }

    private void record(OfficerEventType type, Instant occurredAt, Instant recordedAt, String recordedBy,
                        String reason, EventDetails details) {
        recordings.add(new Recording(new NewOfficerEvent(officer.officer().cipher(), type, occurredAt, reason, details),
                recordedAt, recordedBy));
    }
}
