package uk.arcs.api;

import org.springframework.test.context.TestPropertySource;

/** The API contract on the embedded H2 database. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:arcs-api;DB_CLOSE_DELAY=-1")
class H2ApiTest extends ApiContract {
}
