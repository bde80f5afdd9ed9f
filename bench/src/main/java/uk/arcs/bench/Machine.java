package uk.arcs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What the benchmark ran on, as the figures depend on it. */
record Machine(int processors, String cpu, String memory, String jdk, String maxHeap) {

    static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                procField("/proc/cpuinfo", "model name").orElse("unknown"),
                procField("/proc/meminfo", "MemTotal").map(Machine::kibibytesAsGibibytes).orElse("unknown"),
                Runtime.version() + " (" + System.getProperty("java.vm.name") + ")",
                gibibytes(Runtime.getRuntime().maxMemory()));
    }

    private static Optional<String> procField(String file, String name) {
        try (var lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> line.startsWith(name)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** /proc/meminfo gives {@code 24567890 kB}. */
    private static String kibibytesAsGibibytes(String value) {
        return gibibytes(Long.parseLong(value.split("\\s+")[0]) * 1024);
    }

    private static String gibibytes(long bytes) {
        return String.format("%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
