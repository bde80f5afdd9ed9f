package uk.arcs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * docs/benchmarks.md: each benchmark owns a section between two marker comments, which a run replaces, so
 * the file always holds the latest figures of every benchmark.
 */
final class BenchmarkDoc {

    static final String RELATIVE_PATH = "docs/benchmarks.md";

    private static final String INTRO = """
            # Benchmarks

            Each benchmark runs with `./arcs bench NAME` from the root of the repository. The launcher builds the
            application and the `bench` module when they are out of date and runs the benchmark with `-Xmx8g` (set
            `ARCS_BENCH_OPTS` to change the JVM options). A run rewrites its own section of this file, between the
            marker comments, with the figures it measured, the machine it ran on and the date; commit the file after a
            run so the figures stay those of the code beside them.

            """;

    private BenchmarkDoc() {
    }

    /** The repository root: the nearest directory, from the working directory up, that holds the bench module. */
    static Optional<Path> findRepositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bench/pom.xml")) && Files.isRegularFile(dir.resolve("arcs"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Replaces the benchmark's section, or appends it; creates the file with its introduction if need be. */
    static void writeSection(Path doc, String benchmark, String section) throws IOException {
        String begin = "<!-- bench:" + benchmark + ":begin -->";
        String end = "<!-- bench:" + benchmark + ":end -->";
        String marked = begin + "\n" + section.strip() + "\n" + end + "\n";
        String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : INTRO;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            int after = to + end.length();
            if (after < text.length() && text.charAt(after) == '\n') {
                after++;
            }
            text = text.substring(0, from) + marked + text.substring(after);
        } else {
            text = text.stripTrailing() + "\n\n" + marked;
        }
        Files.createDirectories(doc.getParent());
        Files.writeString(doc, text, StandardCharsets.UTF_8);
    }
}
