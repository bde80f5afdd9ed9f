package uk.arcs.operations.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ARCS_LOG_FORMAT=json: a server whose every console line is a JSON object, from start to shutdown. */
class LogFormatTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.regex.Pattern STARTED = java.util.regex.Pattern.compile("\"message\":\"Started \\w+ in ");

    @Test
    void settingNamesSpringBootsStructuredFormatAndAnythingElseIsRefused() {
        assertThat(LogFormat.structuredFormat("json")).isEqualTo("ecs");
        assertThat(LogFormat.structuredFormat(" JSON ")).isEqualTo("ecs");
        assertThat(LogFormat.structuredFormat("logstash")).isEqualTo("logstash");
        assertThat(LogFormat.structuredFormat("")).isNull();
        assertThat(LogFormat.structuredFormat("text")).isNull();
        assertThatThrownBy(() -> LogFormat.structuredFormat("xml"))
                .hasMessage("ARCS_LOG_FORMAT must be json (or ecs, logstash, gelf) or text, not 'xml'");
    }

    @Test
    void serverStartedWithJsonLogsWritesOneJsonObjectALine(@TempDir Path data) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "uk.arcs.ArcsLauncher", "serve", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:json-log;DB_CLOSE_DELAY=-1");
        builder.environment().put("ARCS_LOG_FORMAT", "json");
        builder.environment().put("ARCS_DATA_DIR", data.toString());
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process server = builder.start();
        CompletableFuture.delayedExecutor(10, TimeUnit.MINUTES).execute(server::destroyForcibly);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = server.inputReader()) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (STARTED.matcher(line).find()) {
                    // SIGTERM, as an orchestrator sends it; the process handle leaves its output open, so the
                    // shutdown's lines are read too.
                    server.toHandle().destroy();
                }
            }
        }
        assertThat(server.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(lines).anyMatch(l -> STARTED.matcher(l).find());
        for (String line : lines) {
            JsonNode json = JSON.readTree(line);
            assertThat(json.isObject()).as(line).isTrue();
            assertThat(json.has("@timestamp")).as(line).isTrue();
            assertThat(json.get("log").get("level").asString()).as(line).isNotBlank();
            assertThat(json.has("message")).as(line).isTrue();
        }
    }
}
