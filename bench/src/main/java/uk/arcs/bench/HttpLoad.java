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

    /** Runs the load for {@code warmUp}, discards it, then runs and measures it for {@code measured}. */
    Result run(Function<UniformRandomProvider, URI> target, Duration warmUp, Duration measured)
            throws InterruptedException {
        drive(target, warmUp);
        return drive(target, measured);
    }

    private Result drive(Function<UniformRandomProvider, URI> target, Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<WorkerResult>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED + i);
                workers.add(pool.submit(() -> work(target, random, deadline)));
            }
            long succeeded = 0;
            long failed = 0;
            Latencies latencies = new Latencies();
            for (Future<WorkerResult> worker : workers) {
                WorkerResult result = worker.get();
                succeeded += result.succeeded();
                failed += result.failed();
                latencies.addAll(result.latencies());
            }
            return new Result(succeeded, failed, Duration.ofNanos(System.nanoTime() - start), latencies.summary());
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
