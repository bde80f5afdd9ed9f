package uk.arcs.mutualaid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.arcs.EscalationFixture.DON;
import static uk.arcs.EscalationFixture.REQ;
import static uk.arcs.EscalationFixture.commander;
import static uk.arcs.EscalationFixture.coordinator;
import static uk.arcs.EscalationFixture.gold;
import static uk.arcs.TestForces.london;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import uk.arcs.EscalationBeans;
import uk.arcs.InMemoryArcs;
import uk.arcs.force.Accreditation;
import uk.arcs.mutualaid.MutualAidRequest;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.officer.Cipher;
import uk.arcs.security.ArcsUser;
import uk.arcs.security.Role;

/**
 * The mutual aid page's steps, on two forces in memory (REQ short of ARV officers, DON with officers to spare): the
 * page takes each step through the service, so a force acting for another, or a role taking another's step, is
 * refused and nothing is recorded; a refusal by rule is shown with the rule's name.
 */
// The audit and idempotency filters record to the database, which a web slice does not have; their own tests cover them.
@WebMvcTest(controllers = MutualAidPageController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "uk\\.arcs\\.(audit|idempotency)\\.web\\..*Filter"))
@Import(EscalationBeans.class)
class MutualAidPageTest {

    static final ArcsUser REQ_PLANNER = new ArcsUser("req.planner", null, Role.PLANNER, "REQ");
    static final ArcsUser DON_COMMANDER = new ArcsUser("don.commander", null, Role.COMMANDER, "DON");
    static final ArcsUser OTHER_COMMANDER = new ArcsUser("other.commander", null, Role.COMMANDER, "OTHER");
    static final ArcsUser COORDINATOR = new ArcsUser("npocc", null, Role.NATIONAL_COORDINATOR, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryArcs arcs;

    /** REQ asks for two ARV officers from 22:00 on the 23rd; the coordinator asks DON; DON offers two. */
    private long[] requestAskedAndOffered() {
        long request = arcs.aid.request(gold(REQ, "2023-09-23T19:00"), REQ, new MutualAidService.Terms(Accreditation.ARV,
                2, london("2023-09-23T22:00"), london("2023-09-25T22:00"), false, "ARV cover short")).orThrow().id();
        arcs.aid.ask(coordinator("2023-09-23T19:10"), request, List.of(DON), "DON has capacity").orThrow();
        MutualAidRequest offered = arcs.aid.offer(commander(DON, "2023-09-23T19:20"), request, 2, false, "we can help")
                .orThrow();
        return new long[] {request, offered.offers().getLast().id()};
    }

    private MutualAidRequest current(long request) {
        return arcs.aid.request(new MutualAidService.Viewer("NATIONAL_COORDINATOR", null), request);
    }

    @Test
    void aRequestersPlannerCannotNameOfficersForTheDonorThroughThePage() throws Exception {
        long[] ids = requestAskedAndOffered();
        int decisions = arcs.decisions().size();

        mvc.perform(post("/mutual-aid/requests/{id}/offers/{offer}/officers", ids[0], ids[1])
                        .param("ciphers", "AR21").param("rationale", "forged").with(user(REQ_PLANNER)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("is DON&#39;s, not REQ&#39;s")))
                .andExpect(content().string(containsString("Nothing was recorded")));

        assertThat(current(ids[0]).offer(ids[1]).named()).isEmpty();
        assertThat(arcs.decisions()).hasSize(decisions);
    }

    @Test
    void aForceNotAskedCannotOfferAndTheDonorCannotAcceptItsOwnOffer() throws Exception {
        long[] ids = requestAskedAndOffered();
        int decisions = arcs.decisions().size();

        mvc.perform(post("/mutual-aid/requests/{id}/offers", ids[0]).param("officers", "1")
                        .param("rationale", "we were not asked").with(user(OTHER_COMMANDER)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("OTHER has not been asked to help with request " + ids[0])));
        mvc.perform(post("/mutual-aid/requests/{id}/offers/{offer}/accept", ids[0], ids[1])
                        .param("rationale", "accepting our own offer").with(user(DON_COMMANDER)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("only REQ acts on its own request " + ids[0])));

        assertThat(current(ids[0]).offers()).hasSize(1);
        assertThat(current(ids[0]).offer(ids[1]).stage().name()).isEqualTo("OFFERED");
        assertThat(arcs.decisions()).hasSize(decisions);
    }

    @Test
    void onlyTheNationalCoordinatorAsksDonorForces() throws Exception {
        long request = requestAskedAndOffered()[0];

        mvc.perform(post("/mutual-aid/requests/{id}/asks", request).param("donors", "OTHER")
                        .param("rationale", "asking for ourselves").with(user(REQ_PLANNER)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("only the national coordinator asks donor forces")));
        assertThat(current(request).asked()).extracting(Object::toString).containsExactly("DON");

        mvc.perform(post("/mutual-aid/requests/{id}/asks", request).param("donors", "OTHER")
                        .param("rationale", "OTHER has ARV officers").with(user(COORDINATOR)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/mutual-aid#request-" + request));
        assertThat(current(request).asked()).extracting(Object::toString).containsExactly("DON", "OTHER");
    }

    @Test
    void theDonorPostureRefusalIsShownWithItsRuleAndTheOverrideThenRecordsTheNaming() throws Exception {
        long[] ids = requestAskedAndOffered();
        // Team 4 works the early shift of the 24th: with two of its three away it cannot crew DON's one car.
        mvc.perform(post("/mutual-aid/requests/{id}/offers/{offer}/officers", ids[0], ids[1])
                        .param("ciphers", "AR41", "AR42").param("rationale", "rested crew")
                        .with(user(DON_COMMANDER)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Refused by rule DonorPosture")))
                .andExpect(content().string(containsString("data-rule=\"DonorPosture\"")))
                .andExpect(content().string(containsString("name=\"postureOverride\"")))
                .andExpect(content().string(containsString("value=\"AR41\" checked")));
        assertThat(current(ids[0]).offer(ids[1]).named()).isEmpty();

        mvc.perform(post("/mutual-aid/requests/{id}/offers/{offer}/officers", ids[0], ids[1])
                        .param("ciphers", "AR41", "AR42").param("rationale", "rested crew")
                        .param("postureOverride", "REQ has no ARV cover at all; we accept a gap on our early shift")
                        .with(user(DON_COMMANDER)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(current(ids[0]).offer(ids[1]).named()).containsExactly(Cipher.of("AR41"), Cipher.of("AR42"));
        assertThat(current(ids[0]).offer(ids[1]).postureOverride()).startsWith("REQ has no ARV cover");
        assertThat(arcs.decisions().getLast().decision()).isEqualTo("NAME_OFFICERS");
    }

    @Test
    void eachViewerIsOfferedOnlyItsOwnSteps() throws Exception {
        long[] ids = requestAskedAndOffered();
        String accept = "/mutual-aid/requests/" + ids[0] + "/offers/" + ids[1] + "/accept";
        String naming = "/mutual-aid/requests/" + ids[0] + "/offers/" + ids[1] + "/officers";
        String asks = "/mutual-aid/requests/" + ids[0] + "/asks";

        mvc.perform(get("/mutual-aid").with(user(REQ_PLANNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(accept)))
                .andExpect(content().string(not(containsString(naming))))
                .andExpect(content().string(not(containsString(asks))));
        mvc.perform(get("/mutual-aid").with(user(DON_COMMANDER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(naming)))
                // The picker offers DON's authorised ARV officers, not the one who stepped back.
                .andExpect(content().string(containsString("value=\"AR12\"")))
                .andExpect(content().string(not(containsString("value=\"AR11\""))))
                .andExpect(content().string(not(containsString(accept))))
                .andExpect(content().string(not(containsString(asks))));
        mvc.perform(get("/mutual-aid").with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(asks)))
                .andExpect(content().string(not(containsString(accept))))
                .andExpect(content().string(not(containsString(naming))));
    }

    @Test
    void aRequestWithBadInputIsRefusedOnThePageAndNothingIsRecorded() throws Exception {
        int requests = arcs.aid.requests(new MutualAidService.Viewer("NATIONAL_COORDINATOR", null),
                arcs.clock.instant(), arcs.clock.instant()).size();

        mvc.perform(post("/mutual-aid/requests").param("accreditation", "ARV").param("officers", "two")
                        .param("from", "2023-09-23T22:00").param("until", "2023-09-24T22:00").param("reason", "short")
                        .with(user(REQ_PLANNER)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("officers: &#39;two&#39; is not a whole number")));
        mvc.perform(post("/mutual-aid/requests").param("accreditation", "ARV").param("officers", "2")
                        .param("from", "2023-09-23T22:00").param("until", "2023-09-23T21:00").param("reason", "short")
                        .with(user(REQ_PLANNER)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("until: the period must end after it starts")));

        assertThat(arcs.aid.requests(new MutualAidService.Viewer("NATIONAL_COORDINATOR", null), arcs.clock.instant(),
                arcs.clock.instant())).hasSize(requests);
    }

    @Test
    void aStepTheOfferNoLongerAllowsIsRefusedNamingTheRule() throws Exception {
        long[] ids = requestAskedAndOffered();
        mvc.perform(post("/mutual-aid/requests/{id}/offers/{offer}/refuse", ids[0], ids[1])
                        .param("rationale", "not needed").with(user(REQ_PLANNER)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/mutual-aid/requests/{id}/offers/{offer}/accept", ids[0], ids[1])
                        .param("rationale", "changed our mind").with(user(REQ_PLANNER)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Refused by rule OfferLifecycle")))
                .andExpect(content().string(containsString("only while it is OFFERED, not REFUSED")));
        assertThat(current(ids[0]).offer(ids[1]).stage().name()).isEqualTo("REFUSED");
    }

    @Test
    void costRecoveryIsACsvOfTheViewersLines() throws Exception {
        mvc.perform(get("/mutual-aid/cost-recovery.csv").param("from", "2023-09-20").param("to", "2023-10-01")
                        .with(user(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("cost-recovery.csv")))
                .andExpect(content().string(containsString("request,requester,donor,accreditation,officers,officerHours")));
        mvc.perform(get("/mutual-aid/cost-recovery.csv").param("from", "20 Sep").param("to", "2023-10-01")
                        .with(user(COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("from: &#39;20 Sep&#39; is not an ISO-8601 date")));
    }
}
