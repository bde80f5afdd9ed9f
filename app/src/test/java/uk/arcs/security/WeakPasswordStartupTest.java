package uk.arcs.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import uk.arcs.ArcsApplication;

/** A server configured with a weak stored password does not start, and says which user to fix. */
class WeakPasswordStartupTest {

    @Test
    void serverWithANoopPasswordRefusesToStartNamingTheUser() {
        SpringApplication server = new SpringApplication(ArcsApplication.class);
        assertThatThrownBy(() -> server.run("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:h2:mem:arcs-weak-password;DB_CLOSE_DELAY=-1",
                "--arcs.security.users[0].username=met.planner", "--arcs.security.users[0].password={noop}secret",
                "--arcs.security.users[0].role=PLANNER", "--arcs.security.users[0].force=MET"))
                .rootCause().hasMessage("user met.planner: the stored password is {noop}, which ARCS refuses; store a "
                        + "bcrypt hash of cost 12 or more, such as {bcrypt}$2a$12$..., made with ./arcs hash-password");
    }
}
