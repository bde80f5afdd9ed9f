package uk.arcs.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The planner screen in a real browser, on the London 2023 demo. */
class PlannerBrowserTest extends BrowserPages {

    @Test
    void aPlanForTheCrisisMondayChartsItsScoreThenShowsTheRosterAndTheEmptyCounterTerrorismSeats() {
        Page page = browser.loggedIn("met.planner");
        page.navigate(browser.url("/planner"));
        assertThat(page.locator("#start-plan input[name=from]")).hasValue("2023-09-25");
        assertThat(page.locator("#start-plan input[name=days]")).hasValue("1");
        page.locator("#start-plan input[name=timeLimitSeconds]").fill("3");
        page.locator("#start-plan button").click();
        page.waitForURL(url -> url.contains("/planner/MET/"));
        String plan = page.url();

        // When solving ends the page reloads with the roster; the chart is drawn from the plan's score events.
        assertThat(page.locator("#roster-grid")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        assertThat(page.locator("#plan-status")).hasText("DONE");
        page.waitForFunction("() => { const canvas = document.getElementById('score-chart');"
                + " const chart = canvas && window.Chart && Chart.getChart(canvas);"
                + " return chart && chart.data.datasets[1].data.length > 0; }");
        assertThat(page.locator("#hard-violations")).hasText("0");
        // On Monday 25 September every CTSFO on the early shift had stepped back: those seats stay empty, and come first.
        assertThat(page.locator("#unfilled-seats tr.unfilled-seat").first()).hasAttribute("data-kind", "CT");
        int unfilled = page.locator("#unfilled-seats tr.unfilled-seat").count();
        assertThat(unfilled).isPositive();
        assertThat(page.locator("#roster-grid td.unfilled")).hasCount(unfilled);
        assertThat(page.locator("#roster-grid tbody.arv").first()).containsText("ARV car ARV-01");
        assertThat(page.locator("#constraints")).containsText("Unfilled seat");
        browser.screenshot(page, "planner");
        page.context().close();

        // Another force's commander is refused the plan; the press office has no planner screen at all.
        assertThat(status(plan, "kent.commander")).isEqualTo(403);
        assertThat(status(browser.url("/planner"), "met.press")).isEqualTo(403);
        assertThat(status(plan, "npocc.coordinator")).isEqualTo(200);
    }

    /** The page's status for that user, logged in with HTTP Basic (which the page chain also accepts). */
    private static int status(String url, String user) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                            .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
