package uk.arcs.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import uk.arcs.ArcsApplication;
import uk.arcs.TestHttp;
import uk.arcs.TestHttp.Reply;

/**
 * A server still loading its start-up data (the demo scenario, in {@code ./arcs demo}) is alive but not ready:
 * an orchestrator sends it no traffic until the loading is done.
 */
class ReadinessTest {

    @Test
    void readinessIsDownWhileStartUpWorkRunsAndUpOnceItIsDone() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> port = new CompletableFuture<>();
        SpringApplication application = new SpringApplication(ArcsApplication.class);
        application.addListeners((ApplicationListener<WebServerInitializedEvent>) event ->
                port.complete(event.getWebServer().getPort()));
        // Start-up work that lasts until the test lets it finish, as the demo's scenario load lasts a while.
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("slowStartUpWork",
                (ApplicationRunner) args -> {
                    loading.countDown();
                    release.await(5, TimeUnit.MINUTES);
                }));
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() ->
                application.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:readiness;DB_CLOSE_DELAY=-1"));
        try {
            assertThat(loading.await(5, TimeUnit.MINUTES)).isTrue();
            TestHttp http = new TestHttp(port.get(1, TimeUnit.MINUTES));
            Reply notReady = http.get("/actuator/health/readiness", null);
            assertThat(notReady.status()).isEqualTo(503);
            assertThat(notReady.json().get("status").asString()).isEqualTo("OUT_OF_SERVICE");
            Reply alive = http.get("/actuator/health/liveness", null);
            assertThat(alive.status()).isEqualTo(200);
            assertThat(alive.json().get("status").asString()).isEqualTo("UP");

            release.countDown();
            started.get(5, TimeUnit.MINUTES);
            Reply ready = http.get("/actuator/health/readiness", null);
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.json().get("status").asString()).isEqualTo("UP");
        } finally {
            release.countDown();
            started.get(5, TimeUnit.MINUTES).close();
        }
    }
}
