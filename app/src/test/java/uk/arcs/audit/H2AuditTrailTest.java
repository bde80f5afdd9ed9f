package uk.arcs.audit;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;

/** The audit chain on the embedded H2 database, which has no triggers: a direct edit succeeds and must be found. */
class H2AuditTrailTest extends AuditTrailContract {

    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void startWithNorth() throws IOException {
        context = start("--spring.datasource.url=jdbc:h2:mem:audit-trail;DB_CLOSE_DELAY=-1");
        importNorth(context, Files.createTempDirectory("north"));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Override
    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    void tamper(String sql) {
        jdbc().execute(sql);
    }
}
