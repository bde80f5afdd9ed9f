package uk.arcs.officer;

import java.time.Instant;
import java.util.Arrays;

/**
 * One officer's status over occurrence time as everything recorded says now, worked out when the officer's
 * events change (see {@link OfficerTimeline#statusLine()}) and kept, packed with other officers' lines, in a
 * {@link StatusLineBlock} that pictures read.
 *
 * <p>The line is cut into stretches. A stretch starts at an instant where the status can change: an event
 * occurs, an absence reaches its end, an accreditation passes its valid-until date. Besides its status, a
 * stretch carries the instant it is settled at: by then every event that occurred up to the stretch's start
 * had been recorded, and corrected if it ever was. As known at that instant or later, the stretch's status is
 * the status as known now; as known earlier, the events must be replayed. The first stretch starts at
 * {@link Instant#MIN}, before anything occurred.
 *
 * <p>Instants are held as seconds and nanoseconds in primitive arrays, two per stretch side by side (start,
 * then settled), so that a search reads the arrays themselves rather than following a reference per probe.
 */
final class StatusLine {

    long[] seconds;
    int[] nanos;
    OfficerStatus[] statuses;
    /** The line's first stretch in the arrays: 0, or where it lies in a block's arrays it was read back from. */
    final int first;
    int size;

    StatusLine(int capacity) {
        int length = Math.max(1, capacity);
        seconds = new long[2 * length];
        nanos = new int[2 * length];
        statuses = new OfficerStatus[length];
        first = 0;
    }

    /** The line that lies in a block's arrays from stretch {@code first}: shared, not copied, so never added to. */
    StatusLine(long[] seconds, int[] nanos, OfficerStatus[] statuses, int first, int size) {
        this.seconds = seconds;
        this.nanos = nanos;
        this.statuses = statuses;
        this.first = first;
        this.size = size;
    }

    /**
     * Adds the stretch that starts at {@code start}, later than every stretch added so far; the first starts at
     * {@link Instant#MIN}. A stretch that would change nothing is merged into the one before it; statuses are
     * compared by identity, so the caller hands in one instance per distinct status.
     */
    void add(Instant start, Instant settledAt, OfficerStatus status) {
        if (first != 0) {
            throw new IllegalStateException("a line read back from a block is not added to");
        }
        if (size == 0 && !start.equals(Instant.MIN)) {
            throw new IllegalStateException("the first stretch starts at Instant.MIN, not " + start);
        }
        int last = size - 1;
        if (size > 0 && statuses[last] == status && seconds[settled(last)] == settledAt.getEpochSecond()
                && nanos[settled(last)] == settledAt.getNano()) {
            return;
        }
        if (size == statuses.length) {
            seconds = Arrays.copyOf(seconds, 4 * size);
            nanos = Arrays.copyOf(nanos, 4 * size);
            statuses = Arrays.copyOf(statuses, 2 * size);
        }
        seconds[start(size)] = start.getEpochSecond();
        nanos[start(size)] = start.getNano();
        seconds[settled(size)] = settledAt.getEpochSecond();
        nanos[settled(size)] = settledAt.getNano();
        statuses[size] = status;
        size++;
    }

    /** The epoch second the line's {@code stretch}-th stretch starts at. */
    long startSecond(int stretch) {
        return seconds[start(first + stretch)];
    }

    /** Where a stretch's start is, in {@link #seconds} and {@link #nanos}. */
    static int start(int stretch) {
        return 2 * stretch;
    }

    /** Where the instant a stretch is settled at is, in {@link #seconds} and {@link #nanos}. */
    static int settled(int stretch) {
        return 2 * stretch + 1;
    }
}
