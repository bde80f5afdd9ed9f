package uk.arcs.planning.web;

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
import static uk.arcs.EscalationFixture.REQ;
import static uk.arcs.TestForces.london;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.arcs.EscalationBeans;
import uk.arcs.InMemoryArcs;
import uk.arcs.planning.PlanJob;
import uk.arcs.planning.PlanJobs;
import uk.arcs.planning.Planner;
import uk.arcs.planning.PlannerSettings;
import uk.arcs.planning.RosterProblemBuilder;
import uk.arcs.security.ArcsUser;
import uk.arcs.security.Role;

/**
 * The planner page on two small forces in memory, with one plan solved at a time: a force plans, watches and stops
 * only its own plans; the national coordinator any force's; a plan beyond the limit is refused by its rule.
 */
// The audit and idempotency filters record to the database, which a web slice does not have; their own tests cover them.
@WebMvcTest(controllers = PlannerPageController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "uk\\.arcs\\.(audit|idempotency)\\.web\\..*Filter"))
@Import({EscalationBeans.class, PlannerPageTest.Plans.class})
class PlannerPageTest {

    static final ArcsUser REQ_PLANNER = new ArcsUser("req.planner", null, Role.PLANNER, "REQ");
    static final ArcsUser DON_COMMANDER = new ArcsUser("don.commander", null, Role.COMMANDER, "DON");
    static final ArcsUser COORDINATOR = new ArcsUser("npocc", null, Role.NATIONAL_COORDINATOR, null);

    @TestConfiguration(proxyBeanMethods = false)
    static class Plans {
        @Bean(destroyMethod = "close")
        Planner planner() {
            return new Planner(3, 1);
        }

        @Bean
        PlanJobs planJobs(InMemoryArcs arcs, Planner planner) {
            return new PlanJobs(planner, new RosterProblemBuilder(arcs, arcs.officers, arcs.postures, arcs.aidLog,
                    PlannerSettings.DEFAULTS), arcs.clock, 1, PlanJobs.Observer.NONE);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanJobs jobs;

    @Autowired
    InMemoryArcs arcs;

    @BeforeEach
    void middayOnTheSunday() {
        arcs.clock.set(london("2023-09-24T12:00"));
    }

    private static PlanJob.State awaitEnd(PlanJob job) throws Exception {
        CompletableFuture<PlanJob.State> end = new CompletableFuture<>();
        job.subscribe(new PlanJob.Listener() {
            @Override
            public void improved(PlanJob.ScoreUpdate update) {
            }

            @Override
            public void ended(PlanJob.State state) {
                end.complete(state);
            }
        });
        return end.get(60, TimeUnit.SECONDS);
    }

    private PlanJob solved() throws Exception {
        PlanJob job = jobs.start(REQ, LocalDate.of(2023, 9, 25), 1, Duration.ofSeconds(1));
        assertThat(awaitEnd(job)).isInstanceOf(PlanJob.State.Done.class);
        return job;
    }

    @Test
    void aPlanStartedFromThePageIsSolvedAndShowsItsRosterUnfilledSeatsAndScoreByConstraint() throws Exception {
        MvcResult started = mvc.perform(post("/planner").param("force", "REQ").param("from", "2023-09-25")
                        .param("days", "1").param("timeLimitSeconds", "1").with(user(REQ_PLANNER)).with(csrf()))
                .andExpect(status().isFound()).andReturn();
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/planner/REQ/");
        PlanJob job = jobs.job(REQ, location.substring("/planner/REQ/".length()));
        assertThat(awaitEnd(job)).isInstanceOf(PlanJob.State.Done.class);

        // REQ has one ARV officer and one CTSFO per team against two cars of two and two CTSFOs.
        mvc.perform(get(location).with(user(REQ_PLANNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"roster-grid\"")))
                .andExpect(content().string(containsString("class=\"unfilled-seat\" data-kind=\"CT\"")))
                .andExpect(content().string(containsString("Unfilled seat")))
                .andExpect(content().string(containsString("id=\"hard-violations\">0<")));
    }

    @Test
    void anotherForcesPlanIsNotShownStoppedOrFollowed() throws Exception {
        PlanJob job = solved();
        String plan = "/planner/REQ/" + job.id();
        mvc.perform(get(plan).with(user(DON_COMMANDER)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("works on DON only, not on REQ")));
        mvc.perform(post(plan + "/stop").with(user(DON_COMMANDER)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(plan + "/events").with(user(DON_COMMANDER))).andExpect(status().isForbidden());
        mvc.perform(post("/planner").param("force", "REQ").param("from", "2023-09-25").with(user(DON_COMMANDER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(plan).with(user(COORDINATOR))).andExpect(status().isOk());
    }

    @Test
    void theEventsRelayEachBetterScoreInItsLevelsThenTheEnd() throws Exception {
        PlanJob job = solved();
        MvcResult events = mvc.perform(get("/planner/REQ/" + job.id() + "/events").with(user(REQ_PLANNER)))
                .andExpect(request().asyncStarted()).andReturn();
        mvc.perform(asyncDispatch(events))
                .andExpect(content().string(containsString("event:score")))
                .andExpect(content().string(containsString("\"medium\":")))
                .andExpect(content().string(containsString("event:end")))
                .andExpect(content().string(containsString("\"status\":\"DONE\"")));
    }

    @Test
    void aPlanBeyondThoseSolvingAtOnceIsRefusedByItsRule() throws Exception {
        PlanJob running = jobs.start(REQ, LocalDate.of(2023, 9, 25), 1, Duration.ofSeconds(60));
        try {
            mvc.perform(post("/planner").param("force", "REQ").param("from", "2023-09-26").param("days", "1")
                            .param("timeLimitSeconds", "1").with(user(COORDINATOR)).with(csrf()))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("Refused by rule ConcurrentPlans")))
                    .andExpect(content().string(containsString("data-rule=\"ConcurrentPlans\"")));
        } finally {
            jobs.stop(REQ, running.id());
        }
        assertThat(awaitEnd(running)).isInstanceOf(PlanJob.State.Stopped.class);
    }

    @Test
    void badInputIsShownOnThePageAndStartsNothing() throws Exception {
        int before = jobs.jobs().size();
        mvc.perform(post("/planner").param("force", "REQ").param("from", "25/09/2023").with(user(REQ_PLANNER))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("from: &#39;25/09/2023&#39; is not an ISO-8601 date")));
        mvc.perform(post("/planner").param("force", "REQ").param("from", "2023-09-25").param("days", "15")
                        .with(user(REQ_PLANNER)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("days:")));
        assertThat(jobs.jobs()).hasSize(before);
    }
}
