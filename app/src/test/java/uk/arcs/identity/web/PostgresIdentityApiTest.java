package uk.arcs.identity.web;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.arcs.PostgresSchema;

/** The identity vault's API on PostgreSQL, in a schema of its own that is dropped afterwards. */
class PostgresIdentityApiTest extends IdentityApiContract {

    private static final PostgresSchema SCHEMA = PostgresSchema.create("identity");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }
}
