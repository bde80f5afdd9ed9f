package uk.arcs.officer;

import java.time.Instant;
import java.util.List;

/**
 * The {@link StatusLine}s of a few officers, packed end to end into shared arrays. A picture reads a stretch
 * of every officer of the force, at an instant unrelated to the last picture's, so what it costs is mostly
 * the cache lines it touches. With a line of its own, an officer would cost one for each object and each
 * array header on the way to its stretch; here those are shared by the block's officers and stay in cache,
 * leaving an officer's own bucket and stretch. Immutable: a change to an officer's line makes a new
 * block, which copies the other officers' lines as they are.
 */
final class StatusLineBlock {

    /** Officers per block: enough to share the headers, few enough that a change copies little. */
    static final int OFFICERS = 32;

    /** Officer {@code k}'s stretches are {@code firstStretch[k]} to {@code firstStretch[k + 1]} (exclusive). */
    private final int[] firstStretch;
    /** Officer {@code k}'s buckets are {@code firstBucket[k]} to {@code firstBucket[k + 1]} (exclusive). */
    private final int[] firstBucket;
    /** Per officer, as in {@link StatusLine}. */
    private final long[] firstBucketSecond;
    private final int[] bucketShift;
    /** Per bucket, the stretch in force at its start, counted from the officer's first stretch. */
    private final int[] buckets;
    /** Per stretch, as in {@link StatusLine}: start and settled, side by side. */
    private final long[] seconds;
    private final int[] nanos;
    /** Per stretch, its status packed as {@link OfficerStates} holds it. */
    private final int[] states;
    /** The latest instant any stretch here is settled at. */
    private long latestSettledSecond = Long.MIN_VALUE;
    private int latestSettledNano;

    StatusLineBlock(List<StatusLine> lines) {
        int officers = lines.size();
        firstStretch = new int[officers + 1];
        firstBucket = new int[officers + 1];
        firstBucketSecond = new long[officers];
        bucketShift = new int[officers];
        for (int k = 0; k < officers; k++) {
            StatusLine line = lines.get(k);
            firstStretch[k + 1] = firstStretch[k] + line.size;
            firstBucket[k + 1] = firstBucket[k] + line.bucketCount;
            firstBucketSecond[k] = line.firstBucketSecond;
            bucketShift[k] = line.bucketShift;
        }
        seconds = new long[2 * firstStretch[officers]];
        nanos = new int[2 * firstStretch[officers]];
        states = new int[firstStretch[officers]];
        buckets = new int[firstBucket[officers]];
        for (int k = 0; k < officers; k++) {
            StatusLine line = lines.get(k);
            System.arraycopy(line.seconds, 2 * line.first, seconds, 2 * firstStretch[k], 2 * line.size);
            System.arraycopy(line.nanos, 2 * line.first, nanos, 2 * firstStretch[k], 2 * line.size);
            System.arraycopy(line.states, line.first, states, firstStretch[k], line.size);
            System.arraycopy(line.buckets, line.firstBucket, buckets, firstBucket[k], line.bucketCount);
        }
        for (int stretch = 0; stretch < states.length; stretch++) {
            if (!StatusLine.isAtOrBefore(seconds, nanos, StatusLine.settled(stretch), latestSettledSecond,
                    latestSettledNano)) {
                latestSettledSecond = seconds[StatusLine.settled(stretch)];
                latestSettledNano = nanos[StatusLine.settled(stretch)];
            }
        }
    }

    /** Whether every stretch here is settled by {@code knownAt}: as known then, every line here is as known now. */
    boolean settledBy(Instant knownAt) {
        return latestSettledSecond < knownAt.getEpochSecond()
                || latestSettledSecond == knownAt.getEpochSecond() && latestSettledNano <= knownAt.getNano();
    }

    /** Officer {@code k}'s stretches are numbered from this one ... */
    int firstStretch(int k) {
        return firstStretch[k];
    }

    /** ... up to this one, exclusive. */
    int endStretch(int k) {
        return firstStretch[k + 1];
    }

    long startSecond(int stretch) {
        return seconds[StatusLine.start(stretch)];
    }

    int startNano(int stretch) {
        return nanos[StatusLine.start(stretch)];
    }

    /** The stretch's status, packed as {@link OfficerStates} holds it. */
    int state(int stretch) {
        return states[stretch];
    }

    /** Officer {@code k}'s line, as it was handed in, for a new block to copy. */
    StatusLine line(int k) {
        return new StatusLine(seconds, nanos, states, firstStretch[k], firstStretch[k + 1] - firstStretch[k],
                buckets, firstBucket[k], firstBucket[k + 1] - firstBucket[k], firstBucketSecond[k], bucketShift[k]);
    }

    /**
     * Officer {@code k}'s status at {@code at}, packed as {@link OfficerStates} holds it, if the stretch it falls
     * in is settled by {@code knownAt}, that is if the status as known then is the status as known now;
     * otherwise -1, and the events must be replayed.
     */
    int settledStateAt(int k, Instant at, Instant knownAt) {
        int stretch = settledStretchAt(k, at, knownAt);
        return stretch < 0 ? -1 : states[stretch];
    }

    private int settledStretchAt(int k, Instant at, Instant knownAt) {
        int stretch = stretchAt(k, at);
        boolean settled = StatusLine.isAtOrBefore(seconds, nanos, StatusLine.settled(stretch),
                knownAt.getEpochSecond(), knownAt.getNano());
        return settled ? stretch : -1;
    }

    /** The stretch of officer {@code k} that {@code at} falls in: the last one starting at or before it. */
    private int stretchAt(int k, Instant at) {
        long second = at.getEpochSecond();
        int nano = at.getNano();
        int first = firstStretch[k];
        int bucketCount = firstBucket[k + 1] - firstBucket[k];
        if (bucketCount == 0 || second < firstBucketSecond[k]) {
            return first;
        }
        long bucket = second - firstBucketSecond[k] >> bucketShift[k];
        if (bucket >= bucketCount) {
            return firstStretch[k + 1] - 1;
        }
        // The answer lies between the stretches in force at the start of this bucket and of the next.
        int index = firstBucket[k] + (int) bucket;
        int low = first + buckets[index];
        int high = bucket + 1 < bucketCount ? first + buckets[index + 1] + 1 : firstStretch[k + 1];
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (StatusLine.isAtOrBefore(seconds, nanos, StatusLine.start(mid), second, nano)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }
}
