package uk.arcs.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A fixed number of client threads sending GET requests back to back for a fixed time over HTTP/1.1
 * keep-alive connections, logged in with HTTP Basic.
 */
final class HttpLoad implements AutoCloseable {

    /** Responses with status 200, other outcomes (other statuses, I/O errors), and the 200s' latencies. */
    record Result(long succeeded, long failed, Duration elapsed, Latencies.Summary latency) {
        double perSecond() {
            return succeeded / (elapsed.toNanos() / 1e9);
        }
    }

    private record WorkerResult(long succeeded, long failed, Latencies latencies) {
    }

    private static final long SEED = 42L;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;
    private final int clients;

    HttpLoad(String username, String password, int clients) {
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.clients = clients;
    }

    /** One request, to check the endpoint answers before it is timed. */
    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(request(uri), HttpResponse.BodyHandlers.ofString());
    }

    /** Runs the load for {@code duration} and measures it. */
    Result measure(Function<UniformRandomProvider, URI> target, Duration duration) throws InterruptedException {
        return measureInTurn(List.of(target), duration, 1).getFirst();
    }

    /**
     * Runs the loads one after the other, {@code rounds} times over, each for {@code round} at a time, and
     * measures each over all its rounds. Taking turns spreads whatever else the machine is doing over all the
     * loads alike, where one long run of each would leave it to whichever ran when it happened.
     */
    List<Result> measureInTurn(List<Function<UniformRandomProvider, URI>> targets, Duration round, int rounds)
            throws InterruptedException {
        List<Tally> tallies = targets.stream().map(t -> new Tally()).toList();
        for (int r = 0; r < rounds; r++) {
            for (int t = 0; t < targets.size(); t++) {
                drive(targets.get(t), round, tallies.get(t));
            }
        }
        return tallies.stream().map(Tally::result).toList();
    }

    /** What the rounds of one load added up to. */
    private static final class Tally {
        private long succeeded;
        private long failed;
        private long nanos;
        private final Latencies latencies = new Latencies();

        Result result() {
            return new Result(succeeded, failed, Duration.ofNanos(nanos), latencies.summary());
        }
    }

    private void drive(Function<UniformRandomProvider, URI> target, Duration duration, Tally tally)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<WorkerResult>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED + i);
                workers.add(pool.submit(() -> work(target, random, deadline)));
            }
            for (Future<WorkerResult> worker : workers) {
                WorkerResult result = worker.get();
                tally.succeeded += result.succeeded();
                tally.failed += result.failed();
                tally.latencies.addAll(result.latencies());
            }
            tally.nanos += System.nanoTime() - start;
        } catch (ExecutionException e) {
            throw new IllegalStateException("an HTTP client thread failed", e.getCause());
        }
    }

    private WorkerResult work(Function<UniformRandomProvider, URI> target, UniformRandomProvider random, long deadline)
            throws InterruptedException {
        long succeeded = 0;
        long failed = 0;
        Latencies latencies = new Latencies();
        while (System.nanoTime() < deadline) {
            HttpRequest request = request(target.apply(random));
            long sent = System.nanoTime();
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    latencies.addNanos(System.nanoTime() - sent);
                    succeeded++;
                } else {
                    failed++;
                }
            } catch (IOException e) {
                failed++;
            }
        }
        return new WorkerResult(succeeded, failed, latencies);
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", authorization).timeout(Duration.ofSeconds(30))
                .GET().build();
    }

    @Override
    public void close() {
        client.close();
    }
}
