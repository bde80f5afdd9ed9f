package uk.arcs.officer;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link StatusLine}s of a few officers, packed end to end into shared arrays. A picture reads a stretch
 * of every officer of the force, at an instant unrelated to the last picture's, so what it costs is mostly
 * the cache lines it touches. With a line of its own, an officer would cost one for each object and each
 * array header on the way to its stretch; here those are shared by the block's officers and stay in cache,
 * leaving an officer's own bucket, stretch and status.
 *
 * <p>To keep the search short, each officer's time from its first stretch to its last is cut into about as
 * many equal buckets as it has stretches, each knowing the stretch in force at its start, so that a search
 * begins among the few stretches of one bucket. A bucket lasts a power of two seconds, so finding it is a
 * shift. Immutable: a change to an officer's line makes a new block.
 */
final class StatusLineBlock {

    /** Officers per block: enough to share the headers, few enough that a change copies little. */
    static final int OFFICERS = 32;

    /** Officer {@code k}'s stretches are {@code firstStretch[k]} to {@code firstStretch[k + 1]} (exclusive). */
    private final int[] firstStretch;
    /** Officer {@code k}'s buckets are {@code firstBucket[k]} to {@code firstBucket[k + 1]} (exclusive). */
    private final int[] firstBucket;
    /** Per officer, the epoch second its first bucket starts at: the start of its first stretch after MIN. */
    private final long[] firstBucketSecond;
    /** Per officer, a bucket lasts {@code 1 << bucketShift} seconds. */
    private final int[] bucketShift;
    /** Per bucket, the stretch in force at its start (an index into the block's stretches). */
    private final int[] stretchAtBucketStart;
    /** Per stretch, as in {@link StatusLine}: start and settled, side by side. */
    private final long[] seconds;
    private final int[] nanos;
    private final OfficerStatus[] statuses;

    StatusLineBlock(List<StatusLine> lines) {
        int officers = lines.size();
        firstStretch = new int[officers + 1];
        firstBucket = new int[officers + 1];
        firstBucketSecond = new long[officers];
        bucketShift = new int[officers];
        for (int k = 0; k < officers; k++) {
            StatusLine line = lines.get(k);
            firstStretch[k + 1] = firstStretch[k] + line.size;
            int buckets = 0;
            if (line.size > 1) {
                firstBucketSecond[k] = line.startSecond(1);
                long span = line.startSecond(line.size - 1) - firstBucketSecond[k] + 1;
                bucketShift[k] = Long.numberOfTrailingZeros(Long.highestOneBit(Math.max(1, span / (line.size - 1))));
                buckets = (int) ((span - 1 >> bucketShift[k]) + 1);
            }
            firstBucket[k + 1] = firstBucket[k] + buckets;
        }
        int stretches = firstStretch[officers];
        seconds = new long[2 * stretches];
        nanos = new int[2 * stretches];
        statuses = new OfficerStatus[stretches];
        stretchAtBucketStart = new int[firstBucket[officers]];
        for (int k = 0; k < officers; k++) {
            StatusLine line = lines.get(k);
            System.arraycopy(line.seconds, 2 * line.first, seconds, 2 * firstStretch[k], 2 * line.size);
            System.arraycopy(line.nanos, 2 * line.first, nanos, 2 * firstStretch[k], 2 * line.size);
            System.arraycopy(line.statuses, line.first, statuses, firstStretch[k], line.size);
            int stretch = firstStretch[k];
            for (int bucket = firstBucket[k]; bucket < firstBucket[k + 1]; bucket++) {
                long bucketStart = firstBucketSecond[k] + ((long) (bucket - firstBucket[k]) << bucketShift[k]);
                while (stretch + 1 < firstStretch[k + 1] && startsAtOrBefore(stretch + 1, bucketStart, 0)) {
                    stretch++;
                }
                stretchAtBucketStart[bucket] = stretch;
            }
        }
    }

    /** Officer {@code k}'s line, as it was handed in, for a new block to copy. */
    StatusLine line(int k) {
        return new StatusLine(seconds, nanos, statuses, firstStretch[k], firstStretch[k + 1] - firstStretch[k]);
    }

    /**
     * Officer {@code k}'s status at {@code at} if the stretch it falls in is settled by {@code knownAt}, that is
     * if the status as known then is the status as known now; otherwise null, and the events must be replayed.
     */
    OfficerStatus settledStatusAt(int k, Instant at, Instant knownAt) {
        int stretch = stretchAt(k, at);
        int settled = StatusLine.settled(stretch);
        long second = knownAt.getEpochSecond();
        boolean isSettled = seconds[settled] < second || seconds[settled] == second && nanos[settled] <= knownAt.getNano();
        return isSettled ? statuses[stretch] : null;
    }

    /** The stretch of officer {@code k} that {@code at} falls in: the last one starting at or before it. */
    private int stretchAt(int k, Instant at) {
        long second = at.getEpochSecond();
        int nano = at.getNano();
        int buckets = firstBucket[k + 1] - firstBucket[k];
        if (buckets == 0 || second < firstBucketSecond[k]) {
            return firstStretch[k];
        }
        long bucket = second - firstBucketSecond[k] >> bucketShift[k];
        if (bucket >= buckets) {
            return firstStretch[k + 1] - 1;
        }
        // The answer lies between the stretches in force at the start of this bucket and of the next.
        int index = firstBucket[k] + (int) bucket;
        int low = stretchAtBucketStart[index];
        int high = bucket + 1 < buckets ? stretchAtBucketStart[index + 1] + 1 : firstStretch[k + 1];
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (startsAtOrBefore(mid, second, nano)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }

    /** Whether the stretch starts at or before the instant given by its epoch second and nanoseconds. */
    private boolean startsAtOrBefore(int stretch, long second, int nano) {
        int start = StatusLine.start(stretch);
        return seconds[start] < second || seconds[start] == second && nanos[start] <= nano;
    }

    /** The blocks for lines in order, {@link #OFFICERS} to a block. */
    static StatusLineBlock[] of(List<StatusLine> lines) {
        StatusLineBlock[] blocks = new StatusLineBlock[Math.ceilDiv(lines.size(), OFFICERS)];
        Arrays.setAll(blocks, b -> new StatusLineBlock(lines.subList(b * OFFICERS,
                Math.min(lines.size(), (b + 1) * OFFICERS))));
        return blocks;
    }
}
