package uk.arcs.scenario.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.arcs.DemoOfficers;
import uk.arcs.PageRequests;
import uk.arcs.security.Role;

/** The import page's force check and its hold between preview and import, through the page filter chain. */
class ImportPagesTest extends PageRequests {

    private static final RequestPostProcessor MET_SUPERVISOR = as("met.supervisor", Role.SUPERVISOR, "MET");

    /** A correction-free, legal change for the first KENT officer: an annual leave in the past. */
    private MockMultipartFile kentLeave() {
        String cipher = DemoOfficers.onlyIn(officers, KENT, MET);
        return new MockMultipartFile("files", "events.csv", "text/csv",
                ("cipher,type,occurredAt,reason,until\n" + cipher
                        + ",ANNUAL_LEAVE,2024-03-01T09:00,leave,2024-03-08T09:00\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void metSupervisorCannotImportIntoKent() throws Exception {
        int events = officers.events(KENT).size();
        mvc.perform(get("/officers/import").param("force", "KENT").with(MET_SUPERVISOR)).andExpect(status().isForbidden());
        mvc.perform(multipart("/officers/import/preview").file(kentLeave()).param("force", "KENT").with(MET_SUPERVISOR))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/officers/import/preview").file(kentLeave()).with(MET_SUPERVISOR))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("in force MET")));
        assertThat(officers.events(KENT)).hasSize(events);
    }

    @Test
    void anImportNeedsThePreviewOfTheSameFilesInTheSameSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        RequestPostProcessor kent = as("kent.commander", Role.COMMANDER, "KENT");
        int events = officers.events(KENT).size();
        String page = mvc.perform(multipart("/officers/import/preview").file(kentLeave()).session(session).with(kent))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"import-button\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(officers.events(KENT)).hasSize(events);
        String digest = ImportPages.digest(java.util.Map.of("events.csv", new String(kentLeave().getBytes(),
                StandardCharsets.UTF_8)));
        assertThat(page).contains(digest);

        mvc.perform(post("/officers/import").param("digest", "0".repeat(64)).session(session).with(kent))
                .andExpect(status().isConflict());
        mvc.perform(post("/officers/import").param("digest", digest).session(new MockHttpSession()).with(kent))
                .andExpect(status().isConflict());
        mvc.perform(post("/officers/import").param("digest", digest).param("force", "MET").session(session).with(kent))
                .andExpect(status().isForbidden());
        assertThat(officers.events(KENT)).hasSize(events);
    }
}
