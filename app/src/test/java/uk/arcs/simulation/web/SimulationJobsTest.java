package uk.arcs.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.arcs.simulation.SimulationConfig;
import uk.arcs.simulation.json.ConfigJson;

/** Simulation jobs as counted in the metrics, and stopped cleanly when the server shuts down. */
class SimulationJobsTest {

    private static final String ONE_CAR = """
            { "zones": [{"id": "A", "lat": 51.50, "lon": -0.20, "weight": 1}],
              "cars": [{"id": "ARV1", "homeZone": "A"}],
              "arrivalsPerHour": 0.5, "onSceneMinutes": {"distribution": "exponential", "mean": 30},
              "travel": {"speedKmh": 48, "roadFactor": 1.4}, "whenAllBusy": "queue",
              "hours": %d, "warmupHours": 10, "replications": %d, "seed": 7, "targetMinutes": [10] }""";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SimulationJobs jobs = new SimulationJobs(Clock.systemUTC(), meters);

    @AfterEach
    void stop() {
        jobs.shutdown(Duration.ofSeconds(30));
    }

    private static SimulationConfig config(int hours, int replications) {
        return ConfigJson.read(ONE_CAR.formatted(hours, replications));
    }

    /** A subscriber that notes each event's name, and when the job is running and when it has ended. */
    static final class Subscriber extends SseEmitter {
        final List<String> events = new CopyOnWriteArrayList<>();
        final CountDownLatch running = new CountDownLatch(1);
        final CountDownLatch ended = new CountDownLatch(1);

        @Override
        public void send(SseEventBuilder event) throws IOException {
            String name = null;
            Object data = null;
            for (DataWithMediaType part : event.build()) {
                if (part.getData() instanceof String text && text.startsWith("event:")) {
                    name = text.substring("event:".length(), text.indexOf('\n')).strip();
                } else if (part.getMediaType() != null && part.getMediaType().equals(MediaType.APPLICATION_JSON)) {
                    data = part.getData();
                }
            }
            events.add(name);
            if (data instanceof Map<?, ?> map && "running".equals(map.get("status"))) {
                running.countDown();
            }
            if (List.of("done", "failed", "stopped").contains(name)) {
                ended.countDown();
            }
        }
    }

    private double count(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void finishedSimulationIsCountedAndTimed() throws Exception {
        SimulationJobs.Job job = jobs.submit("small", "met.planner", config(200, 4));
        Subscriber subscriber = new Subscriber();
        job.subscribe(subscriber);
        assertThat(subscriber.ended.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(subscriber.events.getLast()).isEqualTo("done");
        assertThat(count("arcs.simulations.started")).isEqualTo(1);
        assertThat(count("arcs.simulations.finished", "outcome", "done")).isEqualTo(1);
        assertThat(meters.find("arcs.simulations.run").tags("outcome", "done").timer().count()).isEqualTo(1);
        assertThat(meters.find("arcs.simulations.running").gauge().value()).isZero();
    }

    @Test
    void shutdownStopsRunningAndWaitingSimulationsAndEndsTheirStreams() throws Exception {
        List<SimulationJobs.Job> submitted = List.of(jobs.submit("long 1", "met.planner", config(50_000, 50_000)),
                jobs.submit("long 2", "met.planner", config(50_000, 50_000)),
                jobs.submit("waiting", "met.planner", config(50_000, 50_000)));
        List<Subscriber> subscribers = submitted.stream().map(job -> {
            Subscriber subscriber = new Subscriber();
            job.subscribe(subscriber);
            return subscriber;
        }).toList();
        assertThat(subscribers.get(0).running.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(subscribers.get(1).running.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(submitted.get(2).status()).isEqualTo(SimulationJobs.Status.QUEUED);

        jobs.shutdown(Duration.ofSeconds(60));

        for (int i = 0; i < submitted.size(); i++) {
            assertThat(submitted.get(i).status()).isEqualTo(SimulationJobs.Status.STOPPED);
            assertThat(submitted.get(i).json().get("error")).isEqualTo("the server shut down before the simulation "
                    + "finished");
            assertThat(subscribers.get(i).events.getLast()).isEqualTo("stopped");
        }
        assertThat(count("arcs.simulations.started")).isEqualTo(2);
        assertThat(count("arcs.simulations.finished", "outcome", "stopped")).isEqualTo(2);
        assertThat(meters.find("arcs.simulations.running").gauge().value()).isZero();
    }
}
