package uk.arcs.security;

import java.io.PrintStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who ran {@code ./arcs demo} where to go and how to log in. */
@Component
@ConditionalOnBooleanProperty("arcs.demo")
class DemoBanner {

    private final PrintStream out = System.out;

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        out.println();
        out.println("ARCS demo is ready: http://localhost:" + port + "/  (London 2023 replay loaded)");
        out.println("Logins, each with the password 'demo':");
        for (String line : SecurityConfiguration.DEMO_USERS) {
            String[] parts = line.split(":", -1);
            out.printf("  %-18s %s%s%n", parts[0], parts[1], parts[2].isEmpty() ? "" : " (" + parts[2] + ")");
        }
        out.println("API: curl -u met.gold:demo 'http://localhost:" + port
                + "/api/v1/forces/MET/capability?at=2023-09-24T02:00'");
        out.println("API description: http://localhost:" + port + "/swagger-ui.html   Stop with Ctrl-C.");
        out.println();
    }
}
