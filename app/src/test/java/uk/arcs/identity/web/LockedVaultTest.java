package uk.arcs.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.arcs.TestHttp;
import uk.arcs.TestHttp.Reply;

/** A server with no identity key (not the demo): the vault refuses, clearly, and the rest of ARCS works. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:locked-vault;DB_CLOSE_DELAY=-1",
        "arcs.security.users[0].username=vault.admin", "arcs.security.users[0].password={bcrypt}$2a$12$HNeFjkNL0p4UXSJwEPYgqeC7uMk3ByFUtj7tQF9shVmwBtCBRVsNC",
        "arcs.security.users[0].role=IDENTITY_ADMIN",
        "arcs.security.users[1].username=gold", "arcs.security.users[1].password={bcrypt}$2a$12$QoqfSura6uAFmZ3eXi2eZuk6tJXNvSfUWtAF2dmUurgglR0gauniK",
        "arcs.security.users[1].role=STRATEGIC_COMMANDER", "arcs.security.users[1].force=MET"})
class LockedVaultTest {

    private static final String ADMIN = "vault.admin:vault-secret";

    @LocalServerPort
    int port;

    @Test
    void lockedVaultAnswers503NamingTheSettingAndTheRestOfArcsWorks() {
        TestHttp http = new TestHttp(port);
        Reply put = http.put("/api/v1/identities/MET/NX121", ADMIN,
                "{\"name\": \"Ambrose Quelling\", \"warrantNumber\": \"MP-1\"}");
        assertThat(put.status()).isEqualTo(503);
        assertThat(put.contentType()).startsWith("application/problem+json");
        assertThat(put.json().get("detail").asString()).startsWith("the identity vault is locked: no key is configured")
                .contains("ARCS_IDENTITY_KEY");
        assertThat(put.body()).doesNotContain("Ambrose");
        assertThat(http.get("/api/v1/identities/MET/NX121?reason=disciplinary%20hearing%2042", ADMIN).status())
                .isEqualTo(503);
        assertThat(http.upload("/api/v1/identities/MET", ADMIN, Map.of("identities.csv",
                "cipher,name,warrantNumber\nNX121,Ambrose Quelling,MP-1\n")).status()).isEqualTo(503);

        assertThat(http.get("/api/v1/forces", "gold:gold-secret").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/whoami", ADMIN).json().get("role").asString()).isEqualTo("IDENTITY_ADMIN");
        assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
    }
}
