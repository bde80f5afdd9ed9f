package uk.arcs.military.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.arcs.PageRequests;
import uk.arcs.military.MilitaryService;
import uk.arcs.security.Role;

/** Who may open the military screen for which force, and take which step, through the page filter chain. */
class MilitaryPagesTest extends PageRequests {

    @Autowired
    MilitaryService military;

    @Test
    void forceRolesSeeTheirOwnForceOnly() throws Exception {
        mvc.perform(get("/military").param("force", "KENT").with(as("met.gold", Role.STRATEGIC_COMMANDER, "MET")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/military").with(as("kent.commander", Role.COMMANDER, "KENT")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kent")))
                .andExpect(model().attribute("steps", Matchers.empty()));
        mvc.perform(get("/military").with(as("met.planner", Role.PLANNER, "MET"))).andExpect(status().isForbidden());
    }

    @Test
    void nationalRolesChooseTheForceAndTheLiaisonSeesNoFigures() throws Exception {
        mvc.perform(get("/military").param("force", "KENT").with(as("mod.liaison", Role.MILITARY_LIAISON, null)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("cover", Matchers.nullValue()));
        mvc.perform(get("/military").param("force", "KENT")
                        .with(as("npocc.coordinator", Role.NATIONAL_COORDINATOR, null)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("cover", Matchers.notNullValue()));
    }

    @Test
    void stepsAreTakenOnlyByTheRolesTheApiAllowsAndOnlyForTheirForce() throws Exception {
        int kentSteps = military.events(KENT).size();
        mvc.perform(post("/military/steps").param("force", "KENT").param("type", "REQUESTED")
                        .param("task", "COUNTER_TERRORISM").param("reason", "test")
                        .with(as("met.gold", Role.STRATEGIC_COMMANDER, "MET")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/military/steps").param("type", "REQUESTED").param("task", "COUNTER_TERRORISM")
                        .param("reason", "test").with(as("kent.commander", Role.COMMANDER, "KENT")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/military/steps").param("force", "KENT").param("type", "ACTIVATED").param("incident", "x")
                        .param("reason", "test").with(as("npocc.coordinator", Role.NATIONAL_COORDINATOR, null)))
                .andExpect(status().isForbidden());
        assertThat(military.events(KENT)).hasSize(kentSteps);
    }

    @Test
    void aStepWithoutAReasonIsExplainedOnThePageAndNotRecorded() throws Exception {
        int metSteps = military.events(MET).size();
        mvc.perform(post("/military/steps").param("force", "MET").param("type", "STOOD_DOWN").param("reason", "")
                        .with(as("mod.liaison", Role.MILITARY_LIAISON, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("a reason of at most 500 characters is required")));
        assertThat(military.events(MET)).hasSize(metSteps);
    }
}
