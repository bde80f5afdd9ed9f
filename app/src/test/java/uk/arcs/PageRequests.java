package uk.arcs;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.security.ArcsUser;
import uk.arcs.security.Role;

/**
 * Page requests through the whole filter chain of the running demo, as a given user, with the CSRF token a page
 * form carries. The configuration is the browser tests', so page tests share their server and database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "arcs.demo=true")
public abstract class PageRequests {

    protected static final ForceCode MET = ForceCode.of("MET");
    protected static final ForceCode KENT = ForceCode.of("KENT");

    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected OfficerRegistry officers;

    protected MockMvc mvc;

    @BeforeEach
    void buildMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** Logged in as {@code username} with {@code role} of {@code force} (null for a national role). */
    protected static RequestPostProcessor as(String username, Role role, String force) {
        RequestPostProcessor user = SecurityMockMvcRequestPostProcessors.user(
                new ArcsUser(username, null, role, force));
        return request -> SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(user.postProcessRequest(request));
    }
}
