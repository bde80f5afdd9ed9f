package uk.arcs.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import uk.arcs.ArcsApplication;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.capability.CapabilityService;
import uk.arcs.common.Outcome;
import uk.arcs.force.ForceCode;
import uk.arcs.scenario.ForceScenario;
import uk.arcs.scenario.ScenarioLoader;

/**
 * {@code ./arcs bench capability}: loads the national data set into the real application, started in this
 * process on a fresh embedded database, then times the MET's capability picture in-process and over HTTP
 * against the trivial whoami endpoint, and writes the figures into docs/benchmarks.md.
 */
final class CapabilityBench {

    private static final ForceCode FORCE = ForceCode.of(NationalDataSet.MET);
    private static final int WARM_UP_CALLS = 5_000;
    private static final int TIMED_CALLS = 20_000;
    private static final int HTTP_CLIENTS = 8;
    /** Both endpoints take turns, this long at a time, while warming up and while measured. */
    private static final Duration HTTP_ROUND = Duration.ofSeconds(5);
    private static final int HTTP_MEASURED_ROUNDS = 4;
    /**
     * On two processors the compiling has gone on for 20 to 25 s of load in every run so far, with turns on the
     * way that look steady for a while; so however steady they look, both endpoints get at least this many.
     */
    private static final int MIN_WARM_UP_ROUNDS = 6;
    private static final int MAX_WARM_UP_ROUNDS = 12;
    /** Throughput that moves by no more than this share from one warm-up round to the next counts as steady. */
    private static final double STEADY = 0.10;
    private static final double GOAL_P99_MILLIS = 2.0;
    private static final double GOAL_THROUGHPUT_RATIO = 0.5;
    /** The cost ARCS requires; a verified password is remembered for minutes, so bcrypt runs once, not per request. */
    private static final int BCRYPT_COST = uk.arcs.security.PasswordHashing.MIN_COST;
    private static final String USERNAME = "bench";
    private static final long INSTANT_SEED = 7L;
    private static final String CAPABILITY_PATH = "/api/v1/forces/" + FORCE + "/capability";
    private static final String WHOAMI_PATH = "/api/v1/whoami";

    private record LoadReport(int forces, int officers, int metOfficers, int officerEvents, int postureEvents,
                              Duration generation, Duration load) {
    }

    /** Pictures timed in-process; the mean number of firearms officers shows the pictures were of real data. */
    private record PictureSeries(Latencies.Summary latency, double meanFirearmsOfficers) {
    }

    private record HttpReport(HttpLoad.Result capability, HttpLoad.Result whoami, int warmUpRounds) {
        double ratio() {
            return capability.perSecond() / whoami.perSecond();
        }
    }

    private CapabilityBench() {
    }

    static int run(String[] args) throws IOException, InterruptedException {
        if (args.length > 0) {
            System.err.println("bench capability takes no options");
            return 2;
        }
        Optional<Path> root = BenchmarkDoc.findRepositoryRoot();
        long started = System.nanoTime();
        Instant date = Instant.now();
        Path dataDir = Files.createTempDirectory("arcs-bench-");
        String password = UUID.randomUUID().toString();
        String section;
        try (ConfigurableApplicationContext context = start(dataDir, password)) {
            LoadReport load = load(context.getBean(ScenarioLoader.class));
            CapabilityService capability = context.getBean(CapabilityService.class);
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(INSTANT_SEED);
            // The first picture after loading also lays the MET's officers out by time, with nothing compiled yet.
            long firstStart = System.nanoTime();
            capability.picture(FORCE, randomInstant(random), null);
            Duration firstPicture = since(firstStart);
            Optional<CpuUse> beforeInProcess = CpuUse.now();
            progress("timing %,d in-process pictures (knownAt now), after %,d warm-up calls", TIMED_CALLS, WARM_UP_CALLS);
            PictureSeries knownNow = pictures(capability, false, random);
            progress("timing %,d in-process pictures (knownAt = at), after %,d warm-up calls", TIMED_CALLS, WARM_UP_CALLS);
            PictureSeries knownThen = pictures(capability, true, random);
            Optional<CpuUse> afterInProcess = CpuUse.now();
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            HttpReport http = http(URI.create("http://127.0.0.1:" + port), password);
            Optional<CpuUse> afterHttp = CpuUse.now();
            String othersShare = format("%s while timing in-process, %s over HTTP",
                    othersShare(beforeInProcess, afterInProcess), othersShare(afterInProcess, afterHttp));
            section = report(date, Machine.describe(), othersShare, load, firstPicture, knownNow, knownThen, http,
                    since(started));
        } finally {
            deleteTree(dataDir);
        }
        System.out.println(section);
        if (root.isPresent()) {
            Path doc = root.get().resolve(BenchmarkDoc.RELATIVE_PATH);
            BenchmarkDoc.writeSection(doc, "capability", section);
            progress("wrote the figures into %s", doc);
        } else {
            progress("not run from inside the repository, so %s was not updated", BenchmarkDoc.RELATIVE_PATH);
        }
        return 0;
    }

    private static ConfigurableApplicationContext start(Path dataDir, String password) {
        progress("starting ARCS on an empty H2 database in %s", dataDir);
        SpringApplication application = new SpringApplication(ArcsApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(BCRYPT_COST).encode(password);
        // Command-line arguments, because they outrank the application's own application.properties.
        return application.run("--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("bench"), "--arcs.demo=false",
                "--logging.level.root=WARN",
                "--arcs.security.users[0].username=" + USERNAME, "--arcs.security.users[0].password=" + hash,
                "--arcs.security.users[0].role=STRATEGIC_COMMANDER", "--arcs.security.users[0].force=" + FORCE);
    }

    private static LoadReport load(ScenarioLoader loader) {
        progress("generating the national data set");
        long generationStart = System.nanoTime();
        List<ForceScenario> scenarios = NationalDataSet.generate();
        Duration generation = since(generationStart);
        progress("loading %d forces through the ScenarioLoader, one force per transaction", scenarios.size());
        long loadStart = System.nanoTime();
        int officers = 0;
        int metOfficers = 0;
        int officerEvents = 0;
        int postureEvents = 0;
        for (ForceScenario scenario : scenarios) {
            ScenarioLoader.Summary summary = switch (loader.load(List.of(scenario))) {
                case Outcome.Recorded<ScenarioLoader.Summary> recorded -> recorded.value();
                case Outcome.Rejected<ScenarioLoader.Summary> rejected -> throw new IllegalStateException(
                        "ARCS refused the data of " + scenario.force().code() + ": "
                                + rejected.errors().subList(0, Math.min(5, rejected.errors().size())));
            };
            officers += summary.officersRegistered();
            if (scenario.force().code().equals(FORCE)) {
                metOfficers = summary.officersRegistered();
            }
            officerEvents += summary.officerEvents();
            postureEvents += summary.postureEvents();
        }
        return new LoadReport(scenarios.size(), officers, metOfficers, officerEvents, postureEvents, generation, since(loadStart));
    }

    private static PictureSeries pictures(CapabilityService capability, boolean knownThen, UniformRandomProvider random) {
        Instant[] ats = new Instant[WARM_UP_CALLS + TIMED_CALLS];
        for (int i = 0; i < ats.length; i++) {
            ats[i] = randomInstant(random);
        }
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            capability.picture(FORCE, ats[i], knownThen ? ats[i] : null);
        }
        Latencies latencies = new Latencies();
        long firearmsOfficers = 0;
        for (int i = WARM_UP_CALLS; i < ats.length; i++) {
            long start = System.nanoTime();
            CapabilityPicture picture = capability.picture(FORCE, ats[i], knownThen ? ats[i] : null);
            latencies.addNanos(System.nanoTime() - start);
            firearmsOfficers += picture.officers().total();
        }
        return new PictureSeries(latencies.summary(), (double) firearmsOfficers / TIMED_CALLS);
    }

    private static HttpReport http(URI server, String password) throws IOException, InterruptedException {
        Function<UniformRandomProvider, URI> capability =
                random -> server.resolve(CAPABILITY_PATH + "?at=" + randomInstant(random));
        URI whoami = server.resolve(WHOAMI_PATH);
        try (HttpLoad load = new HttpLoad(USERNAME, password, HTTP_CLIENTS)) {
            requireOk(load.get(server.resolve(CAPABILITY_PATH + "?at=2023-09-24T02:00:00Z")));
            requireOk(load.get(whoami));
            int rounds = warmUp(load, capability, random -> whoami);
            progress("HTTP: %d clients, %s and %s in turn, %d s at a time, %d times over", HTTP_CLIENTS,
                    CAPABILITY_PATH, WHOAMI_PATH, HTTP_ROUND.toSeconds(), HTTP_MEASURED_ROUNDS);
            List<HttpLoad.Result> measured = load.measureInTurn(List.of(capability, random -> whoami), HTTP_ROUND,
                    HTTP_MEASURED_ROUNDS);
            HttpLoad.Result pictures = measured.get(0);
            HttpLoad.Result trivial = measured.get(1);
            return new HttpReport(pictures, trivial, rounds);
        }
    }

    /**
     * Loads both endpoints in turn, a round of each at a time, until neither's throughput moves by more than
     * {@link #STEADY} from one round to the next, after at least {@link #MIN_WARM_UP_ROUNDS} rounds and at most
     * {@link #MAX_WARM_UP_ROUNDS}: the JIT compiles the request path they share while they run, and on two
     * processors that takes tens of seconds. Warming up one endpoint and then measuring it before the other
     * would charge the compiling to whichever came first.
     * Returns the number of rounds run.
     */
    private static int warmUp(HttpLoad load, Function<UniformRandomProvider, URI> capability,
                              Function<UniformRandomProvider, URI> whoami) throws InterruptedException {
        double lastCapability = 0;
        double lastWhoami = 0;
        for (int round = 1; ; round++) {
            double capabilityRate = load.measure(capability, HTTP_ROUND).perSecond();
            double whoamiRate = load.measure(whoami, HTTP_ROUND).perSecond();
            progress("HTTP warm-up round %d: %,.0f capability pictures/s, %,.0f whoami/s", round, capabilityRate,
                    whoamiRate);
            boolean steady = Math.abs(capabilityRate - lastCapability) <= STEADY * capabilityRate
                    && Math.abs(whoamiRate - lastWhoami) <= STEADY * whoamiRate;
            if (steady && round >= MIN_WARM_UP_ROUNDS || round == MAX_WARM_UP_ROUNDS) {
                return round;
            }
            lastCapability = capabilityRate;
            lastWhoami = whoamiRate;
        }
    }

    private static void requireOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static Instant randomInstant(UniformRandomProvider random) {
        long from = NationalDataSet.FROM.getEpochSecond();
        return Instant.ofEpochSecond(from + random.nextLong(NationalDataSet.TO.getEpochSecond() - from));
    }

    private static String othersShare(Optional<CpuUse> from, Optional<CpuUse> to) {
        if (from.isEmpty() || to.isEmpty()) {
            return "unknown";
        }
        return to.get().othersShareSince(from.get()).stream().mapToObj(share -> format("%.0f%%", share * 100))
                .findFirst().orElse("unknown");
    }

    private static String report(Instant date, Machine machine, String othersShare, LoadReport load,
                                 Duration firstPicture, PictureSeries knownNow,
                                 PictureSeries knownThen, HttpReport http, Duration runTime) {
        double worstP99 = Math.max(knownNow.latency().p99(), knownThen.latency().p99());
        boolean latencyGoal = worstP99 < GOAL_P99_MILLIS;
        boolean throughputGoal = http.ratio() >= GOAL_THROUGHPUT_RATIO;
        StringBuilder md = new StringBuilder();
        md.append(format("""
                ## Capability picture: `./arcs bench capability`

                Goals: p99 of the picture under %s ms in-process, and over HTTP at least %.0f%% of the throughput of a
                trivial endpoint of the same server.

                | goal | result |
                | --- | --- |
                | in-process p99 < %s ms | %s (worst p99 of the two series: %.3f ms) |
                | HTTP throughput ratio >= %s | %s (%.2f) |

                Run on %s UTC; the whole run took %s.

                | machine | |
                | --- | --- |
                | processors | %d |
                | CPU | %s |
                | memory | %s |
                | JDK | %s |
                | max heap | %s |
                | processor time taken by other processes (or the hypervisor) | %s |

                """, GOAL_P99_MILLIS, GOAL_THROUGHPUT_RATIO * 100, GOAL_P99_MILLIS, latencyGoal ? "met" : "**missed**",
                worstP99, GOAL_THROUGHPUT_RATIO, throughputGoal ? "met" : "**missed**", http.ratio(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(date.atOffset(ZoneOffset.UTC)), minutes(runTime),
                machine.processors(), machine.cpu(), machine.memory(), machine.jdk(), machine.maxHeap(),
                othersShare));
        md.append(format("""
                ### Data set

                `NationalDataSet` (seed %d), loaded into a fresh H2 file database through the `ScenarioLoader`, one
                force per transaction: %,d forces, %,d officers (%,d in the MET), %,d officer events and %,d posture
                events, most of them from 2019-01-01 to 2024-12-31. Generated in %s, loaded in %s.

                """, NationalDataSet.SEED, load.forces(), load.officers(), load.metOfficers(),
                load.officerEvents(), load.postureEvents(), seconds(load.generation()), seconds(load.load())));
        md.append(format("""
                ### In-process: `CapabilityService.picture(MET, at, knownAt)`

                %,d warm-up calls, then %,d calls timed one by one with `System.nanoTime`, `at` drawn uniformly over
                the period; quantiles by Commons Statistics `Quantile` (default estimation). The mean number of MET
                firearms officers in the pictures shows they were of the loaded data.

                | knownAt | calls | p50 | p99 | max | mean firearms officers |
                | --- | ---: | ---: | ---: | ---: | ---: |
                | now (null) | %,d | %.3f ms | %.3f ms | %.3f ms | %,.0f |
                | at (as known then) | %,d | %.3f ms | %.3f ms | %.3f ms | %,.0f |

                Before them, the first picture after loading took %.1f ms: it also laid the MET's officers out by
                time (what a picture as known now reads, made again on first use after each change to the force's
                officers), with none of the code compiled yet.

                """, WARM_UP_CALLS, TIMED_CALLS,
                knownNow.latency().calls(), knownNow.latency().p50(), knownNow.latency().p99(), knownNow.latency().max(),
                knownNow.meanFirearmsOfficers(),
                knownThen.latency().calls(), knownThen.latency().p50(), knownThen.latency().p99(),
                knownThen.latency().max(), knownThen.meanFirearmsOfficers(), firstPicture.toNanos() / 1e6));
        md.append(format("""
                ### Over HTTP, on loopback

                The same server, %d client threads of `java.net.http.HttpClient` (HTTP/1.1, keep-alive) sending
                requests back to back, the two endpoints taking turns %d s at a time. First both were warmed up
                until neither's throughput moved by more than %.0f%% from one turn to the next, after at least %d
                turns (%d turns each this time, at most %d); then each was measured over %d turns, %d s in all.
                Every request logs
                in with HTTP Basic as a STRATEGIC_COMMANDER of the MET whose password is a bcrypt hash of cost %d
                (bcrypt runs on the first request; ARCS then remembers the verified password for five minutes).
                Clients and server share the machine.

                | endpoint | requests/s | 200 responses | other responses or errors | p50 | p99 |
                | --- | ---: | ---: | ---: | ---: | ---: |
                %s
                %s

                Throughput ratio, capability picture over whoami: **%.2f**.
                """, HTTP_CLIENTS, HTTP_ROUND.toSeconds(), STEADY * 100, MIN_WARM_UP_ROUNDS, http.warmUpRounds(),
                MAX_WARM_UP_ROUNDS,
                HTTP_MEASURED_ROUNDS, HTTP_ROUND.toSeconds() * HTTP_MEASURED_ROUNDS, BCRYPT_COST,
                httpRow("`GET " + CAPABILITY_PATH + "?at=…`", http.capability()),
                httpRow("`GET " + WHOAMI_PATH + "`", http.whoami()), http.ratio()));
        return md.toString();
    }

    private static String httpRow(String endpoint, HttpLoad.Result result) {
        return format("| %s | %,.0f | %,d | %,d | %.2f ms | %.2f ms |", endpoint, result.perSecond(),
                result.succeeded(), result.failed(), result.latency().p50(), result.latency().p99());
    }

    private static String format(String template, Object... values) {
        return String.format(Locale.UK, template, values);
    }

    private static String seconds(Duration duration) {
        return format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String minutes(Duration duration) {
        return format("%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    private static void progress(String template, Object... values) {
        System.err.println("bench capability: " + format(template, values));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
