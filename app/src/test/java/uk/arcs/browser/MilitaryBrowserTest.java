package uk.arcs.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.arcs.force.ForceCode;
import uk.arcs.military.MilitaryService;

/** The military screen in a real browser, on the London 2023 demo. Every step tried here is refused by a rule. */
class MilitaryBrowserTest extends BrowserPages {

    private static final ForceCode MET = ForceCode.of("MET");

    @Autowired
    MilitaryService military;

    private static Locator logRow(Page page, String step) {
        return page.locator("#military-log tbody tr").filter(new Locator.FilterOptions().setHas(
                page.locator("td.type", new Page.LocatorOptions().setHasText(step))));
    }

    @Test
    void strategicCommanderSeesTheReplayLogAndAPatrolRequestIsRefusedAsNotCounterTerrorism() {
        int steps = military.events(MET).size();
        Page page = browser.loggedIn("met.gold");
        page.navigate(browser.url("/military?at=2023-09-24T02:00"));

        assertThat(page.locator("#force-name")).hasText("Metropolitan Police Service");
        assertThat(page.locator("#military-state")).hasText("STANDBY");
        assertThat(page.locator("#military-since")).hasText("Sat 23 Sep 2023 23:30");
        assertThat(page.locator("#ct-cover")).hasText("0 of 18");
        assertThat(logRow(page, "REQUESTED")).containsText("Sat 23 Sep 2023 22:10");
        assertThat(logRow(page, "STANDBY_AGREED")).containsText("Sat 23 Sep 2023 23:30");
        assertThat(logRow(page, "STANDBY_AGREED")).containsText("mod.liaison");
        assertThat(logRow(page, "STOOD_DOWN")).containsText("Mon 25 Sep 2023 12:45");

        Locator request = page.locator("form.step[data-step=REQUESTED]");
        request.locator("select[name=task]").selectOption("ARMED_PATROL");
        request.locator("textarea[name=reason]").fill("browser test: two ARV cars on patrol tonight");
        request.locator("button[type=submit]").click();

        assertThat(page.locator("#refusal-rule")).hasText("CounterTerrorismOnly");
        assertThat(page.locator("#military-refusal")).containsText("never routine policing");
        assertThat(page.locator("#military-refusal")).containsText("Nothing was recorded");
        assertThat(military.events(MET)).hasSize(steps);
        browser.screenshot(page, "military");
        page.context().close();
    }

    @Test
    void militaryLiaisonChoosesTheForceSeesNoFiguresAndAnAgreementOutOfTurnIsRefusedByTheLifecycle() {
        int steps = military.events(MET).size();
        Page page = browser.loggedIn("mod.liaison");
        assertThat(page).hasURL(browser.url("/military"));
        page.locator("select[name=force]").selectOption("MET");
        page.locator("form.chooser button[type=submit]").click();

        assertThat(page.locator("#military-state")).hasText("STOOD_DOWN");
        assertThat(page.locator("#military-since")).hasText("Mon 25 Sep 2023 12:45");
        assertThat(page.locator("#ct-tile")).hasCount(0);
        assertThat(page.locator("form.step")).hasCount(2);

        Locator agree = page.locator("form.step[data-step=STANDBY_AGREED]");
        agree.locator("textarea[name=reason]").fill("browser test: the MoD agrees again");
        agree.locator("button[type=submit]").click();

        assertThat(page.locator("#refusal-rule")).hasText("MilitaryLifecycle");
        assertThat(page.locator("#military-refusal")).containsText("STANDBY_AGREED is not possible while the military "
                + "contingency is STOOD_DOWN");
        assertThat(military.events(MET)).hasSize(steps);
        page.context().close();
    }
}
