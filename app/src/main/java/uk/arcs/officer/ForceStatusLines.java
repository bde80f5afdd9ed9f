package uk.arcs.officer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A force's officers in cipher order with their status lines, in blocks: what the registry answers a
 * force's statuses from. A status is read from the officer's line when the line is settled by the time asked
 * about, and otherwise replayed from the officer's timeline. Immutable: the registry makes a new one, under
 * its write lock, whenever officers are registered or their events change.
 */
final class ForceStatusLines {

    static final ForceStatusLines NONE = new ForceStatusLines(new OfficerTimeline[0], new StatusLineBlock[0], Map.of(),
            new OfficerStates.Columns(List.of()));

    private final OfficerTimeline[] timelines;
    private final StatusLineBlock[] blocks;
    /** Each officer's place in {@link #timelines}. */
    private final Map<Cipher, Integer> positions;
    private final OfficerStates.Columns columns;
    /** The same lines laid out by time, made on first use. */
    private volatile SettledStatuses settled;

    private ForceStatusLines(OfficerTimeline[] timelines, StatusLineBlock[] blocks, Map<Cipher, Integer> positions,
                             OfficerStates.Columns columns) {
        this.timelines = timelines;
        this.blocks = blocks;
        this.positions = positions;
        this.columns = columns;
    }

    /**
     * The lines of {@code inCipherOrder}: every officer this one holds, in the same order, and new ones among
     * them. The lines of new officers and of {@code changed} ones are worked out afresh, the others copied.
     */
    ForceStatusLines withOfficers(List<OfficerTimeline> inCipherOrder, Set<Cipher> changed) {
        StatusLineBlock[] next = new StatusLineBlock[Math.ceilDiv(inCipherOrder.size(), StatusLineBlock.OFFICERS)];
        for (int b = 0; b < next.length; b++) {
            next[b] = block(inCipherOrder, b, changed);
        }
        return new ForceStatusLines(inCipherOrder.toArray(new OfficerTimeline[0]), next, positionsOf(inCipherOrder),
                new OfficerStates.Columns(inCipherOrder.stream().map(OfficerTimeline::officer).toList()));
    }

    /** The same officers, the lines of {@code changed} ones worked out afresh: only their blocks are made again. */
    ForceStatusLines withChanged(Set<Cipher> changed) {
        StatusLineBlock[] next = blocks.clone();
        for (Cipher cipher : changed) {
            int b = positions.get(cipher) / StatusLineBlock.OFFICERS;
            if (next[b] == blocks[b]) {
                next[b] = block(Arrays.asList(timelines), b, changed);
            }
        }
        return new ForceStatusLines(timelines, next, positions, columns);
    }

    /** Block {@code b} of the officers in cipher order, with the lines of new and {@code changed} officers made afresh. */
    private StatusLineBlock block(List<OfficerTimeline> inCipherOrder, int b, Set<Cipher> changed) {
        int from = b * StatusLineBlock.OFFICERS;
        List<StatusLine> lines = new ArrayList<>(StatusLineBlock.OFFICERS);
        for (OfficerTimeline timeline : inCipherOrder.subList(from, Math.min(inCipherOrder.size(),
                from + StatusLineBlock.OFFICERS))) {
            Integer held = positions.get(timeline.officer().cipher());
            lines.add(held == null || changed.contains(timeline.officer().cipher()) ? timeline.statusLine()
                    : blocks[held / StatusLineBlock.OFFICERS].line(held % StatusLineBlock.OFFICERS));
        }
        return new StatusLineBlock(lines);
    }

    private static Map<Cipher, Integer> positionsOf(List<OfficerTimeline> inCipherOrder) {
        Map<Cipher, Integer> positions = new HashMap<>();
        for (int i = 0; i < inCipherOrder.size(); i++) {
            positions.put(inCipherOrder.get(i).officer().cipher(), i);
        }
        return positions;
    }

    /** Every officer's status at {@code at} as known at {@code knownAt}, in cipher order. */
    OfficerStates statusesAt(Instant at, Instant knownAt) {
        if (settledBy(knownAt)) {
            return settled().at(at);
        }
        int[] states = new int[timelines.length];
        for (int i = 0; i < timelines.length; i++) {
            states[i] = stateAt(i, at, knownAt);
        }
        return new OfficerStates(columns, states);
    }

    /** Whether every line is settled by {@code knownAt}: as known then, every status is as known now. */
    private boolean settledBy(Instant knownAt) {
        for (StatusLineBlock block : blocks) {
            if (!block.settledBy(knownAt)) {
                return false;
            }
        }
        return true;
    }

    private SettledStatuses settled() {
        SettledStatuses made = settled;
        if (made == null) {
            synchronized (this) {
                made = settled;
                if (made == null) {
                    made = SettledStatuses.of(columns, blocks);
                    settled = made;
                }
            }
        }
        return made;
    }

    Optional<OfficerStatus> statusAt(Cipher cipher, Instant at, Instant knownAt) {
        Integer position = positions.get(cipher);
        return position == null ? Optional.empty()
                : Optional.of(OfficerStates.unpack(timelines[position].officer(), stateAt(position, at, knownAt)));
    }

    /** The packed status of the officer at {@code position}: from the line if it is settled, else replayed. */
    private int stateAt(int position, Instant at, Instant knownAt) {
        int settledState = blocks[position / StatusLineBlock.OFFICERS]
                .settledStateAt(position % StatusLineBlock.OFFICERS, at, knownAt);
        return settledState >= 0 ? settledState : OfficerStates.pack(timelines[position].replayedStatusAt(at, knownAt));
    }
}
