package uk.arcs.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.arcs.PageRequests;
import uk.arcs.reporting.ClaimCheck;
import uk.arcs.reporting.Sitrep;
import uk.arcs.reporting.SitrepService;
import uk.arcs.reporting.StatementService;
import uk.arcs.reporting.StatementStage;
import uk.arcs.security.Role;

/**
 * The reports screen through the page filter chain, on the London 2023 demo: each part does what the API does for
 * the same role and force, shows its refusals on the page, and records nothing it should not. The demo database
 * outlives a run, so every test works on the reports and statements it makes itself.
 */
class ReportsPageTest extends PageRequests {

    private static final RequestPostProcessor GOLD = as("met.gold", Role.STRATEGIC_COMMANDER, "MET");
    private static final RequestPostProcessor PLANNER = as("met.planner", Role.PLANNER, "MET");
    private static final RequestPostProcessor PRESS = as("met.press", Role.PRESS_OFFICE, "MET");
    private static final RequestPostProcessor KENT_PRESS = as("kent.press", Role.PRESS_OFFICE, "KENT");
    private static final RequestPostProcessor COORDINATOR = as("npocc.coordinator", Role.NATIONAL_COORDINATOR, null);

    @Autowired
    SitrepService sitreps;

    @Autowired
    StatementService statements;

    // ---------------------------------------------------------------- claim check and statistics

    @Test
    void theClaimThatAllHadSteppedBackIsFalseAndThatMoreThanAHundredHadIsTrue() throws Exception {
        MvcResult allSteppedBack = mvc.perform(post("/reports/claims")
                        .param("text", "All firearms officers have stepped back").param("at", "2023-09-25T09:00")
                        .with(PRESS))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-verdict=\"FALSE\"")))
                .andExpect(content().string(containsString("Mon 25 Sep 2023 09:00")))
                .andReturn();
        assertThat(((ReportPages.Checked) allSteppedBack.getModelAndView().getModel().get("checked")).verdict())
                .isEqualTo(ClaimCheck.Verdict.FALSE);
        mvc.perform(post("/reports/claims").param("text", "More than 100 firearms officers have stepped back")
                        .param("at", "2023-09-25T06:00").with(PRESS))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-verdict=\"TRUE\"")))
                .andExpect(content().string(containsString("Firearms officers stepped back")));
    }

    @Test
    void aClaimWithoutTextOrWithAnUnreadableInstantIsExplainedAndNotChecked() throws Exception {
        mvc.perform(post("/reports/claims").param("at", "2023-09-25T09:00").with(PRESS))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("text (the claim to check) is required")))
                .andExpect(model().attributeDoesNotExist("checked"));
        mvc.perform(post("/reports/claims").param("text", "All firearms officers have stepped back")
                        .param("at", "Monday morning").with(PRESS))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at: &#39;Monday morning&#39; is not an ISO-8601 instant")))
                .andExpect(content().string(containsString("All firearms officers have stepped back</textarea>")));
    }

    @Test
    void theStatisticsOf2022AreThePublishedFiguresWithTheMetsShare() throws Exception {
        mvc.perform(get("/reports/statistics").param("year", "2022").with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td id=\"operations\">18,395</td>")))
                .andExpect(content().string(containsString("<td id=\"arv-operations\">16,971</td>")))
                .andExpect(content().string(containsString("<td id=\"discharges\">10</td>")))
                .andExpect(content().string(Matchers.matchesRegex(
                        "(?s).*data-force=\"MET\">\\s*<td>[^<]+</td>\\s*<td class=\"operations\">3,685</td>\\s*"
                                + "<td class=\"share\">20%</td>.*")))
                .andExpect(content().string(
                        containsString("<option value=\"2022\" selected=\"selected\">2022/23 (published)")));
        mvc.perform(get("/reports/statistics").param("year", "twenty-two").with(PLANNER))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("year: &#39;twenty-two&#39; is not a whole number")))
                .andExpect(model().attributeDoesNotExist("table"));
    }

    // ---------------------------------------------------------------- situation reports

    @Test
    void theReportOnThePageIsTheDocumentAndItsPdfIsThatSameReport() throws Exception {
        MvcResult page = mvc.perform(get("/reports/sitrep").param("at", "2023-09-24T02:00")
                        .param("knownAt", "2023-10-01T00:00").with(GOLD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"sitrep-document\"")))
                .andExpect(content().string(containsString("Download PDF")))
                .andReturn();
        Sitrep shown = (Sitrep) page.getModelAndView().getModel().get("sitrep");
        assertThat(shown.figures().arv().carsAvailable()).isEqualTo(2);
        assertThat(shown.figures().arv().carsRequired()).isEqualTo(15);
        assertThat(page.getResponse().getContentAsString()).containsPattern("id=\"arv-cars\"[^>]*>2 of 15<");

        String pdf = (String) page.getModelAndView().getModel().get("pdf");
        MvcResult file = mvc.perform(get(pdf).with(GOLD))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"MET-sitrep-2023-09-24T0200.pdf\""))
                .andReturn();
        byte[] bytes = file.getResponse().getContentAsByteArray();
        assertThat(new String(Arrays.copyOf(bytes, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aForceRoleSeesItsOwnForceOnlyAndTheCoordinatorChoosesAny() throws Exception {
        mvc.perform(get("/reports/sitrep").param("force", "KENT").with(GOLD)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/sitrep/pdf").param("force", "KENT").with(PLANNER)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/claims").param("force", "KENT").with(PRESS)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/sitrep").param("force", "KENT").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"KENT\" selected=\"selected\">")));
        mvc.perform(get("/reports/sitrep").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"MET\" selected=\"selected\">")));
        mvc.perform(get("/reports/sitrep").param("force", "NO_SUCH_FORCE").with(COORDINATOR))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/claims").param("force", "met!").with(COORDINATOR))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUnreadableInstantIsSaidOnThePageAndNoReportIsShown() throws Exception {
        mvc.perform(get("/reports/sitrep").param("at", "yesterday").with(GOLD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at: &#39;yesterday&#39; is not an ISO-8601 instant")))
                .andExpect(model().attributeDoesNotExist("sitrep"));
    }

    @Test
    void reportsAreIssuedInTheOrderOfTheInstantsTheyDescribe() throws Exception {
        mvc.perform(post("/reports/sitreps").param("at", Instant.now().toString()).with(PLANNER))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", Matchers.startsWith("/reports/sitrep?force=MET&at=")));
        int issued = sitreps.issued(MET).size();

        mvc.perform(post("/reports/sitreps").param("at", "2023-09-24T02:00").with(PLANNER))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Refused by rule SitrepsInOrder; nothing was recorded")))
                .andExpect(content().string(containsString("data-rule=\"SitrepsInOrder\"")));
        mvc.perform(post("/reports/sitreps").with(PLANNER))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at (the instant the report describes) is required")));
        mvc.perform(post("/reports/sitreps").param("at", "2023-09-24T02:00").with(COORDINATOR))
                .andExpect(status().isForbidden());
        assertThat(sitreps.issued(MET)).hasSize(issued);
    }

    @Test
    void thePressOfficeReadsIssuedReportsWithoutTheDecisionLogAndNoOtherReport() throws Exception {
        mvc.perform(post("/reports/sitreps").param("at", Instant.now().toString()).with(GOLD))
                .andExpect(status().isFound());
        int number = sitreps.issued(MET).getLast().number();

        mvc.perform(get("/reports/sitrep").with(PRESS))
                .andExpect(status().isOk())
                .andExpect(model().attributeDoesNotExist("sitrep"))
                .andExpect(content().string(not(containsString("id=\"issue-form\""))))
                .andExpect(content().string(containsString("href=\"/reports/sitreps/" + number + "/pdf?force=MET\"")));
        mvc.perform(get("/reports/sitreps/{n}", number).with(PRESS))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("The decision log is not part of the press office")));
        mvc.perform(get("/reports/sitreps/{n}", number).with(GOLD))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("The decision log is not part of the press office"))));
        mvc.perform(get("/reports/sitreps/{n}/pdf", number).with(PRESS))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.matchesRegex(
                        "attachment; filename=\"MET-sitrep-" + number + "-.*\\.pdf\"")));
        mvc.perform(get("/reports/sitrep/pdf").with(PRESS)).andExpect(status().isForbidden());
        mvc.perform(post("/reports/sitreps").param("at", Instant.now().toString()).with(PRESS))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/sitreps/{n}", number).param("force", "MET").with(KENT_PRESS))
                .andExpect(status().isForbidden());
        assertThat(sitreps.issued(MET).getLast().number()).isEqualTo(number);
    }

    // ---------------------------------------------------------------- public statements

    private int drafted(String at) throws Exception {
        String location = mvc.perform(post("/reports/statements").param("at", at).with(PRESS))
                .andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/reports/statements/");
        return Integer.parseInt(location.substring("/reports/statements/".length()));
    }

    @Test
    void statementsAreThePressOfficesAndTheForceCommandersOnly() throws Exception {
        mvc.perform(get("/reports/statements").with(PLANNER)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/statements").with(COORDINATOR)).andExpect(status().isForbidden());
        mvc.perform(get("/reports").with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/reports/statements\""))));
        int before = statements.statements(MET).size();
        mvc.perform(post("/reports/statements").param("at", "2023-09-24T02:00").with(GOLD))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/statements").with(GOLD))
                .andExpect(status().isOk())
                .andExpect(model().attribute("drafter", false))
                .andExpect(content().string(not(containsString("id=\"draft-form\""))));
        mvc.perform(get("/reports/statements").with(PRESS))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"draft-form\"")));
        mvc.perform(get("/reports/statements").param("force", "MET").with(KENT_PRESS))
                .andExpect(status().isForbidden());
        assertThat(statements.statements(MET)).hasSize(before);
    }

    @Test
    void aStatementIsDraftedApprovedByTwoPeopleAndPublishedWithOnlyTheStepsEachMayTakeOffered() throws Exception {
        int number = drafted("2023-09-25T13:00");
        mvc.perform(get("/reports/statements/{n}", number).with(PRESS))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Approve for the press office")))
                .andExpect(content().string(not(containsString("id=\"publish-form\""))))
                .andExpect(content().string(containsString("The figures it was written from")));
        mvc.perform(post("/reports/statements/{n}/approve", number).param("version", "1").with(PRESS))
                .andExpect(status().isFound());

        mvc.perform(get("/reports/statements/{n}", number).with(PRESS))
                .andExpect(content().string(not(containsString("id=\"approve-form\""))));
        mvc.perform(get("/reports/statements/{n}", number).with(GOLD))
                .andExpect(content().string(containsString("Approve as commander")));
        mvc.perform(post("/reports/statements/{n}/approve", number).param("version", "2").with(GOLD))
                .andExpect(status().isFound());

        mvc.perform(get("/reports/statements/{n}", number).with(PRESS))
                .andExpect(content().string(containsString("id=\"publish-form\"")))
                .andExpect(content().string(not(containsString("id=\"approve-form\""))));
        mvc.perform(post("/reports/statements/{n}/publish", number).param("version", "3").with(PRESS))
                .andExpect(status().isFound());

        assertThat(statements.statement(MET, number).stage()).isInstanceOf(StatementStage.Published.class);
        mvc.perform(get("/reports/statements/{n}", number).with(GOLD))
                .andExpect(content().string(containsString("data-stage=\"PUBLISHED\"")))
                .andExpect(content().string(not(containsString("id=\"statement-steps\""))));
        mvc.perform(get("/reports/statements").with(PRESS))
                .andExpect(content().string(containsString("<option value=\"" + number + "\">published statement "
                        + number + "</option>")));
    }

    @Test
    void aStepOnAVersionThatHasChangedIsRefusedKeepsTheTypedTextAndRecordsNothing() throws Exception {
        int number = drafted("2023-09-24T02:00");
        mvc.perform(post("/reports/statements/{n}/edit", number).param("version", "1")
                        .param("text", "The Metropolitan Police Service continues to provide armed policing.")
                        .with(PRESS))
                .andExpect(status().isFound());

        mvc.perform(post("/reports/statements/{n}/approve", number).param("version", "1").with(GOLD))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().string(containsString("Changed since you opened it; nothing was recorded")))
                .andExpect(content().string(containsString("is at version 2, not 1")));
        mvc.perform(post("/reports/statements/{n}/edit", number).param("version", "1")
                        .param("text", "Words written on the first version.").with(GOLD))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().string(containsString(">Words written on the first version.</textarea>")));

        assertThat(statements.statement(MET, number).version()).isEqualTo(2);
        assertThat(statements.statement(MET, number).text())
                .isEqualTo("The Metropolitan Police Service continues to provide armed policing.");
    }

    @Test
    void aStepRefusedByARuleIsShownWithTheRulesNameAndRecordsNothing() throws Exception {
        int number = drafted("2023-09-24T02:00");
        String text = statements.statement(MET, number).text();

        mvc.perform(post("/reports/statements/{n}/edit", number).param("version", "1").param("text", text).with(GOLD))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Refused by rule EditChangesText; nothing was recorded")))
                .andExpect(content().string(containsString("data-rule=\"EditChangesText\"")));
        mvc.perform(post("/reports/statements/{n}/publish", number).param("version", "1").with(PRESS))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Refused by rule ApprovedBeforePublishing")));
        mvc.perform(post("/reports/statements/{n}/withdraw", number).param("version", "1").param("reason", " ")
                        .with(PRESS))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("reason: why the statement is withdrawn")));
        mvc.perform(post("/reports/statements/{n}/approve", number).with(PRESS))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("version (of the statement the step is based on)")));
        mvc.perform(post("/reports/statements").param("at", "2023-09-24T02:00")
                        .param("corrects", String.valueOf(number)).with(PRESS))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Refused by rule CorrectsAPublishedStatement")));

        assertThat(statements.statement(MET, number).version()).isEqualTo(1);
        mvc.perform(post("/reports/statements/{n}/withdraw", number).param("version", "1")
                        .param("reason", "overtaken by the next update").with(PRESS))
                .andExpect(status().isFound());
        mvc.perform(get("/reports/statements/{n}", number).with(PRESS))
                .andExpect(content().string(containsString("overtaken by the next update")))
                .andExpect(content().string(containsString("data-stage=\"WITHDRAWN\"")));
        mvc.perform(get("/reports/statements/{n}", 999_999).with(PRESS)).andExpect(status().isNotFound());
    }
}
