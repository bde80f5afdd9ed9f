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
 * To keep the search short, the time from the first stretch after {@link Instant#MIN} to the last is cut into
 * about as many equal buckets as there are stretches, each knowing the stretch in force at its start, so
 * that a search begins among the few stretches of one bucket. A bucket lasts a power of two seconds, so
 * finding it is a shift.
 */
final class StatusLine {

    long[] seconds;
    int[] nanos;
    /** Per stretch, the status packed as {@link OfficerStates} holds it. */
    int[] states;
    /** The line's first stretch in the arrays: 0, or where it lies in a block's arrays it was read back from. */
    final int first;
    int size;

    /** Per bucket, the stretch (counted from the line's first) in force at its start. */
    int[] buckets = new int[0];
    /** The line's first bucket in {@link #buckets}. */
    int firstBucket;
    int bucketCount;
    /** The epoch second the first bucket starts at. */
    long firstBucketSecond;
    /** A bucket lasts {@code 1 << bucketShift} seconds. */
    int bucketShift;

    StatusLine(int capacity) {
        int length = Math.max(1, capacity);
        seconds = new long[2 * length];
        nanos = new int[2 * length];
        states = new int[length];
        first = 0;
    }

    /** The line that lies in a block's arrays from stretch {@code first}: shared, not copied, so never added to. */
    StatusLine(long[] seconds, int[] nanos, int[] states, int first, int size, int[] buckets,
               int firstBucket, int bucketCount, long firstBucketSecond, int bucketShift) {
        this.seconds = seconds;
        this.nanos = nanos;
        this.states = states;
        this.first = first;
        this.size = size;
        this.buckets = buckets;
        this.firstBucket = firstBucket;
        this.bucketCount = bucketCount;
        this.firstBucketSecond = firstBucketSecond;
        this.bucketShift = bucketShift;
    }

    /**
     * Adds the stretch that starts at {@code start}, later than every stretch added so far; the first starts at
     * {@link Instant#MIN}. A stretch that would change nothing is merged into the one before it.
     */
    void add(Instant start, Instant settledAt, int state) {
        if (first != 0) {
            throw new IllegalStateException("a line read back from a block is not added to");
        }
        if (size == 0 && !start.equals(Instant.MIN)) {
            throw new IllegalStateException("the first stretch starts at Instant.MIN, not " + start);
        }
        int last = size - 1;
        if (size > 0 && states[last] == state && seconds[settled(last)] == settledAt.getEpochSecond()
                && nanos[settled(last)] == settledAt.getNano()) {
            return;
        }
        if (size == states.length) {
            seconds = Arrays.copyOf(seconds, 4 * size);
            nanos = Arrays.copyOf(nanos, 4 * size);
            states = Arrays.copyOf(states, 2 * size);
        }
        seconds[start(size)] = start.getEpochSecond();
        nanos[start(size)] = start.getNano();
        seconds[settled(size)] = settledAt.getEpochSecond();
        nanos[settled(size)] = settledAt.getNano();
        states[size] = state;
        size++;
    }

    /** Cuts the buckets, once every stretch has been added. */
    StatusLine complete() {
        if (size < 2) {
            return this;
        }
        firstBucketSecond = seconds[start(1)];
        long span = seconds[start(size - 1)] - firstBucketSecond + 1;
        bucketShift = Long.numberOfTrailingZeros(Long.highestOneBit(Math.max(1, span / (size - 1))));
        bucketCount = (int) ((span - 1 >> bucketShift) + 1);
        buckets = new int[bucketCount];
        int stretch = 0;
        for (int bucket = 0; bucket < bucketCount; bucket++) {
            long bucketStart = firstBucketSecond + ((long) bucket << bucketShift);
            while (stretch + 1 < size && isAtOrBefore(seconds, nanos, start(stretch + 1), bucketStart, 0)) {
                stretch++;
            }
            buckets[bucket] = stretch;
        }
        return this;
    }

    /** Where a stretch's start is, in {@link #seconds} and {@link #nanos}. */
    static int start(int stretch) {
        return 2 * stretch;
    }

    /** Where the instant a stretch is settled at is, in {@link #seconds} and {@link #nanos}. */
    static int settled(int stretch) {
        return 2 * stretch + 1;
    }

    /** Whether the instant at {@code index} in the columns is at or before the one given by second and nanos. */
    static boolean isAtOrBefore(long[] seconds, int[] nanos, int index, long second, int nano) {
        return seconds[index] < second || seconds[index] == second && nanos[index] <= nano;
    }
}
