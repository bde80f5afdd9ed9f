package uk.arcs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Processor time used by the whole machine and by this process, from /proc (Linux), so a run can tell how
 * much of the machine other processes took while it was timing: figures from a shared machine are skewed.
 */
record CpuUse(long machineBusy, long machineTotal, long ownBusy) {

    static Optional<CpuUse> now() {
        try {
            // "cpu  user nice system idle iowait irq softirq steal guest guest_nice", in clock ticks.
            long[] machine = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+"))
                    .skip(1).limit(8).mapToLong(Long::parseLong).toArray();
            long total = Arrays.stream(machine).sum();
            long idle = machine[3] + machine[4];
            // utime and stime are fields 14 and 15 of the line; the command name, field 2, may hold spaces.
            String self = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = self.substring(self.lastIndexOf(')') + 2).split("\\s+");
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of(new CpuUse(total - idle, total, own));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The share of the machine's processor time that other processes used since {@code earlier}. */
    OptionalDouble othersShareSince(CpuUse earlier) {
        long total = machineTotal - earlier.machineTotal;
        if (total <= 0) {
            return OptionalDouble.empty();
        }
        long others = (machineBusy - earlier.machineBusy) - (ownBusy - earlier.ownBusy);
        return OptionalDouble.of(Math.max(0, others) / (double) total);
    }
}
