package uk.arcs.api;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.arcs.PostgresSchema;

/** The API contract on PostgreSQL, in a schema of its own that is dropped afterwards. */
class PostgresApiTest extends ApiContract {

    private static final PostgresSchema SCHEMA = PostgresSchema.create("api");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }
}
