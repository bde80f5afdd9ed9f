package uk.arcs.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.arcs.DemoOfficers;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.officer.OfficerStatus;

/**
 * The officers screen in a real browser, on the London 2023 demo. The database outlives a run, so every test
 * chooses its officers from what is recorded when it starts, and the import registers officers of its own.
 */
class OfficersBrowserTest extends BrowserPages {

    private static final ForceCode MET = ForceCode.of("MET");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant WORST_NIGHT = LocalDateTime.parse("2023-09-24T02:00").atZone(LONDON).toInstant();

    @Autowired
    OfficerRegistry officers;

    private List<String> now(String unit, AuthorisationStatus status) {
        return DemoOfficers.now(officers, MET, unit, status);
    }

    @Test
    void supervisorSearchesACipherAndOpensItsHistory() {
        Instant now = Instant.now();
        String cipher = officers.statusesAt(MET, WORST_NIGHT, now).stream()
                .filter(s -> s.officer().unit().equals("SFC_CTSFO") && s.status() == AuthorisationStatus.STEPPED_BACK)
                .map(s -> s.officer().cipher().value()).findFirst().orElseThrow();
        Page page = browser.loggedIn("met.supervisor");
        page.navigate(browser.url("/officers?at=2023-09-24T02:00"));
        assertThat(page.locator("#list-at")).hasText("Sun 24 Sep 2023 02:00");
        browser.screenshot(page, "officers");

        page.locator("#q").pressSequentially(cipher.toLowerCase(Locale.ROOT));
        Locator found = page.locator("#officer-list tr[data-cipher='" + cipher + "']");
        assertThat(found).isVisible();
        assertThat(page.locator("#officer-list a.cipher")).not().hasCount(0);
        for (String shown : page.locator("#officer-list a.cipher").allInnerTexts()) {
            assertThat(shown).contains(cipher);
        }
        assertThat(found.locator("td.status")).hasText("STEPPED_BACK");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=" + cipher.toLowerCase(Locale.ROOT) + ".*"));

        found.locator("a.cipher").click();
        assertThat(page.locator("#cipher")).hasText(cipher);
        assertThat(page.locator("#status-at")).hasText("STEPPED_BACK");
        int events = officers.history(MET, new Cipher(cipher)).size();
        assertThat(page.locator("#history tbody tr")).hasCount(events);
        assertThat(page.locator("#history tbody tr td.type").filter(new Locator.FilterOptions().setHasText("STEPPED_BACK")))
                .not().hasCount(0);
        assertThat(page.locator("#accreditations")).containsText("CTSFO");
        browser.screenshot(page, "officer-history");
        page.context().close();
    }

    @Test
    void aChangeRefusedByRuleShowsTheRuleAndRecordsNothing() {
        List<String> lapsed = now("AVIATION", AuthorisationStatus.LAPSED);
        String cipher = lapsed.get(lapsed.size() / 2);
        int before = officers.history(MET, new Cipher(cipher)).size();

        Page page = browser.loggedIn("met.supervisor");
        page.navigate(browser.url("/officers/" + cipher));
        assertThat(page.locator("#status-now")).hasText("LAPSED");
        page.locator(".change-form select[name=type]").selectOption("RETURNED");
        page.locator(".change-form input[name=reason]").fill("browser test: back from reflection");
        page.locator("#record-change").click();

        assertThat(page.locator("#refusal")).containsText("Refused: nothing was recorded");
        assertThat(page.locator("#refusal")).containsText("cannot return: the officer has not stepped back");
        assertThat(page.locator("#history tbody tr")).hasCount(before);
        assertThat(officers.history(MET, new Cipher(cipher))).hasSize(before);
        page.context().close();
    }

    @Test
    void aBulkStepBackInOneContextRaisesTheSteppedBackTileOfAnotherContextsLiveDashboard() {
        Page dashboard = liveDashboard("met.gold", "MET");
        int before = Integer.parseInt(dashboard.locator("#stepped-back").innerText().trim());

        Page supervisor = browser.loggedIn("met.supervisor");
        supervisor.navigate(browser.url("/officers?unit=RASP&status=LAPSED"));
        Locator boxes = supervisor.locator("#officer-list input[name=cipher]");
        int n = 4;
        assertThat(boxes.nth(n - 1)).isVisible();
        List<String> chosen = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            boxes.nth(i).check();
            chosen.add(boxes.nth(i).getAttribute("value"));
        }
        supervisor.locator("#bulk select[name=type]").selectOption("STEPPED_BACK");
        supervisor.locator("#bulk input[name=reason]").fill("browser test: period of reflection");
        supervisor.locator("#review-bulk").click();

        assertThat(supervisor.locator("#bulk-count")).hasText(String.valueOf(n));
        for (String cipher : chosen) {
            assertThat(supervisor.locator("#bulk-ciphers")).containsText(cipher);
        }
        browser.screenshot(supervisor, "officers-bulk-confirm");
        supervisor.locator("#confirm-bulk").click();
        assertThat(supervisor.locator("#recorded")).containsText("Recorded STEPPED_BACK for " + n + " officers");

        assertThat(dashboard.locator("#stepped-back")).hasText(String.valueOf(before + n));
        Instant now = Instant.now();
        for (String cipher : chosen) {
            assertThat(officers.statusAt(MET, new Cipher(cipher), now, now).map(OfficerStatus::status))
                    .contains(AuthorisationStatus.STEPPED_BACK);
        }
        supervisor.context().close();
        dashboard.context().close();
    }

    @Test
    void anImportWithErrorsListsEveryBadRowAndRecordsNothing() {
        List<String> lapsed = now("SFC_TACAD", AuthorisationStatus.LAPSED);
        String known = lapsed.getFirst();
        int before = officers.events(MET).size();
        String events = """
                cipher,type,occurredAt,reason
                ZQ999999,STEPPED_BACK,2024-01-10T09:00,not one of ours
                %1$s,STEPPED_FORWARD,2024-01-10T09:00,no such change
                %1$s,RETURNED,2024-01-10T09:00,never stepped back
                %1$s,SICK,yesterday,unreadable time
                """.formatted(known);

        Page page = browser.loggedIn("met.planner");
        page.navigate(browser.url("/officers/import"));
        page.locator("#files").setInputFiles(csv("events.csv", events));
        page.locator("#preview-button").click();

        assertThat(page.locator("#error-count")).hasText("4");
        Locator rows = page.locator("#import-errors tbody tr");
        assertThat(rows).hasCount(4);
        assertThat(rows.nth(0)).containsText("unknown cipher ZQ999999");
        assertThat(rows.nth(1)).containsText("unknown event type 'STEPPED_FORWARD'");
        assertThat(rows.nth(2)).containsText("cannot return: the officer has not stepped back");
        assertThat(rows.nth(3)).containsText("occurredAt");
        for (int row = 1; row <= 4; row++) {
            assertThat(rows.nth(row - 1).locator("td").nth(1)).hasText(String.valueOf(row));
        }
        assertThat(page.locator("#import-button")).hasCount(0);
        assertThat(officers.events(MET)).hasSize(before);
        browser.screenshot(page, "officers-import-errors");
        page.context().close();
    }

    @Test
    void aCorrectImportIsPreviewedThenImportedAsPreviewedAndShowsOnAnOpenDashboard() {
        String stem = "W" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        String first = stem + "A";
        String second = stem + "B";
        LocalDate validUntil = LocalDate.now(LONDON).plusYears(1);
        String yesterday = LocalDate.now(LONDON).minusDays(1) + "T09:00";
        String officersCsv = "cipher,unit,team\n" + first + ",SFC_ARV,1\n" + second + ",SFC_ARV,2\n";
        String accreditationsCsv = "cipher,accreditation,validUntil,occurredAt,reason\n"
                + first + ",ARV," + validUntil + "," + yesterday + ",passed the ARV course\n"
                + second + ",ARV," + validUntil + "," + yesterday + ",passed the ARV course\n";
        String eventsCsv = "cipher,type,occurredAt,reason\n"
                + first + ",AUTHORISED," + yesterday + ",authorised by the chief officer\n"
                + second + ",AUTHORISED," + yesterday + ",authorised by the chief officer\n";

        Page dashboard = liveDashboard("met.gold", "MET");
        int firearmsOfficers = Integer.parseInt(dashboard.locator("#firearms-officers").innerText().trim());

        Page page = browser.loggedIn("met.planner");
        page.navigate(browser.url("/officers/import"));
        page.locator("#files").setInputFiles(new FilePayload[] {csv("officers.csv", officersCsv),
                csv("accreditations.csv", accreditationsCsv), csv("events.csv", eventsCsv)});
        page.locator("#preview-button").click();

        assertThat(page.locator("#preview-officers")).hasText("2");
        assertThat(page.locator("#preview-events")).hasText("4");
        assertThat(page.locator("#preview-posture")).hasText("0");
        assertThat(officers.officers(MET).stream().map(o -> o.cipher().value())).doesNotContain(first, second);

        page.locator("#import-button").click();
        assertThat(page.locator("#imported")).hasText(
                "Imported: 2 officers registered, 4 officer events and 0 posture changes recorded.");
        Instant now = Instant.now();
        for (String cipher : List.of(first, second)) {
            assertThat(officers.statusAt(MET, new Cipher(cipher), now, now).map(OfficerStatus::status))
                    .contains(AuthorisationStatus.AUTHORISED);
            assertThat(officers.history(MET, new Cipher(cipher))).allSatisfy(e -> assertThat(e.recordedBy())
                    .isEqualTo("met.planner"));
        }
        assertThat(dashboard.locator("#firearms-officers")).hasText(String.valueOf(firearmsOfficers + 2));
        page.context().close();
        dashboard.context().close();
    }

    private static FilePayload csv(String name, String content) {
        return new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
