package uk.arcs.identity.web;

import org.springframework.test.context.TestPropertySource;

/** The identity vault's API on H2, on the server the H2 API contract starts (the same configuration, one server). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:arcs-api;DB_CLOSE_DELAY=-1")
class H2IdentityApiTest extends IdentityApiContract {
}
