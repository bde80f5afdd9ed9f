package uk.arcs.officer;

import java.time.Instant;
import java.util.Arrays;

/**
 * Every officer's state over time as known now, laid out by time rather than by officer: what a picture as
 * known now reads. Status lines answer "this officer, at that instant" with a search per officer, each into
 * its own part of the lines' arrays; a picture asks it of every officer of the force at an instant unrelated
 * to the last picture's, so it paid a scattered read per officer. Here the changes of all the officers are
 * cut into buckets of about as many changes as there are officers, and each bucket starts with a snapshot of
 * every officer's packed state ({@link OfficerStates}): a picture copies one snapshot and applies the
 * changes of its bucket up to the instant, reading both end to end.
 *
 * <p>It holds the states as known now, so it is read only as known at an instant by which every line was
 * settled; earlier, the lines are read (and events replayed where they must be). Immutable: made again, on
 * first use, whenever the lines change.
 */
final class SettledStatuses {

    /** Buckets hold at least this many changes, so a force of a few officers is not cut into tiny buckets. */
    private static final int MIN_CHANGES_PER_BUCKET = 256;

    private final OfficerStates.Columns columns;
    private final int officers;
    /** Each officer's state before anything occurred. */
    private final int[] initial;
    /** The epoch second each bucket starts at, ascending. */
    private final long[] bucketStart;
    /** Bucket b's snapshot, every officer's state before its changes, is at {@code b * officers}. */
    private final int[] snapshots;
    /** Bucket b's changes are {@code firstChange[b]} to {@code firstChange[b + 1]} (exclusive). */
    private final int[] firstChange;
    /**
     * Per change: when, whose, and the state from then. Within a bucket the changes are not in time order, but
     * each officer's are, so applying those up to an instant in the order held leaves each officer's last.
     */
    private final long[] changeSecond;
    private final int[] changeNano;
    private final int[] changeOfficer;
    private final int[] changeState;

    private SettledStatuses(OfficerStates.Columns columns, int[] initial, long[] bucketStart, int[] snapshots,
                            int[] firstChange, long[] changeSecond, int[] changeNano, int[] changeOfficer,
                            int[] changeState) {
        this.columns = columns;
        this.officers = columns.size();
        this.initial = initial;
        this.bucketStart = bucketStart;
        this.snapshots = snapshots;
        this.firstChange = firstChange;
        this.changeSecond = changeSecond;
        this.changeNano = changeNano;
        this.changeOfficer = changeOfficer;
        this.changeState = changeState;
    }

    /**
     * From the lines of {@code columns}' officers: officer {@code i}'s is line {@code i % OFFICERS} of block
     * {@code i / OFFICERS}.
     */
    static SettledStatuses of(OfficerStates.Columns columns, StatusLineBlock[] blocks) {
        int officers = columns.size();
        int[] initial = new int[officers];
        int changes = 0;
        for (int i = 0; i < officers; i++) {
            StatusLineBlock block = blocks[i / StatusLineBlock.OFFICERS];
            int k = i % StatusLineBlock.OFFICERS;
            initial[i] = block.state(block.firstStretch(k));
            changes += block.endStretch(k) - block.firstStretch(k) - 1;
        }
        long[] second = new long[changes];
        int[] nano = new int[changes];
        int[] officer = new int[changes];
        int[] state = new int[changes];
        int c = 0;
        for (int i = 0; i < officers; i++) {
            StatusLineBlock block = blocks[i / StatusLineBlock.OFFICERS];
            int k = i % StatusLineBlock.OFFICERS;
            // The first stretch starts at Instant.MIN: it is the initial state, not a change.
            for (int s = block.firstStretch(k) + 1; s < block.endStretch(k); s++, c++) {
                second[c] = block.startSecond(s);
                nano[c] = block.startNano(s);
                officer[c] = i;
                state[c] = block.state(s);
            }
        }
        long[] bucketStart = bucketStarts(second, Math.max(officers, MIN_CHANGES_PER_BUCKET));
        int buckets = bucketStart.length;
        // Each change into its bucket, keeping the order they are in (officer by officer, each in time order).
        int[] bucketOf = new int[changes];
        int[] firstChange = new int[buckets + 1];
        for (int j = 0; j < changes; j++) {
            bucketOf[j] = bucketAt(bucketStart, second[j]);
            firstChange[bucketOf[j] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            firstChange[b + 1] += firstChange[b];
        }
        int[] next = Arrays.copyOf(firstChange, buckets);
        long[] changeSecond = new long[changes];
        int[] changeNano = new int[changes];
        int[] changeOfficer = new int[changes];
        int[] changeState = new int[changes];
        for (int j = 0; j < changes; j++) {
            int at = next[bucketOf[j]]++;
            changeSecond[at] = second[j];
            changeNano[at] = nano[j];
            changeOfficer[at] = officer[j];
            changeState[at] = state[j];
        }
        int[] snapshots = new int[buckets * officers];
        int[] current = initial.clone();
        for (int b = 0; b < buckets; b++) {
            System.arraycopy(current, 0, snapshots, b * officers, officers);
            for (int j = firstChange[b]; j < firstChange[b + 1]; j++) {
                current[changeOfficer[j]] = changeState[j];
            }
        }
        return new SettledStatuses(columns, initial, bucketStart, snapshots, firstChange,
                changeSecond, changeNano, changeOfficer, changeState);
    }

    /** The second every {@code perBucket}-th change occurs at, in time order, each once. */
    private static long[] bucketStarts(long[] seconds, int perBucket) {
        long[] sorted = seconds.clone();
        Arrays.sort(sorted);
        long[] starts = new long[Math.ceilDiv(sorted.length, perBucket)];
        int count = 0;
        for (int j = 0; j < sorted.length; j += perBucket) {
            if (count == 0 || sorted[j] != starts[count - 1]) {
                starts[count++] = sorted[j];
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The last bucket starting at or before {@code second}, or -1 if it is before them all. */
    private static int bucketAt(long[] bucketStart, long second) {
        int found = Arrays.binarySearch(bucketStart, second);
        return found >= 0 ? found : -found - 2;
    }

    /** Every officer's state at {@code at}, as known now. */
    OfficerStates at(Instant at) {
        long second = at.getEpochSecond();
        int nano = at.getNano();
        int b = bucketAt(bucketStart, second);
        if (b < 0) {
            return new OfficerStates(columns, initial.clone());
        }
        int[] states = Arrays.copyOfRange(snapshots, b * officers, (b + 1) * officers);
        for (int j = firstChange[b]; j < firstChange[b + 1]; j++) {
            if (changeSecond[j] < second || changeSecond[j] == second && changeNano[j] <= nano) {
                states[changeOfficer[j]] = changeState[j];
            }
        }
        return new OfficerStates(columns, states);
    }
}
