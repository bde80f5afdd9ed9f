package uk.arcs.officer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import uk.arcs.force.Accreditation;

/**
 * One officer's events, kept per category in occurrence order. A RECORDED_IN_ERROR event voids its target
 * from the moment the correction was recorded, so earlier views stay reproducible.
 *
 * <p>A picture reads the officer's status from the {@link StatusLine} worked out from the events as known
 * now, whenever everything that occurred up to the instant was known by the time asked about: nearly always,
 * even as known at the instant itself, since most events are recorded within hours. Otherwise the status is
 * replayed from the events visible then, a binary search back to the last visible event of each category.
 */
final class OfficerTimeline {

    static final Comparator<OfficerEvent> OCCURRENCE_ORDER =
            Comparator.comparing(OfficerEvent::occurredAt).thenComparingLong(OfficerEvent::id);

    private static final Entry[] EMPTY = new Entry[0];
    private static final Accreditation[] ACCREDITATIONS = Accreditation.values();

    private final Officer officer;
    /** The force's time zone, in which an accreditation is valid up to and including its valid-until date. */
    private final ZoneId zone;
    private Entry[] authorisation = EMPTY;
    private Entry[] availability = EMPTY;
    private Entry[] accreditation = EMPTY;
    private final List<OfficerEvent> corrections = new ArrayList<>();

    OfficerTimeline(Officer officer, ZoneId zone) {
        this.officer = officer;
        this.zone = zone;
    }

    Officer officer() {
        return officer;
    }

    static final class Entry {
        final OfficerEvent event;
        Instant voidedAt;

        Entry(OfficerEvent event) {
            this.event = event;
        }

        boolean visibleAt(Instant knownAt) {
            return !event.recordedAt().isAfter(knownAt) && (voidedAt == null || voidedAt.isAfter(knownAt));
        }

        /** From when every view shows this entry as it is now: recorded, and voided if it is. */
        Instant settledAt() {
            return voidedAt == null || voidedAt.isBefore(event.recordedAt()) ? event.recordedAt() : voidedAt;
        }
    }

    /** Adds recorded events (already checked) to the timeline. */
    void addAll(List<OfficerEvent> events) {
        List<Entry> auth = new ArrayList<>(Arrays.asList(authorisation));
        List<Entry> avail = new ArrayList<>(Arrays.asList(availability));
        List<Entry> accr = new ArrayList<>(Arrays.asList(accreditation));
        for (OfficerEvent event : events) {
            switch (event.type().category()) {
                case AUTHORISATION -> auth.add(new Entry(event));
                case AVAILABILITY -> avail.add(new Entry(event));
                case ACCREDITATION -> accr.add(new Entry(event));
                case CORRECTION -> corrections.add(event);
            }
        }
        authorisation = sorted(auth);
        availability = sorted(avail);
        accreditation = sorted(accr);
        for (OfficerEvent event : events) {
            if (event.type() == OfficerEventType.RECORDED_IN_ERROR) {
                find(event.details().corrects()).voidedAt = event.recordedAt();
            }
        }
    }

    private static Entry[] sorted(List<Entry> entries) {
        Entry[] array = entries.toArray(EMPTY);
        Arrays.sort(array, Comparator.comparing(e -> e.event, OCCURRENCE_ORDER));
        return array;
    }

    private Entry find(long eventId) {
        for (Entry[] entries : List.of(authorisation, availability, accreditation)) {
            for (Entry entry : entries) {
                if (entry.event.id() == eventId) {
                    return entry;
                }
            }
        }
        throw new IllegalStateException("event " + eventId + " is not in the timeline of " + officer.cipher());
    }

    /** Every event, corrections included, in occurrence order. */
    List<OfficerEvent> history() {
        List<OfficerEvent> all = new ArrayList<>();
        for (Entry[] entries : List.of(authorisation, availability, accreditation)) {
            for (Entry entry : entries) {
                all.add(entry.event);
            }
        }
        all.addAll(corrections);
        all.sort(OCCURRENCE_ORDER);
        return all;
    }

    /** The events in force now (recorded and not voided), in occurrence order: what the rules check. */
    List<OfficerEvent> effectiveEvents() {
        List<OfficerEvent> effective = new ArrayList<>();
        for (Entry[] entries : List.of(authorisation, availability, accreditation)) {
            for (Entry entry : entries) {
                if (entry.voidedAt == null) {
                    effective.add(entry.event);
                }
            }
        }
        effective.sort(OCCURRENCE_ORDER);
        return effective;
    }

    boolean isVoided(long eventId) {
        for (Entry[] entries : List.of(authorisation, availability, accreditation)) {
            for (Entry entry : entries) {
                if (entry.event.id() == eventId) {
                    return entry.voidedAt != null;
                }
            }
        }
        return false;
    }

    boolean contains(long eventId) {
        for (Entry[] entries : List.of(authorisation, availability, accreditation)) {
            for (Entry entry : entries) {
                if (entry.event.id() == eventId) {
                    return true;
                }
            }
        }
        return corrections.stream().anyMatch(c -> c.id() == eventId);
    }

    /** The accreditations held in date at {@code at}, with their valid-until dates. */
    List<AccreditationExpiry> expiriesAt(Instant at, Instant knownAt) {
        LocalDate day = at.atZone(zone).toLocalDate();
        List<AccreditationExpiry> expiries = heldAt(at, knownAt);
        expiries.removeIf(held -> held.validUntil().isBefore(day));
        return expiries;
    }

    /** The accreditations held at {@code at} (granted and not removed), in date or lapsed, with their valid-until dates. */
    List<AccreditationExpiry> heldAt(Instant at, Instant knownAt) {
        List<AccreditationExpiry> held = new ArrayList<>();
        for (Entry entry : latestAccreditations(at, knownAt)) {
            if (entry != null && entry.event.type() == OfficerEventType.ACCREDITED) {
                held.add(new AccreditationExpiry(officer, entry.event.details().accreditation(),
                        entry.event.details().validUntil()));
            }
        }
        return held;
    }

    /** For each accreditation (by ordinal), its last event by {@code at} as known at {@code knownAt}, or null. */
    private Entry[] latestAccreditations(Instant at, Instant knownAt) {
        Entry[] latest = new Entry[ACCREDITATIONS.length];
        int end = upperBound(accreditation, at);
        for (int i = 0; i < end; i++) {
            Entry entry = accreditation[i];
            if (entry.visibleAt(knownAt)) {
                latest[entry.event.details().accreditation().ordinal()] = entry;
            }
        }
        return latest;
    }

    /** The officer's status at {@code at}, replayed from the events visible at {@code knownAt}. */
    OfficerStatus replayedStatusAt(Instant at, Instant knownAt) {
        return status(lastVisible(authorisation, at, knownAt), latestAccreditations(at, knownAt),
                lastVisible(availability, at, knownAt), at);
    }

    /**
     * The status at {@code at} given the last event of each category that counts then (null for none): the
     * one derivation both the status line and the replay use.
     */
    private OfficerStatus status(Entry lastAuthorisation, Entry[] latestAccreditations, Entry lastAvailability,
                                 Instant at) {
        AuthorisationStatus status = lastAuthorisation == null
                ? AuthorisationStatus.NOT_AUTHORISED
                : AuthorisationState.statusAfter(lastAuthorisation.event.type());

        int valid = 0;
        int lapsed = 0;
        LocalDate day = null;
        for (Entry entry : latestAccreditations) {
            if (entry != null && entry.event.type() == OfficerEventType.ACCREDITED) {
                if (day == null) {
                    day = at.atZone(zone).toLocalDate();
                }
                int bit = AccreditationSets.bit(entry.event.details().accreditation());
                if (entry.event.details().validUntil().isBefore(day)) {
                    lapsed |= bit;
                } else {
                    valid |= bit;
                }
            }
        }
        if (status == AuthorisationStatus.AUTHORISED && valid == 0) {
            status = AuthorisationStatus.LAPSED;
        }

        Absence absence = Absence.NONE;
        if (lastAvailability != null && lastAvailability.event.type().isAbsence()) {
            Instant until = lastAvailability.event.details().until();
            if (until == null || until.isAfter(at)) {
                absence = switch (lastAvailability.event.type()) {
                    case ANNUAL_LEAVE -> Absence.ANNUAL_LEAVE;
                    case SICK -> Absence.SICK;
                    default -> Absence.RESTRICTED;
                };
            }
        }
        return new OfficerStatus(officer, status, AccreditationSets.of(valid), AccreditationSets.of(lapsed), absence);
    }

    /**
     * The officer's status line: sweeps the events as known now in occurrence order, taking the status at every
     * instant where it can change, and the instant by which everything that occurred so far was recorded and
     * corrected. Worked out again whenever the officer's events change.
     */
    StatusLine statusLine() {
        Entry[] all = allInOccurrenceOrder();
        List<Instant> starts = new ArrayList<>(2 * all.length + 1);
        starts.add(Instant.MIN);
        for (Entry entry : all) {
            starts.add(entry.event.occurredAt());
            if (entry.voidedAt != null) {
                continue;
            }
            EventDetails details = entry.event.details();
            // An accreditation lapses at the start of the day after its valid-until date (unless there is none).
            if (entry.event.type() == OfficerEventType.ACCREDITED && details.validUntil().isBefore(LocalDate.MAX)) {
                starts.add(details.validUntil().plusDays(1).atStartOfDay(zone).toInstant());
            }
            if (details.until() != null) {
                starts.add(details.until());
            }
        }
        // Mostly in order already (the occurrences are), which the sort makes use of.
        starts.sort(null);
        StatusLine line = new StatusLine(starts.size());
        Entry lastAuthorisation = null;
        Entry lastAvailability = null;
        Entry[] latestAccreditations = new Entry[ACCREDITATIONS.length];
        Instant settledAt = Instant.MIN;
        int next = 0;
        Instant previous = null;
        for (Instant start : starts) {
            if (start.equals(previous)) {
                continue;
            }
            previous = start;
            for (; next < all.length && !all[next].event.occurredAt().isAfter(start); next++) {
                Entry entry = all[next];
                if (entry.settledAt().isAfter(settledAt)) {
                    settledAt = entry.settledAt();
                }
                if (entry.voidedAt != null) {
                    continue;
                }
                switch (entry.event.type().category()) {
                    case AUTHORISATION -> lastAuthorisation = entry;
                    case AVAILABILITY -> lastAvailability = entry;
                    case ACCREDITATION -> latestAccreditations[entry.event.details().accreditation().ordinal()] = entry;
                    case CORRECTION -> throw new IllegalStateException("corrections are kept apart");
                }
            }
            line.add(start, settledAt,
                    OfficerStates.pack(status(lastAuthorisation, latestAccreditations, lastAvailability, start)));
        }
        return line.complete();
    }

    /** The entries of every category in occurrence order. */
    private Entry[] allInOccurrenceOrder() {
        return merged(merged(authorisation, availability), accreditation);
    }

    /** Two arrays of entries in occurrence order, merged. */
    private static Entry[] merged(Entry[] left, Entry[] right) {
        Entry[] merged = new Entry[left.length + right.length];
        int l = 0;
        int r = 0;
        for (int i = 0; i < merged.length; i++) {
            boolean fromLeft = r == right.length
                    || l < left.length && OCCURRENCE_ORDER.compare(left[l].event, right[r].event) <= 0;
            merged[i] = fromLeft ? left[l++] : right[r++];
        }
        return merged;
    }

    private static Entry lastVisible(Entry[] entries, Instant at, Instant knownAt) {
        for (int i = upperBound(entries, at) - 1; i >= 0; i--) {
            if (entries[i].visibleAt(knownAt)) {
                return entries[i];
            }
        }
        return null;
    }

    /** The number of entries that occurred at or before {@code at}. */
    private static int upperBound(Entry[] entries, Instant at) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries[mid].event.occurredAt().isAfter(at)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
