package uk.arcs.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.OfficerRegistry;

/** The dashboard in a real browser, on the London 2023 demo. */
class DashboardBrowserTest extends BrowserPages {

    @Autowired
    OfficerRegistry officers;

    @Test
    void commanderSeesTwoOfFifteenArvCarsOnTheWorstNightWithTheMapChartAdviceAndDecisions() {
        Page page = browser.loggedIn("met.gold");
        page.navigate(browser.url("/?force=MET&at=2023-09-24T02:00"));
        assertThat(page.locator("#arv-cars")).hasText("2 of 15");
        assertThat(page.locator("#arv-short")).hasText("13 cars short of the minimum");
        assertThat(page.locator("#arv-tile .car.on")).hasCount(2);
        assertThat(page.locator("#arv-tile .car.off")).hasCount(13);
        assertThat(page.locator("#at")).containsText("Sun 24 Sep 2023 02:00");
        assertThat(page.locator("#known-at")).not().isEmpty();
        assertThat(page.locator("#accreditations tr[data-accreditation=CTSFO] td").nth(2)).not().hasText("0");
        assertThat(page.locator("#advice li").first()).isVisible();
        assertThat(page.locator("#military-state")).isVisible();

        assertThat(page.locator("#map-cars")).hasText("2");
        assertThat(page.locator("svg.boroughs path.zone")).hasCount(33);
        assertThat(page.locator("svg.boroughs text.car-count")).hasCount(2);
        assertThat(page.locator(".map-figure .attribution")).containsText("Ordnance Survey");
        page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('capability-chart'))"
                + " !== undefined");
        browser.screenshot(page, "dashboard");
        page.context().close();
    }

    @Test
    void theReplayPlaysForwardFromTheHundredthStepBack() {
        Page page = browser.loggedIn("met.gold");
        page.navigate(browser.url("/?force=MET&at=2023-09-23T18:00&from=2023-09-20T00:00&to=2023-09-29T00:00"));
        assertThat(page.locator("#stepped-back")).hasText("100");
        page.locator("#speed").selectOption("360");
        page.locator("#play").click();
        assertThat(page.locator("#play")).hasText("Pause");
        assertThat(page.locator("#at")).containsText("Mon 25 Sep 2023");
        page.locator("#play").click();
        assertThat(page.locator("#play")).hasText("Play");
        assertThat(page.locator("#stepped-back")).not().hasText("100");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*at=2023-09-2[45].*"));
        page.context().close();
    }

    @Test
    void asKnownThenShowsOnlyWhatWasRecordedByTheInstantAndIsNotLive() {
        Page page = browser.loggedIn("met.gold");
        page.navigate(browser.url("/?force=MET&at=2023-09-24T02:00&known=then"));
        assertThat(page.locator(".then")).isVisible();
        assertThat(page.locator(".live")).hasCount(0);
        assertThat(page.locator("#known-at")).containsText("Sun 24 Sep 2023 02:00");
        assertThat(page.locator("#live-region")).not().hasAttribute("sse-connect", java.util.regex.Pattern.compile(".*"));
        page.context().close();
    }

    @Test
    void pressOfficeSeesTheFiguresButNeitherTheAdviceNorTheDecisionLogNorTheMilitaryState() {
        Page page = browser.loggedIn("met.press");
        page.navigate(browser.url("/?force=MET&at=2023-09-24T02:00"));
        assertThat(page.locator("#arv-cars")).hasText("2 of 15");
        assertThat(page.locator("#stepped-back")).isVisible();
        assertThat(page.locator("#advice")).hasCount(0);
        assertThat(page.locator("#decisions")).hasCount(0);
        assertThat(page.locator("#military-state")).hasCount(0);
        page.context().close();
    }

    @Test
    void militaryLiaisonLandsOnItsOwnScreenAndCannotOpenTheDashboard() {
        Page page = browser.loggedIn("mod.liaison");
        assertThat(page.url()).endsWith("/military");
        assertThat(page.navigate(browser.url("/?force=MET")).status()).isEqualTo(403);
        page.context().close();
    }

    @Test
    void aBulkStepBackRecordedElsewhereShowsOnAnOpenDashboardWithoutReload() {
        Page dashboard = liveDashboard("met.gold", "MET");
        assertThat(dashboard.locator(".live")).isVisible();
        int before = Integer.parseInt(dashboard.locator("#stepped-back").innerText().trim());

        Instant now = Instant.now();
        List<String> authorised = officers.statusesAt(ForceCode.of("MET"), now, now).stream()
                .filter(s -> s.officer().unit().equals("PADP")
                        && (s.status() == AuthorisationStatus.AUTHORISED || s.status() == AuthorisationStatus.LAPSED))
                .map(s -> s.officer().cipher().value()).toList();
        List<String> ciphers = authorised.subList(authorised.size() - 3, authorised.size());
        String events = ciphers.stream().map(cipher -> "{\"cipher\":\"" + cipher
                        + "\",\"type\":\"STEPPED_BACK\",\"occurredAt\":\"" + now + "\",\"reason\":\"browser test\"}")
                .collect(Collectors.joining(",", "{\"events\":[", "]}"));
        int status = post("/api/v1/forces/MET/events", "met.supervisor", events);
        assertThat(status).isEqualTo(201);

        assertThat(dashboard.locator("#stepped-back")).hasText(String.valueOf(before + 3));
        dashboard.context().close();
    }

    private int post(String path, String user, String json) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url(path)))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                            .getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
