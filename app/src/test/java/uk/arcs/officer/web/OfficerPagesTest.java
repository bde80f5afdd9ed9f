package uk.arcs.officer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.arcs.DemoOfficers;
import uk.arcs.PageRequests;
import uk.arcs.officer.Absence;
import uk.arcs.officer.AuthorisationStatus;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.OfficerEvent;
import uk.arcs.security.Role;

/**
 * The officers screen's force checks and its all-or-nothing bulk change, through the page filter chain. The
 * configuration is the browser tests', so they share one server and database.
 */
class OfficerPagesTest extends PageRequests {

    private static final RequestPostProcessor MET_SUPERVISOR = as("met.supervisor", Role.SUPERVISOR, "MET");

    private String kentOfficer() {
        return DemoOfficers.onlyIn(officers, KENT, MET);
    }

    private List<String> met(String unit, AuthorisationStatus status) {
        return DemoOfficers.now(officers, MET, unit, status);
    }

    @Test
    void metSupervisorCannotOpenTheOfficersOfKent() throws Exception {
        mvc.perform(get("/officers").param("force", "KENT").with(MET_SUPERVISOR)).andExpect(status().isForbidden());
        mvc.perform(get("/officers/list").param("force", "KENT").with(MET_SUPERVISOR)).andExpect(status().isForbidden());
        mvc.perform(get("/officers/" + kentOfficer()).param("force", "KENT").with(MET_SUPERVISOR))
                .andExpect(status().isForbidden());
        mvc.perform(get("/officers/" + kentOfficer()).with(MET_SUPERVISOR)).andExpect(status().isNotFound());
    }

    @Test
    void aForceRoleSeesItsOwnForceOnly() throws Exception {
        String kent = kentOfficer();
        mvc.perform(get("/officers").param("q", kent).with(as("kent.commander", Role.COMMANDER, "KENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-cipher=\"" + kent + "\"")));
        MvcResult met = mvc.perform(get("/officers").param("q", kent).with(MET_SUPERVISOR))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-cipher=\"" + kent + "\""))))
                .andReturn();
        OfficerPages.Listing listing = (OfficerPages.Listing) met.getModelAndView().getModel().get("listing");
        assertThat(listing.force().code()).isEqualTo(MET);
    }

    @Test
    void nationalRolesAndThePressOfficeCannotOpenTheOfficersScreen() throws Exception {
        mvc.perform(get("/officers").with(as("npocc.coordinator", Role.NATIONAL_COORDINATOR, null)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/officers").with(as("met.press", Role.PRESS_OFFICE, "MET"))).andExpect(status().isForbidden());
    }

    @Test
    void metSupervisorCannotChangeAKentOfficerThroughThePage() throws Exception {
        String kent = kentOfficer();
        int before = officers.history(KENT, new Cipher(kent)).size();
        mvc.perform(post("/officers/" + kent + "/events").with(MET_SUPERVISOR).param("force", "KENT")
                        .param("type", "STEPPED_BACK").param("occurredAt", "2024-02-01T10:00").param("reason", "test"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/officers/" + kent + "/events").with(MET_SUPERVISOR)
                        .param("type", "STEPPED_BACK").param("occurredAt", "2024-02-01T10:00").param("reason", "test"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/officers/bulk").with(MET_SUPERVISOR).param("force", "KENT").param("ciphers", kent)
                        .param("type", "STEPPED_BACK").param("occurredAt", "2024-02-01T10:00").param("reason", "test"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/officers/bulk").with(MET_SUPERVISOR).param("ciphers", kent)
                        .param("type", "STEPPED_BACK").param("occurredAt", "2024-02-01T10:00").param("reason", "test"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("unknown cipher " + kent + " in force MET")));
        assertThat(officers.history(KENT, new Cipher(kent))).hasSize(before);
    }

    @Test
    void aBulkChangeWithOneRefusedOfficerNamesItAndRecordsNothing() throws Exception {
        Instant now = officers.now();
        List<String> restricted = officers.statusesAt(MET, now, now).stream()
                .filter(s -> s.absence() == Absence.RESTRICTED).map(s -> s.officer().cipher().value()).toList();
        String resumes = restricted.getFirst();
        String refused = officers.statusesAt(MET, now, now).stream()
                .filter(s -> s.absence() == Absence.NONE && s.status() == AuthorisationStatus.LAPSED)
                .map(s -> s.officer().cipher().value()).toList().getLast();
        int events = officers.events(MET).size();

        MvcResult result = mvc.perform(post("/officers/bulk").with(MET_SUPERVISOR).param("ciphers", resumes + " " + refused)
                        .param("type", "RESUMED_DUTY").param("occurredAt", "2024-02-01T10:00").param("reason", "fit"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Refused: nothing was recorded.")))
                .andReturn();
        OfficerPages.Bulk bulk = (OfficerPages.Bulk) result.getModelAndView().getModel().get("bulk");
        assertThat(bulk.attempted()).isTrue();
        assertThat(bulk.general()).isEmpty();
        assertThat(bulk.refusals()).containsExactly(
                new OfficerPages.Refusal(refused, "type", "cannot resume duty: the officer is not absent"));
        assertThat(officers.events(MET)).hasSize(events);
    }

    @Test
    void aReasonMissingForEveryOfficerIsSaidOnceAndNothingIsRecorded() throws Exception {
        List<String> lapsed = met("SFC_TRAINING", AuthorisationStatus.LAPSED);
        int events = officers.events(MET).size();
        MvcResult result = mvc.perform(post("/officers/bulk/confirm").with(MET_SUPERVISOR)
                        .param("cipher", lapsed.get(0), lapsed.get(1), lapsed.get(2))
                        .param("type", "SICK").param("occurredAt", "2024-02-01T10:00").param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andReturn();
        OfficerPages.Bulk bulk = (OfficerPages.Bulk) result.getModelAndView().getModel().get("bulk");
        assertThat(bulk.general()).containsExactly("reason: a reason is required");
        assertThat(bulk.refusals()).isEmpty();
        assertThat(officers.events(MET)).hasSize(events);
    }

    @Test
    void aConfirmationChecksEveryOfficerMatchingTheFilterAndRecordsNothing() throws Exception {
        int events = officers.events(MET).size();
        List<String> matching = met("SFC_TACAD", AuthorisationStatus.LAPSED);
        MvcResult result = mvc.perform(post("/officers/bulk/confirm").with(MET_SUPERVISOR).param("allMatching", "true")
                        .param("filterUnit", "SFC_TACAD").param("filterStatus", "LAPSED")
                        .param("type", "ANNUAL_LEAVE").param("occurredAt", "2024-02-01T10:00")
                        .param("until", "2024-02-08T10:00").param("reason", "leave"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"confirm-bulk\"")))
                .andReturn();
        OfficerPages.Bulk bulk = (OfficerPages.Bulk) result.getModelAndView().getModel().get("bulk");
        assertThat(bulk.ciphers()).containsExactlyInAnyOrderElementsOf(matching);
        assertThat(bulk.recordable()).isTrue();
        assertThat(officers.events(MET)).hasSize(events);
    }

    @Test
    void aSingleChangeIsRecordedThenMarkedAsRecordedInErrorWhichVoidsIt() throws Exception {
        Instant now = officers.now();
        String cipher = officers.statusesAt(MET, now, now).stream()
                .filter(s -> s.officer().unit().equals("SFC_SFO") && s.absence() == Absence.NONE)
                .map(s -> s.officer().cipher().value()).findFirst().orElseThrow();
        Cipher officer = new Cipher(cipher);
        int before = officers.history(MET, officer).size();
        String occurred = LocalDateTime.now(ZoneId.of("Europe/London")).minusHours(1)
                .withSecond(0).withNano(0).toString();

        mvc.perform(post("/officers/" + cipher + "/events").with(MET_SUPERVISOR).param("type", "SICK")
                        .param("occurredAt", occurred).param("reason", "reported sick to the duty officer"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/officers/" + cipher));
        List<OfficerEvent> history = officers.history(MET, officer);
        assertThat(history).hasSize(before + 1);
        OfficerEvent sick = history.stream().filter(e -> e.reason().equals("reported sick to the duty officer"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(sick.recordedBy()).isEqualTo("met.supervisor");
        assertThat(officers.statusAt(MET, officer, officers.now(), officers.now()).orElseThrow().absence())
                .isEqualTo(Absence.SICK);

        MvcResult offered = mvc.perform(get("/officers/" + cipher).param("correct", String.valueOf(sick.id()))
                        .with(MET_SUPERVISOR))
                .andExpect(status().isOk()).andReturn();
        OfficerPages.ChangeForm correction = (OfficerPages.ChangeForm) offered.getModelAndView().getModel().get("change");
        assertThat(correction.type()).isEqualTo("RECORDED_IN_ERROR");
        assertThat(correction.corrects()).isEqualTo(String.valueOf(sick.id()));

        mvc.perform(post("/officers/" + cipher + "/events").with(MET_SUPERVISOR).param("type", "RECORDED_IN_ERROR")
                        .param("occurredAt", occurred).param("corrects", String.valueOf(sick.id()))
                        .param("reason", "wrong officer"))
                .andExpect(status().is3xxRedirection());
        assertThat(officers.statusAt(MET, officer, officers.now(), officers.now()).orElseThrow().absence())
                .isEqualTo(Absence.NONE);
        mvc.perform(get("/officers/" + cipher).with(MET_SUPERVISOR))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("voided by event")));
    }
}
