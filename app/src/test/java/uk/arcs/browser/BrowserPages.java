package uk.arcs.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser on the running demo server, for the screens' browser tests; one per test class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "arcs.demo=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserPages {

    @LocalServerPort
    int port;

    BrowserSession browser;

    @BeforeAll
    void launch() {
        browser = new BrowserSession(port);
    }

    @AfterAll
    void close() {
        browser.close();
    }

    /** A force's dashboard, open as {@code user} and connected to its live feed. */
    Page liveDashboard(String user, String force) {
        Page dashboard = browser.loggedIn(user);
        dashboard.addInitScript("document.addEventListener('htmx:sseOpen', () => { window.arcsLiveOpen = true; })");
        dashboard.navigate(browser.url("/?force=" + force));
        dashboard.waitForFunction("() => window.arcsLiveOpen === true");
        return dashboard;
    }
}
