package uk.arcs.officer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import uk.arcs.force.Accreditation;

/**
 * One officer's events, kept per category in occurrence order so that the state at any instant, as known
 * at any instant, is a binary search away. A RECORDED_IN_ERROR event voids its target from the moment the
 * correction was recorded, so earlier views stay reproducible.
 */
final class OfficerTimeline {

    static final Comparator<OfficerEvent> OCCURRENCE_ORDER =
            Comparator.comparing(OfficerEvent::occurredAt).thenComparingLong(OfficerEvent::id);

    private static final Entry[] EMPTY = new Entry[0];
    private static final Accreditation[] ACCREDITATIONS = Accreditation.values();

    private final Officer officer;
    private Entry[] authorisation = EMPTY;
    private Entry[] availability = EMPTY;
    private Entry[] accreditation = EMPTY;
    private final List<OfficerEvent> corrections = new ArrayList<>();

    OfficerTimeline(Officer officer) {
        this.officer = officer;
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
    List<AccreditationExpiry> expiriesAt(Instant at, Instant knownAt, ZoneId zone) {
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

    OfficerStatus statusAt(Instant at, Instant knownAt, ZoneId zone) {
        return statusAt(at, knownAt, at.atZone(zone).toLocalDate());
    }

    /** {@code day} is {@code at}'s date in the force's zone, worked out once for a whole force. */
    OfficerStatus statusAt(Instant at, Instant knownAt, LocalDate day) {
        Entry lastAuthorisation = lastVisible(authorisation, at, knownAt);
        AuthorisationStatus status = lastAuthorisation == null
                ? AuthorisationStatus.NOT_AUTHORISED
                : AuthorisationState.statusAfter(lastAuthorisation.event.type());

        Entry[] latest = latestAccreditations(at, knownAt);
        EnumSet<Accreditation> valid = EnumSet.noneOf(Accreditation.class);
        EnumSet<Accreditation> lapsed = EnumSet.noneOf(Accreditation.class);
        for (Entry entry : latest) {
            if (entry != null && entry.event.type() == OfficerEventType.ACCREDITED) {
                (entry.event.details().validUntil().isBefore(day) ? lapsed : valid)
                        .add(entry.event.details().accreditation());
            }
        }
        if (status == AuthorisationStatus.AUTHORISED && valid.isEmpty()) {
            status = AuthorisationStatus.LAPSED;
        }

        Entry lastAvailability = lastVisible(availability, at, knownAt);
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
        return new OfficerStatus(officer, status, valid, lapsed, absence);
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
