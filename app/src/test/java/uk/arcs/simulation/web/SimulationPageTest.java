package uk.arcs.simulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import uk.arcs.EscalationBeans;
import uk.arcs.security.ArcsUser;
import uk.arcs.security.Role;

/** The simulation page: runs as jobs, their progress relayed as server-sent events, results, and refusals. */
// The audit and idempotency filters record to the database, which a web slice does not have; their own tests cover them.
@WebMvcTest(controllers = SimulationPageController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "uk\\.arcs\\.(audit|idempotency)\\.web\\..*Filter"))
@Import({SimulationJobs.class, LondonRuns.class, EscalationBeans.class, SimpleMeterRegistry.class})
class SimulationPageTest {

    static final ArcsUser SUPERVISOR = new ArcsUser("met.supervisor", null, Role.SUPERVISOR, "MET");

    @Autowired
    MockMvc mvc;

    private String events(String id) throws Exception {
        MvcResult events = mvc.perform(get("/simulation/jobs/{id}/events", id).with(user(SUPERVISOR)))
                .andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(events)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aComparisonRunsAsJobsWhoseProgressIsFollowedAndWhoseResultsAreShownSideBySide() throws Exception {
        MvcResult started = mvc.perform(post("/simulation").param("mode", "compare").param("compare", "3, 2")
                        .param("replications", "4").with(user(SUPERVISOR)).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/simulation?run=");
        List<String> ids = List.of(location.substring("/simulation?run=".length()).split(","));
        assertThat(ids).hasSize(2);
        for (String id : ids) {
            assertThat(events(id)).contains("event:progress").contains("\"replications\":4").contains("event:done");
        }

        mvc.perform(get(location).with(user(SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"simulation-progress\" max=\"8\" value=\"8\"")))
                .andExpect(content().string(containsString("id=\"cdf-chart\"")))
                .andExpect(content().string(containsString("&quot;label&quot;:&quot;3 cars&quot;")))
                .andExpect(content().string(containsString("&quot;label&quot;:&quot;2 cars&quot;")))
                .andExpect(content().string(containsString("London 2023 model, 3 ARV cars (4 replications)")))
                .andExpect(content().string(containsString("<td>Westminster</td>")));
    }

    @Test
    void inputThatCannotBeRunIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/simulation").param("mode", "compare").param("compare", "15, eight")
                        .with(user(SUPERVISOR)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("compare: &#39;eight&#39; is not a whole number")))
                .andExpect(content().string(containsString("value=\"15, eight\"")));
        mvc.perform(post("/simulation").param("mode", "cars").param("cars", "0").with(user(SUPERVISOR)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cars: at least one car is needed")));
        mvc.perform(post("/simulation").param("mode", "cars").param("cars", "2").param("replications", "0")
                        .with(user(SUPERVISOR)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("replications:")));
    }

    @Test
    void aRunThatIsNotKeptSaysSo() throws Exception {
        mvc.perform(get("/simulation").param("run", "not-a-run").with(user(SUPERVISOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("no simulation not-a-run")));
    }
}
