package uk.arcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real server, started as a separate process, is killed with SIGKILL at random moments while two clients
 * stream bulk writes into it (batches of officer events, and CSV imports), then started again; twenty times on
 * H2 and twenty times on PostgreSQL. After every restart, every batch that was acknowledged is there in full,
 * and every batch is there in full or not at all. A batch whose answer was lost in the kill is sent again with
 * its Idempotency-Key, and is then there exactly once. After the last restart the audit chain is intact and holds
 * one record per batch.
 * <p>
 * The seed ({@code -Darcs.crash.seed=...}) fixes the sizes, the officers, and when each kill comes; the server's
 * own timing still varies. Server output is kept in {@code target/crash-test}.
 */
class CrashTest {

    private static final int CYCLES = 20;
    private static final int OFFICERS = 60;
    private static final String FORCE = "CRASH";
    private static final String WRITER = "crash.supervisor";
    private static final String ADMIN = "crash.admin";
    private static final String PASSWORD = "crash-test";
    /** bcrypt (cost 12) of {@link #PASSWORD}: the servers refuse weaker hashes. */
    private static final String PASSWORD_HASH = "{bcrypt}$2a$12$vvbUyZhvK9AebuyEtPeL6OWVSUq0.JlTRS4z/EjmwJ8KQknxpylPG";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path OUTPUT = Path.of("target", "crash-test").toAbsolutePath();

    @TempDir
    static Path h2Data;
    private static ServerImage image;
    private static PostgresSchema schema;
    private static CompletableFuture<Void> h2;
    private static CompletableFuture<Void> postgres;

    /** Both runs go side by side, each restarting its own server: a start is mostly one busy thread. */
    @BeforeAll
    static void startBothRuns() throws Exception {
        Files.createDirectories(OUTPUT);
        image = ServerImage.prepare(OUTPUT);
        schema = PostgresSchema.create("crash");
        List<String> onPostgres = new ArrayList<>();
        schema.properties().forEach((key, value) -> onPostgres.add("--" + key + "=" + value));
        h2 = inBackground(new Run("h2", seed(1), image, Map.of("ARCS_DATA_DIR", h2Data.toString()), List.of()));
        postgres = inBackground(new Run("postgres", seed(2), image, Map.of(), onPostgres));
    }

    @AfterAll
    static void report() throws Exception {
        try {
            CompletableFuture.allOf(Stream.of(h2, postgres).filter(java.util.Objects::nonNull)
                    .toArray(CompletableFuture[]::new)).handle((done, failure) -> null).get(1, TimeUnit.HOURS);
        } finally {
            if (schema != null) {
                schema.drop();
            }
            if (image != null) {
                image.timings().forEach((name, value) -> System.out.println("crash test: " + name + " " + value));
            }
        }
    }

    @Test
    void everyAcknowledgedBatchSurvivesTwentyKillsOnH2AndNoneIsHalfApplied() throws Throwable {
        outcome(h2);
    }

    @Test
    void everyAcknowledgedBatchSurvivesTwentyKillsOnPostgresAndNoneIsHalfApplied() throws Throwable {
        outcome(postgres);
    }

    private static CompletableFuture<Void> inBackground(Run run) {
        return CompletableFuture.runAsync(() -> {
            try {
                run.cycles(CYCLES);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, work -> Thread.ofPlatform().daemon().name("crash-" + run.database).start(work));
    }

    private static void outcome(CompletableFuture<Void> run) throws Throwable {
        try {
            run.get(1, TimeUnit.HOURS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
        }
    }

    private static long seed(long offset) {
        return Long.getLong("arcs.crash.seed", 20230923L) + offset;
    }

    // ---------------------------------------------------------------- one database's run

    /** A batch of writes: what was sent, with which key, and what the client was told. */
    static final class Batch {
        final int id;
        final boolean csvImport;
        final int size;
        final String key = UUID.randomUUID().toString();
        final String marker;
        final String body;
        volatile boolean acknowledged;
        volatile boolean inDoubt;

        Batch(int id, boolean csvImport, int size, String marker, String body) {
            this.id = id;
            this.csvImport = csvImport;
            this.size = size;
            this.marker = marker;
            this.body = body;
        }
    }

    static final class Run {
        private final String database;
        private final long seed;
        private final UniformRandomProvider random;
        private final ServerImage image;
        private final Map<String, String> environment;
        private final List<String> arguments;
        private final Map<Integer, Batch> batches = new ConcurrentHashMap<>();
        private final AtomicInteger nextBatch = new AtomicInteger(1);
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final Path log;
        private Server server;

        Run(String database, long seed, ServerImage image, Map<String, String> environment, List<String> arguments) {
            this.database = database;
            this.seed = seed;
            this.random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
            this.image = image;
            this.environment = environment;
            this.arguments = arguments;
            this.log = OUTPUT.resolve(database + "-server.log");
        }

        void cycles(int cycles) throws Exception {
            Files.deleteIfExists(log);
            long started = System.nanoTime();
            try {
                server = image.start(environment, arguments, log);
                seedTheForce();
                for (int cycle = 1; cycle <= cycles; cycle++) {
                    streamUntilKilled(cycle);
                    server = image.start(environment, arguments, log);
                    checkEveryBatch("after kill " + cycle);
                    sendAgainWhatWasInDoubt();
                }
                checkEveryBatch("after the last retries");
                assertThat(batches.values()).allSatisfy(b -> assertThat(b.acknowledged).as("batch %d", b.id).isTrue());
                checkTheAuditChain();
                server.stop();
            } finally {
                if (server != null) {
                    server.kill();
                }
            }
            image.timings().put(database + " run (" + cycles + " kills, " + batches.size() + " batches, seed " + seed + ")",
                    Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0 + " s");
        }

        private void seedTheForce() throws Exception {
            StringBuilder officers = new StringBuilder("cipher,unit,team\n");
            StringBuilder events = new StringBuilder("cipher,type,occurredAt,reason,accreditation,validUntil\n");
            for (int i = 0; i < OFFICERS; i++) {
                officers.append(cipher(i)).append(",ARV,").append(i % 3 + 1).append('\n');
                events.append(cipher(i)).append(",AUTHORISED,2024-05-04T09:00,initial course,,\n");
                events.append(cipher(i)).append(",ACCREDITED,2024-05-04T09:00,initial course,ARV,2030-05-04\n");
            }
            HttpResponse<byte[]> seeded = send(upload(Map.of(
                    "force.csv", """
                            code,name,timeZone,shifts,rota,teams,teamOffsetDays,rotaEpoch
                            CRASH,Crash Test Constabulary,Europe/London,DAY 08:00 PT10H,"DAY,DAY,REST",3,1,2023-01-02
                            """,
                    "units.csv", "code,name,command\nARV,Armed response,Operations\n",
                    "officers.csv", officers.toString(),
                    "events.csv", events.toString()), null), WRITER);
            assertThat(seeded.statusCode()).as(new String(seeded.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        }

        /** Two clients write until the server is killed, after a random number of requests and a random moment. */
        private void streamUntilKilled(int cycle) throws Exception {
            int killAfter = 1 + random.nextInt(8);
            long killDelayMicros = random.nextLong(40_000);
            AtomicInteger sent = new AtomicInteger();
            CountDownLatch due = new CountDownLatch(1);
            List<Batch> planned = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                planned.add(newBatch(cycle));
            }
            AtomicInteger next = new AtomicInteger();
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            ExecutorService clients = Executors.newFixedThreadPool(2);
            for (int writer = 0; writer < 2; writer++) {
                writers.add(CompletableFuture.runAsync(() -> {
                    while (true) {
                        int index = next.getAndIncrement();
                        if (index >= planned.size()) {
                            return;
                        }
                        Batch batch = planned.get(index);
                        batches.put(batch.id, batch);
                        batch.inDoubt = true;
                        if (sent.incrementAndGet() == killAfter) {
                            due.countDown();
                        }
                        HttpResponse<byte[]> answer;
                        try {
                            answer = send(request(batch), WRITER);
                        } catch (IOException e) {
                            return;
                        }
                        if (answer.statusCode() != 201) {
                            fail("batch %d was answered %d: %s", batch.id, answer.statusCode(),
                                    new String(answer.body(), StandardCharsets.UTF_8));
                        }
                        batch.acknowledged = true;
                        batch.inDoubt = false;
                    }
                }, clients));
            }
            clients.shutdown();
            assertThat(due.await(5, TimeUnit.MINUTES)).as("the writers sent %d requests", killAfter).isTrue();
            ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
            try {
                killer.schedule(server::kill, killDelayMicros, TimeUnit.MICROSECONDS).get(1, TimeUnit.MINUTES);
            } finally {
                killer.shutdown();
            }
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        }

        private Batch newBatch(int cycle) {
            int id = nextBatch.getAndIncrement();
            String marker = "crash " + database + " batch " + id;
            String occurredAt = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS).toString();
            boolean csvImport = random.nextInt(5) == 0;
            int size = csvImport ? 20 + random.nextInt(41) : 20 + random.nextInt(181);
            List<String> ciphers = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ciphers.add(cipher(random.nextInt(OFFICERS)));
            }
            String body;
            if (csvImport) {
                StringBuilder csv = new StringBuilder("cipher,type,occurredAt,reason,accreditation,validUntil\n");
                ciphers.forEach(c -> csv.append(c).append(",ACCREDITED,").append(occurredAt).append(',').append(marker)
                        .append(",ARV,2031-0").append(1 + cycle % 9).append("-01\n"));
                body = csv.toString();
            } else {
                body = "{\"events\": [" + String.join(",", ciphers.stream().map(c -> """
                        {"cipher": "%s", "type": "ACCREDITED", "occurredAt": "%s", "reason": "%s",
                         "accreditation": "ARV", "validUntil": "2031-0%d-01"}""".formatted(c, occurredAt, marker,
                        1 + cycle % 9)).toList()) + "]}";
            }
            return new Batch(id, csvImport, size, marker, body);
        }

        /** Every batch is there in full or not at all; every acknowledged one is there. */
        private void checkEveryBatch(String when) throws Exception {
            Map<String, Integer> counts = recordedPerMarker();
            for (Batch batch : batches.values()) {
                int count = counts.getOrDefault(batch.marker, 0);
                assertThat(count).as("%s on %s: batch %d of %d events (%s)", when, database, batch.id, batch.size,
                        batch.acknowledged ? "acknowledged" : "in doubt").isIn(batch.acknowledged
                        ? List.of(batch.size) : List.of(0, batch.size));
            }
        }

        /**
         * Sends each batch whose answer was lost again, with its key: it is recorded now if the kill came before
         * its commit, answered as then if its answer was kept, or reported as recorded with its answer lost.
         */
        private void sendAgainWhatWasInDoubt() throws Exception {
            for (Batch batch : batches.values()) {
                if (!batch.inDoubt) {
                    continue;
                }
                HttpResponse<byte[]> answer = send(request(batch), WRITER);
                String body = new String(answer.body(), StandardCharsets.UTF_8);
                if (answer.statusCode() == 409) {
                    assertThat(JSON.readTree(body).get("title").asString()).as(body).isEqualTo("Recorded, answer lost");
                } else {
                    assertThat(answer.statusCode()).as(body).isEqualTo(201);
                }
                batch.acknowledged = true;
                batch.inDoubt = false;
            }
        }

        private void checkTheAuditChain() throws Exception {
            JsonNode verification = JSON.readTree(send(get("/api/v1/audit/verification"), ADMIN).body());
            assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
            JsonNode records = JSON.readTree(send(get("/api/v1/audit?from=2000-01-01T00:00:00Z"), ADMIN).body())
                    .get("records");
            long writes = records.valueStream().filter(r -> r.get("outcome").asString().equals("RECORDED")
                    && r.get("summary").asString().contains("officer events recorded for " + FORCE)).count();
            assertThat(writes).as("one audit record per batch, and one for the seed").isEqualTo(batches.size() + 1);
            assertThat(verification.get("records").asLong()).isGreaterThanOrEqualTo(writes);
        }

        private Map<String, Integer> recordedPerMarker() throws Exception {
            HttpResponse<byte[]> export = send(get("/api/v1/forces/" + FORCE + "/export"), WRITER);
            assertThat(export.statusCode()).isEqualTo(200);
            Map<String, Integer> counts = new HashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.body()))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    // The export writes ACCREDITED events to accreditations.csv, every other event to events.csv.
                    if (!entry.getName().equals("events.csv") && !entry.getName().equals("accreditations.csv")) {
                        continue;
                    }
                    Reader csv = new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
                        counts.merge(row.get("reason"), 1, Integer::sum);
                    }
                }
            }
            return counts;
        }

        private HttpRequest.Builder request(Batch batch) {
            HttpRequest.Builder request = batch.csvImport ? upload(Map.of("events.csv", batch.body), batch.key)
                    : HttpRequest.newBuilder(server.uri("/api/v1/forces/" + FORCE + "/events"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch.body));
            if (!batch.csvImport) {
                request.header("Idempotency-Key", batch.key);
            }
            return request;
        }

        private HttpRequest.Builder upload(Map<String, String> files, String key) {
            String boundary = "crash-" + UUID.randomUUID();
            StringBuilder body = new StringBuilder();
            files.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
                    .append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n"));
            body.append("--").append(boundary).append("--\r\n");
            HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/v1/forces/" + FORCE + "/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            return request;
        }

        private HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(server.uri(path)).GET();
        }

        private HttpResponse<byte[]> send(HttpRequest.Builder request, String user) throws IOException {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofMinutes(2));
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }

        private static String cipher(int officer) {
            return "CR" + (100 + officer);
        }
    }

    // ---------------------------------------------------------------- the server process

    /**
     * How the server is started: this test's own Java and classpath, with the application's classes packed into a
     * jar and, on Java 25 and later, an ahead-of-time cache from one training start, so the forty restarts of the
     * test take seconds each.
     */
    record ServerImage(String java, String classpath, List<String> jvmOptions, Map<String, Object> timings) {

        static ServerImage prepare(Path output) throws Exception {
            String java = ProcessHandle.current().info().command().orElseThrow();
            List<String> entries = new ArrayList<>();
            Path classes = output.resolve("arcs-classes.jar");
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path) && path.endsWith(Path.of("target", "classes"))) {
                    jar(path, classes);
                    entries.add(classes.toString());
                } else if (!Files.isDirectory(path)) {
                    entries.add(entry);
                }
            }
            String classpath = String.join(File.pathSeparator, entries);
            List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g"));
            Map<String, Object> timings = new LinkedHashMap<>();
            if (Runtime.version().feature() >= 25) {
                long training = System.nanoTime();
                Path cache = output.resolve("arcs-server.aot");
                Path cacheKey = output.resolve("arcs-server.aot.key");
                String key = Runtime.version() + "\n" + String.join("\n", options) + "\n" + classpath + "\n"
                        + (Files.exists(classes) ? digest(classes) : "");
                if (Files.exists(cache) && Files.exists(cacheKey) && Files.readString(cacheKey).equals(key)) {
                    options.add("-XX:AOTCache=" + cache);
                    timings.put("ahead-of-time cache", "reused from an earlier run with the same classes");
                    return new ServerImage(java, classpath, List.copyOf(options), new ConcurrentHashMap<>(timings));
                }
                Files.deleteIfExists(cache);
                Path scratch = Files.createTempDirectory(output, "aot-training");
                List<String> command = new ArrayList<>(List.of(java, "-XX:AOTCacheOutput=" + cache,
                        "-Xlog:aot=error", "-Xlog:cds=error", "-Dspring.context.exit=onRefresh"));
                command.addAll(options);
                command.addAll(List.of("-cp", classpath, "uk.arcs.ArcsLauncher", "serve", "--server.port=0"));
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.resolve("aot-training.log").toFile());
                builder.environment().put("ARCS_DATA_DIR", scratch.toString());
                Process process = builder.start();
                if (process.waitFor(10, TimeUnit.MINUTES) && process.exitValue() == 0 && Files.exists(cache)) {
                    options.add("-XX:AOTCache=" + cache);
                    Files.writeString(cacheKey, key);
                }
                timings.put("ahead-of-time cache", (Files.exists(cache) ? "made" : "not made (see aot-training.log)")
                        + " in " + Duration.ofNanos(System.nanoTime() - training).toMillis() / 1000.0 + " s");
            }
            return new ServerImage(java, classpath, List.copyOf(options), new ConcurrentHashMap<>(timings));
        }

        /**
         * Packs the classes into a jar, rewriting it only when its content changes: the cache is valid only for the
         * jar it was made with, down to its modification time.
         */
        private static void jar(Path classes, Path jar) throws IOException {
            Path fresh = jar.resolveSibling(jar.getFileName() + ".new");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(fresh)); Stream<Path> files = Files.walk(classes)) {
                // Directory entries too: class-path scanning and Flyway find their roots through them.
                for (Path file : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                    String name = classes.relativize(file).toString().replace('\\', '/');
                    boolean directory = Files.isDirectory(file);
                    ZipEntry entry = new ZipEntry(directory ? name + "/" : name);
                    entry.setTime(0);
                    out.putNextEntry(entry);
                    if (!directory) {
                        Files.copy(file, out);
                    }
                    out.closeEntry();
                }
            }
            if (Files.exists(jar) && digest(jar).equals(digest(fresh))) {
                Files.delete(fresh);
            } else {
                Files.move(fresh, jar, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        private static String digest(Path file) throws IOException {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Server start(Map<String, String> environment, List<String> arguments, Path log) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classpath, "uk.arcs.ArcsLauncher", "serve", "--server.port=" + port,
                    "--arcs.security.users[0].username=" + WRITER, "--arcs.security.users[0].password=" + PASSWORD_HASH,
                    "--arcs.security.users[0].role=SUPERVISOR", "--arcs.security.users[0].force=" + FORCE,
                    "--arcs.security.users[1].username=" + ADMIN, "--arcs.security.users[1].password=" + PASSWORD_HASH,
                    "--arcs.security.users[1].role=IDENTITY_ADMIN"));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            Process process = builder.start();
            CompletableFuture<Void> ready = new CompletableFuture<>();
            Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8)); Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    for (String line; (line = output.readLine()) != null; ) {
                        file.write(line);
                        file.write('\n');
                        if (line.contains("Started ArcsLauncher in")) {
                            file.flush();
                            ready.complete(null);
                        }
                    }
                } catch (IOException e) {
                    ready.completeExceptionally(e);
                }
                ready.completeExceptionally(new IllegalStateException("the server stopped before it was ready; see " + log));
            });
            ready.get(10, TimeUnit.MINUTES);
            timings.merge("server starts", new StartTimes(Duration.ofNanos(System.nanoTime() - started)),
                    (a, b) -> ((StartTimes) a).and((StartTimes) b));
            return new Server(process, port);
        }
    }

    record StartTimes(int starts, Duration total, Duration longest) {
        StartTimes(Duration one) {
            this(1, one, one);
        }

        StartTimes and(StartTimes other) {
            return new StartTimes(starts + other.starts, total.plus(other.total),
                    longest.compareTo(other.longest) >= 0 ? longest : other.longest);
        }

        @Override
        public String toString() {
            return starts + " in " + total.toMillis() / 1000.0 + " s (mean " + total.toMillis() / starts / 1000.0
                    + " s, longest " + longest.toMillis() / 1000.0 + " s)";
        }
    }

    record Server(Process process, int port) {

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        /** SIGKILL: no shutdown hook, no graceful stop, nothing flushed that was not already. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                kill();
            }
        }
    }
}
