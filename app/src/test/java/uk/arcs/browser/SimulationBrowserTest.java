package uk.arcs.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

/** The simulation screen in a real browser, on the London 2023 demo. */
class SimulationBrowserTest extends BrowserPages {

    @Test
    void twoCarsAgainstFifteenRunsWithProgressThenShowsTheDistributionAndEachBorough() {
        Page page = browser.loggedIn("met.supervisor");
        page.navigate(browser.url("/simulation"));
        page.locator("input[name=mode][value=compare]").check();
        page.locator("input[name=compare]").fill("2, 15");
        page.locator("input[name=replications]").fill("200");
        page.locator("#simulation-form button").click();
        page.waitForURL(url -> url.contains("run="));

        assertThat(page.locator("#simulation-progress")).isVisible();
        assertThat(page.locator("#simulation-progress")).hasAttribute("max", "400");
        assertThat(page.locator("#headline tr.headline")).hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(120_000));
        assertThat(page.locator("#progress-text")).hasText("400 of 400 replications");
        assertThat(page.locator("#zones tr.zone")).hasCount(33);
        page.waitForFunction("() => { const canvas = document.getElementById('cdf-chart');"
                + " const chart = canvas && window.Chart && Chart.getChart(canvas);"
                + " return chart && chart.data.datasets.length === 2 && chart.data.datasets[0].data.length > 30; }");
        // With two cars, most calls wait far beyond 15 minutes; with fifteen, almost none do.
        double twoCars = share(page.locator("#headline tr[data-cars='2'] .within-second").innerText());
        double fifteenCars = share(page.locator("#headline tr[data-cars='15'] .within-second").innerText());
        assertThat(twoCars).isLessThan(50);
        assertThat(fifteenCars).isGreaterThan(90);
        browser.screenshot(page, "simulation");
        page.context().close();
    }

    @Test
    void anInstantWithNoArvCarIsRefusedPlainly() {
        Page page = browser.loggedIn("met.gold");
        page.navigate(browser.url("/simulation"));
        page.locator("input[name=mode][value=at]").check();
        page.locator("input[name=at]").fill("2026-01-01T00:00");
        page.locator("#simulation-form button").click();
        assertThat(page.locator("#problem")).containsText("0 ARV cars of 15 required");
        assertThat(page.locator("#problem")).containsText("nothing to simulate");
        page.context().close();
    }

    private static double share(String text) {
        return Double.parseDouble(text.substring(0, text.indexOf('%')));
    }
}
