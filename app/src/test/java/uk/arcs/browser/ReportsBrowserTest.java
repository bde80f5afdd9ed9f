package uk.arcs.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.arcs.force.ForceCode;
import uk.arcs.reporting.StatementService;
import uk.arcs.reporting.StatementStage;

/**
 * The reports screen in a real browser, on the London 2023 demo: the press office checks the claim the force had to
 * rebut, a commander downloads the report of the worst night, and a statement goes from draft to published through
 * the pages, with the two approvals the rules ask for. The database outlives a run, so the statement is a new one.
 */
class ReportsBrowserTest extends BrowserPages {

    private static final ForceCode MET = ForceCode.of("MET");

    @Autowired
    StatementService statements;

    @Test
    void pressOfficeChecksThatAllFirearmsOfficersHadSteppedBackOnMondayMorningAndSeesFalse() {
        Page page = browser.loggedIn("met.press");
        page.navigate(browser.url("/reports"));
        page.locator("nav.report-sections a", new Page.LocatorOptions().setHasText("Claim check")).click();

        page.locator("#claim-text").fill("All firearms officers have stepped back");
        page.locator("#claim-at").fill("2023-09-25T09:00");
        page.locator("#check-claim").click();

        assertThat(page.locator("#verdict")).hasText("FALSE");
        assertThat(page.locator("#explanation")).containsText("not borne out");
        assertThat(page.locator("#claim-figures")).containsText("Firearms officers stepped back");
        browser.screenshot(page, "reports-claim");
        page.context().close();
    }

    @Test
    void commanderDownloadsTheSituationReportOfTheWorstNightAsAPdf() throws IOException {
        Page page = browser.loggedIn("met.gold");
        page.navigate(browser.url("/reports/sitrep"));
        page.locator("#sitrep-form input[name=at]").fill("2023-09-24T02:00");
        page.locator("#show-sitrep").click();

        assertThat(page.locator("#sitrep-preview #at")).containsText("Sun 24 Sep 2023 02:00");
        assertThat(page.locator("#sitrep-preview #arv-cars")).hasText("2 of 15");
        browser.screenshot(page, "reports-sitrep");
        Download download = page.waitForDownload(() -> page.locator("#download-pdf").click());

        assertThat(download.suggestedFilename()).isEqualTo("MET-sitrep-2023-09-24T0200.pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        page.context().close();
    }

    @Test
    void pressOfficeDraftsAStatementBothOfficesApproveItAndThePressOfficePublishesIt() {
        Page press = browser.loggedIn("met.press");
        press.navigate(browser.url("/reports/statements"));
        press.locator("#draft-form input[name=at]").fill("2023-09-25T13:00");
        press.locator("#draft-statement").click();
        assertThat(press.locator("#recorded")).containsText("drafted from the figures at Mon 25 Sep 2023 13:00");
        String address = press.url();
        int number = Integer.parseInt(address.substring(address.lastIndexOf('/') + 1));
        assertThat(press.locator("#statement"))
                .containsText("armed policing update at 13:00 on Monday 25 September 2023");
        assertThat(press.locator("#statement-figures")).containsText("Firearms officers");

        press.locator("#approve").click();
        assertThat(press.locator("#recorded")).containsText("Approved (version 2)");
        assertThat(press.locator("#approve")).hasCount(0);
        assertThat(press.locator("#publish")).hasCount(0);

        Page gold = browser.loggedIn("met.gold");
        gold.navigate(browser.url("/reports/statements"));
        browser.screenshot(gold, "reports-statements");
        gold.locator("#statements tr[data-number='" + number + "'] a").click();
        assertThat(gold.locator("#approve")).hasText("Approve as commander");
        gold.locator("#approve").click();
        assertThat(gold.locator("#recorded")).containsText("Approved (version 3)");
        assertThat(gold.locator("#statement")).hasAttribute("data-stage", "APPROVED");

        press.reload();
        press.locator("#publish").click();
        assertThat(press.locator("#recorded")).containsText("Published");
        assertThat(press.locator("#statement")).hasAttribute("data-stage", "PUBLISHED");
        assertThat(press.locator("#statement-steps")).hasCount(0);
        assertThat(press.locator("#statement")).containsText("Approved by met.gold (STRATEGIC_COMMANDER)");
        browser.screenshot(press, "reports-statement");
        assertThat(statements.statement(MET, number).stage()).isInstanceOf(StatementStage.Published.class);
        press.context().close();
        gold.context().close();
    }
}
