package uk.arcs.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import uk.arcs.ArcsApplication;
import uk.arcs.dashboard.LiveFeed;

/**
 * {@code ./arcs bench load}: the demo (London 2023 replay) started in this process on a fresh embedded database,
 * 500 dashboards following the MET on server-sent events, and 200 status changes a second (an officer steps back,
 * later returns) through the API for five minutes on loopback. Times each write from when it was due (so a server
 * that falls behind is charged for it) and each change's arrival on every dashboard from the same instant.
 */
final class LoadBench {

    private static final int DASHBOARDS = 500;
    private static final int CHANGES_PER_SECOND = 200;
    private static final Duration DEFAULT_DURATION = Duration.ofMinutes(5);
    private static final Duration ARRIVAL_GRACE = Duration.ofSeconds(5);
    private static final Pattern CIPHER = Pattern.compile("\"cipher\"\\s*:\\s*\"([^\"]+)\"");

    private LoadBench() {
    }

    static int run(String[] args) throws Exception {
        Duration duration = args.length > 1 && args[0].equals("--seconds")
                ? Duration.ofSeconds(Long.parseLong(args[1])) : DEFAULT_DURATION;
        Path dataDir = Files.createTempDirectory("arcs-load-bench");
        progress("starting the ARCS demo on an empty H2 database in %s", dataDir);
        SpringApplication application = new SpringApplication(ArcsApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        try (ConfigurableApplicationContext context = application.run("--server.port=0",
                "--server.address=127.0.0.1", "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("load"),
                "--arcs.demo=true", "--logging.level.root=WARN")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            Result result = drive("http://127.0.0.1:" + port, duration, context.getBean(LiveFeed.class));
            String section = section(result, duration);
            System.out.println(section);
            Path root = BenchmarkDoc.findRepositoryRoot().orElse(Path.of("."));
            BenchmarkDoc.writeSection(root.resolve(BenchmarkDoc.RELATIVE_PATH), "load", section);
            progress("figures written to %s", BenchmarkDoc.RELATIVE_PATH);
            return result.errors() == 0 ? 0 : 1;
        }
    }

    record Result(int writes, int failedWrites, Latencies.Summary write, int dashboards, int disconnected,
                  long deliveries, long missed, Latencies.Summary arrival, double achievedPerSecond) {
        long errors() {
            return failedWrites + disconnected + missed;
        }
    }

    private static Result drive(String base, Duration duration, LiveFeed feed) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String supervisor = basic("met.supervisor", "demo");
        List<String> ciphers = authorisedCiphers(client, base, supervisor);
        int expectedWrites = (int) (duration.toSeconds() * CHANGES_PER_SECOND);
        long[] due = new long[expectedWrites];

        progress("opening %d dashboards on /live/MET", DASHBOARDS);
        ExecutorService dashboards = Executors.newVirtualThreadPerTaskExecutor();
        List<Dashboard> open = new ArrayList<>();
        String gold = basic("met.gold", "demo");
        for (int i = 0; i < DASHBOARDS; i++) {
            Dashboard dashboard = new Dashboard(expectedWrites);
            open.add(dashboard);
            dashboards.submit(() -> dashboard.follow(client, URI.create(base + "/live/MET"), gold));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Dashboard dashboard : open) {
            synchronized (dashboard) {
                while (!dashboard.opened && !dashboard.disconnected && System.nanoTime() < deadline) {
                    dashboard.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            }
        }
        progress("%d of %d dashboards open; %d status changes a second for %s", open.stream().filter(d -> d.opened)
                .count(), DASHBOARDS, CHANGES_PER_SECOND, duration);

        // Writers send each change when it is due, as many at once as the server's answers take, like the many
        // supervisors and HR exports who make them. A change's number is read just after its write is answered:
        // its own number or a later one, so its arrival is if anything measured late.
        long[] announcedBy = new long[expectedWrites];
        long[] answeredIn = new long[expectedWrites];
        AtomicInteger failed = new AtomicInteger();
        long interval = TimeUnit.SECONDS.toNanos(1) / CHANGES_PER_SECOND;
        ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
        Future<?>[] lastWriteOf = new Future<?>[ciphers.size()];
        long start = System.nanoTime();
        for (int i = 0; i < expectedWrites; i++) {
            long dueAt = start + i * interval;
            long wait = dueAt - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            due[i] = dueAt;
            // Officer k steps back on round 0 and returns on round 1, and so on: every change is legal.
            String cipher = ciphers.get(i % ciphers.size());
            String type = (i / ciphers.size()) % 2 == 0 ? "STEPPED_BACK" : "RETURNED";
            int write = i;
            // An officer's return waits for their step-back, sent a round (5 s) earlier, to be answered.
            Future<?> previous = lastWriteOf[i % ciphers.size()];
            lastWriteOf[i % ciphers.size()] = writers.submit(() -> {
                if (previous != null) {
                    try {
                        previous.get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (ExecutionException e) {
                        failed.incrementAndGet();
                    }
                }
                String body = "{\"events\": [{\"cipher\": \"" + cipher + "\", \"type\": \"" + type
                        + "\", \"occurredAt\": \"" + Instant.now() + "\", \"reason\": \"load benchmark\"}]}";
                try {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                    URI.create(base + "/api/v1/forces/MET/events")).timeout(Duration.ofSeconds(60))
                            .header("Authorization", supervisor).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    answeredIn[write] = System.nanoTime() - dueAt;
                    announcedBy[write] = feed.announced();
                    if (response.statusCode() != 201 && failed.incrementAndGet() <= 5) {
                        progress("write %d answered %d: %s", write, response.statusCode(), response.body());
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        writers.close();
        Latencies writes = new Latencies();
        for (long nanos : answeredIn) {
            if (nanos > 0) {
                writes.addNanos(nanos);
            }
        }
        double achieved = expectedWrites / ((System.nanoTime() - start) / 1e9);
        awaitLastChange(open, feed.announced());

        Latencies arrival = new Latencies();
        long deliveries = 0;
        long missed = 0;
        int disconnected = 0;
        for (Dashboard dashboard : open) {
            int events = Math.min(dashboard.received.get(), dashboard.arrivals.length());
            int reached = 0;
            for (int i = 0; i < expectedWrites; i++) {
                // The first event numbered at or after the write's change stands for it (merged changes).
                int found = firstAtOrAfter(dashboard.sequences, events, announcedBy[i]);
                if (announcedBy[i] > 0 && found < events) {
                    arrival.addNanos(dashboard.arrivals.get(found) - due[i]);
                    reached++;
                }
            }
            deliveries += events;
            missed += expectedWrites - failed.get() - reached;
            if (dashboard.disconnected || !dashboard.opened) {
                disconnected++;
            }
        }
        dashboards.shutdownNow();
        return new Result(expectedWrites, failed.get(), writes.summary(), DASHBOARDS, disconnected, deliveries,
                Math.max(0, missed), arrival.summary(), achieved);
    }

    /** Until every open dashboard has an event numbered {@code last} or later, for at most the grace period. */
    private static void awaitLastChange(List<Dashboard> dashboards, long last) throws InterruptedException {
        long deadline = System.nanoTime() + ARRIVAL_GRACE.toNanos();
        for (Dashboard dashboard : dashboards) {
            synchronized (dashboard) {
                while (!dashboard.disconnected && dashboard.lastId < last && System.nanoTime() < deadline) {
                    dashboard.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            }
        }
    }

    private static int firstAtOrAfter(AtomicLongArray sequences, int count, long sequence) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sequences.get(middle) < sequence) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** One open dashboard: each "changed" event's number and when it arrived, in order. */
    private static final class Dashboard {
        final AtomicLongArray arrivals;
        final AtomicLongArray sequences;
        final AtomicInteger received = new AtomicInteger();
        private volatile long lastId;
        volatile boolean opened;
        volatile boolean disconnected;

        Dashboard(int expected) {
            arrivals = new AtomicLongArray(expected + 1_000);
            sequences = new AtomicLongArray(expected + 1_000);
        }

        void follow(HttpClient client, URI uri, String authorization) {
            try {
                HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(uri)
                        .header("Authorization", authorization).header("Accept", "text/event-stream").GET().build(),
                        HttpResponse.BodyHandlers.ofLines());
                if (response.statusCode() != 200) {
                    disconnected = true;
                    return;
                }
                try (Stream<String> lines = response.body()) {
                    lines.forEach(line -> {
                        if (line.startsWith("id:")) {
                            lastId = Long.parseLong(line.substring(3).trim());
                        } else if (line.startsWith("event:open")) {
                            opened = true;
                            synchronized (this) {
                                notifyAll();
                            }
                        } else if (line.startsWith("event:changed")) {
                            int n = received.getAndIncrement();
                            if (n < arrivals.length()) {
                                arrivals.set(n, System.nanoTime());
                                sequences.set(n, lastId);
                            }
                            synchronized (this) {
                                notifyAll();
                            }
                        }
                    });
                }
                disconnected = true;
            } catch (IOException | RuntimeException e) {
                disconnected = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<String> authorisedCiphers(HttpClient client, String base, String authorization)
            throws IOException, InterruptedException {
        List<String> ciphers = new ArrayList<>();
        // The demo's accreditations have run out by now: a LAPSED officer is still authorised and may step back.
        for (String status : List.of("AUTHORISED", "LAPSED")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/forces/MET/officers?status=" + status))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the officer list answered " + response.statusCode());
            }
            Matcher matcher = CIPHER.matcher(response.body());
            while (matcher.find() && ciphers.size() < 1_000) {
                ciphers.add(matcher.group(1));
            }
        }
        if (ciphers.size() < 100) {
            throw new IllegalStateException("too few authorised (or lapsed) MET officers to drive the load: " + ciphers.size());
        }
        return ciphers;
    }

    private static String section(Result result, Duration duration) {
        Machine machine = Machine.describe();
        Latencies.Summary write = result.write();
        Latencies.Summary arrival = result.arrival();
        return String.format(Locale.ROOT, """
                ## Load: `./arcs bench load`

                %d dashboards follow the MET on `/live/MET` (server-sent events) while writers record %d status
                changes a second, each sent when due whether or not earlier ones have been answered, through `POST /api/v1/forces/MET/events` (an officer steps back, later returns) for
                %s, all on loopback, against the demo started in the benchmark's own process on a fresh H2 database.
                Latencies are measured from when each change was due, so falling behind counts against the server.
                Arrival is from when a change was due to when a dashboard received its `changed` event.

                Run on %s: %d processors (%s), %s memory, JDK %s, heap up to %s.

                | | count | p50 ms | p99 ms | max ms |
                |---|---:|---:|---:|---:|
                | writes | %d | %.1f | %.1f | %.1f |
                | changes reaching dashboards | %d | %.1f | %.1f | %.1f |

                Changes that arrive while the feed is still relaying earlier ones are merged into one event
                (dashboards re-read the figures on any change); %d events reached the dashboards in all.
                Writes achieved %.1f a second. Errors: %d failed writes, %d dashboards that could not open or were
                dropped, %d changes that did not reach a dashboard. Goal: no errors.
                """, result.dashboards(), CHANGES_PER_SECOND, duration.toSeconds() + " s", DateTimeFormatter.ISO_LOCAL_DATE
                .format(Instant.now().atOffset(ZoneOffset.UTC)), machine.processors(), machine.cpu(), machine.memory(),
                machine.jdk(), machine.maxHeap(), write.calls(), write.p50(), write.p99(), write.max(), arrival.calls(),
                arrival.p50(), arrival.p99(), arrival.max(), result.deliveries(), result.achievedPerSecond(), result.failedWrites(),
                result.disconnected(), result.missed());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void progress(String format, Object... args) {
        System.err.printf("bench load: " + format + "%n", args);
    }
}
