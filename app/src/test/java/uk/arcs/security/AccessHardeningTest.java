package uk.arcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;
import uk.arcs.security.HttpProbe.Reply;

/**
 * Throttling, personal tokens, headers, CSRF, body limits and error answers against a running server. The tests
 * play a trusted proxy (X-Forwarded-For, X-Forwarded-Proto), so each one throttles its own client address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:arcs-hardening;DB_CLOSE_DELAY=-1",
        "arcs.security.throttle.max-failures-per-user=3", "arcs.security.throttle.max-failures-per-address=6",
        "arcs.security.throttle.window=15m", "arcs.security.throttle.lockout=15m",
        "server.forward-headers-strategy=native", "arcs.http.max-body-size=64KB"})
class AccessHardeningTest {

    private static final String PASSWORD = "a hardening password";
    private static final ShiftedClock CLOCK = new ShiftedClock(Clock.systemUTC());
    private static final List<String> USERS = List.of("met.gold:STRATEGIC_COMMANDER:MET", "met.press:PRESS_OFFICE:MET",
            "kent.planner:PLANNER:KENT", "throttled.basic:PLANNER:MET", "throttled.form:PLANNER:MET",
            "token.owner:COMMANDER:MET");

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        ConfiguredUsers.register(registry, PASSWORD, USERS);
    }

    @LocalServerPort
    int port;
    @Autowired
    PersonalTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private HttpProbe http() {
        return HttpProbe.stateless(port);
    }

    private Reply whoami(String authorization, String clientAddress) {
        return http().send(http().request("/api/v1/whoami").header("Authorization", authorization)
                .header("X-Forwarded-For", clientAddress).GET());
    }

    private static String gold() {
        return HttpProbe.basic("met.gold", PASSWORD);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private String issue(String user, String name, int days) {
        Reply issued = http().postJson("/api/v1/tokens", HttpProbe.basic(user, PASSWORD),
                "{\"name\": \"%s\", \"expiresInDays\": %d}".formatted(name, days));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("token").asString();
    }

    // ---------------------------------------------------------------- throttling

    @Test
    void basicLoginIsLockedAfterRepeatedFailuresEvenForTheRightPasswordUntilTheCoolDownEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(whoami(HttpProbe.basic("throttled.basic", "wrong"), "203.0.113.10").status()).isEqualTo(401);
        }
        Reply locked = whoami(HttpProbe.basic("throttled.basic", PASSWORD), "203.0.113.11");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.isProblem()).isTrue();
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 900L);
        assertThat(locked.json().get("detail").asString()).contains("Try again in 15 minutes");
        CLOCK.advance(Duration.ofMinutes(15));
        assertThat(whoami(HttpProbe.basic("throttled.basic", PASSWORD), "203.0.113.11").status()).isEqualTo(200);
    }

    @Test
    void lockedFormLoginShowsAPlainMessage() {
        HttpProbe browser = HttpProbe.browser(port);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.logIn("throttled.form", "wrong", "203.0.113.20").header("Location")).endsWith("/login?error");
        }
        assertThat(browser.logIn("throttled.form", PASSWORD, "203.0.113.21").header("Location")).endsWith("/login?error");
        Reply page = browser.send(browser.request("/login?error").GET());
        assertThat(page.body()).contains("Too many failed logins for this account or from this address. "
                + "Try again in 15 minutes.").doesNotContain("Exception");
        assertThat(browser.send(browser.request("/").header("Accept", "text/html").GET()).status())
                .as("not logged in").isEqualTo(302);
    }

    @Test
    void wrongPasswordOnTheFormSaysSoWithoutSayingWhichPartWasWrong() {
        HttpProbe browser = HttpProbe.browser(port);
        browser.logIn("met.gold", "wrong", "203.0.113.25");
        assertThat(browser.send(browser.request("/login?error").GET()).body()).contains("Wrong username or password.")
                .as("no provider configured").doesNotContain("Log in with");
        browser.logIn("nobody.at.all", "wrong", "203.0.113.25");
        assertThat(browser.send(browser.request("/login?error").GET()).body()).contains("Wrong username or password.");
    }

    @Test
    void badTokensLockTheClientAddressEvenForAGoodToken() {
        String good = issue("token.owner", "address lock", 30);
        for (int i = 0; i < 6; i++) {
            assertThat(whoami(bearer("arcs_guess" + i), "203.0.113.30").status()).isEqualTo(401);
        }
        Reply locked = whoami(bearer(good), "203.0.113.30");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotNull();
        assertThat(whoami(bearer(good), "203.0.113.31").status()).as("another address").isEqualTo(200);
    }

    // ---------------------------------------------------------------- personal tokens

    @Test
    void tokenIsShownOnceListedWithoutItsSecretAndActsWithItsOwnersRoleAndForce() {
        Reply issued = http().postJson("/api/v1/tokens", HttpProbe.basic("met.press", PASSWORD),
                "{\"name\": \"statements feed\", \"expiresInDays\": 30}");
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.json().get("token").asString();
        assertThat(secret).matches("arcs_[A-Za-z0-9_-]{43}");
        assertThat(issued.header("Location")).isEqualTo("/api/v1/tokens/" + issued.json().get("id").asLong());

        JsonNode me = http().get("/api/v1/whoami", bearer(secret)).json();
        assertThat(me.get("username").asString()).isEqualTo("met.press");
        assertThat(me.get("role").asString()).isEqualTo("PRESS_OFFICE");
        assertThat(me.get("force").asString()).isEqualTo("MET");
        assertThat(http().get("/api/v1/forces/MET/officers", bearer(secret)).status()).isEqualTo(403);

        Reply listed = http().get("/api/v1/tokens", HttpProbe.basic("met.press", PASSWORD));
        assertThat(listed.body()).doesNotContain(secret).contains("statements feed");
        JsonNode token = listed.json().valueStream().filter(t -> t.get("name").asString().equals("statements feed"))
                .findFirst().orElseThrow();
        assertThat(token.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(token.get("lastUsedAt").isNull()).as("use is recorded").isFalse();
        assertThat(http().get("/api/v1/tokens", HttpProbe.basic("met.gold", PASSWORD)).body())
                .as("others' tokens are not listed").doesNotContain("statements feed");
    }

    @Test
    void onlyTheSha256OfATokenIsStored() {
        String secret = issue("met.gold", "stored hashed", 10);
        List<Map<String, Object>> rows = jdbc.sql("select * from personal_token").query().listOfRows();
        assertThat(rows.toString()).doesNotContain(secret);
        assertThat(rows).anyMatch(row -> PersonalTokens.sha256(secret).equals(row.get("TOKEN_HASH")));
    }

    @Test
    void revokedExpiredAndUnknownTokensAreRefusedWith401() {
        String revoked = issue("met.gold", "to revoke", 30);
        long id = http().get("/api/v1/tokens", gold()).json().valueStream()
                .filter(t -> t.get("name").asString().equals("to revoke")).findFirst().orElseThrow().get("id").asLong();
        assertThat(http().send(http().request("/api/v1/tokens/" + id).header("Authorization",
                HttpProbe.basic("met.press", PASSWORD)).DELETE()).status()).as("not the caller's token").isEqualTo(404);
        assertThat(http().send(http().request("/api/v1/tokens/" + id).header("Authorization", gold()).DELETE())
                .status()).isEqualTo(204);
        Reply refused = http().get("/api/v1/whoami", bearer(revoked));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asString()).isEqualTo("the token is unknown, expired or revoked");
        assertThat(http().postJson("/api/v1/tokens/" + id + "/revoke", gold(), "").json().get("state").asString())
                .isEqualTo("REVOKED");

        String shortLived = issue("met.gold", "one day", 1);
        assertThat(http().get("/api/v1/whoami", bearer(shortLived)).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(http().get("/api/v1/whoami", bearer(shortLived)).status()).isEqualTo(401);
        assertThat(http().get("/api/v1/whoami", bearer("arcs_" + "A".repeat(43))).status()).isEqualTo(401);
        assertThat(http().get("/api/v1/whoami", bearer("not-even-an-arcs-token")).status()).isEqualTo(401);
    }

    @Test
    void tokenOfAUserNoLongerConfiguredStopsWorking() {
        String secret = tokens.issue("former.officer", "left the force", 30).secret();
        Reply refused = http().get("/api/v1/whoami", bearer(secret));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asString()).isEqualTo("the token's owner no longer has an account");
    }

    @Test
    void tokenCannotIssueTokensAndBadRequestsAreRefusedPlainly() {
        String secret = issue("met.gold", "cannot breed", 30);
        Reply breeding = http().postJson("/api/v1/tokens", bearer(secret), "{\"name\": \"child\"}");
        assertThat(breeding.status()).isEqualTo(403);
        assertThat(breeding.json().get("detail").asString()).contains("log in with your password");
        assertThat(http().postJson("/api/v1/tokens", gold(), "{\"name\": \"long\", \"expiresInDays\": 400}").json()
                .get("detail").asString()).isEqualTo("expiresInDays: from 1 to 365");
        assertThat(http().postJson("/api/v1/tokens", gold(), "{}").status()).isEqualTo(400);
    }

    // ---------------------------------------------------------------- headers

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        List<Reply> replies = List.of(http().get("/login", null), http().get("/api/v1/whoami", gold()),
                http().get("/api/v1/whoami", null), http().get("/api/v1/no-such-endpoint", gold()),
                http().get("/actuator/health", null));
        for (Reply reply : replies) {
            String csp = reply.header("Content-Security-Policy");
            assertThat(csp).as(reply.uri().toString()).contains("default-src 'self'")
                    .contains("script-src 'self';").contains("frame-ancestors 'none'");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("Strict-Transport-Security")).as("plain HTTP").isNull();
        }
    }

    @Test
    void strictTransportSecurityIsSentBehindATlsProxy() {
        Reply behindTls = http().send(http().request("/login").header("X-Forwarded-Proto", "https").GET());
        assertThat(behindTls.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    // ---------------------------------------------------------------- CSRF

    @Test
    void pageSessionReadsTheApiButWritesOnlyWithTheCsrfToken() {
        HttpProbe browser = HttpProbe.browser(port);
        assertThat(browser.logIn("met.gold", PASSWORD).header("Location")).doesNotContain("error");
        assertThat(browser.get("/api/v1/whoami", null).json().get("username").asString()).isEqualTo("met.gold");
        HttpRequest.Builder write = browser.request("/api/v1/forces/MET/events").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"events\": []}"));
        Reply forged = browser.send(write);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("detail").asString()).contains("CSRF token");
        Reply withToken = browser.send(browser.request("/api/v1/forces/MET/events").header("Content-Type",
                "application/json").header("X-CSRF-TOKEN", browser.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"events\": []}")));
        assertThat(withToken.status()).as(withToken.body()).isNotIn(401, 403);
        Reply logout = browser.send(browser.request("/logout").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.status()).as("a page form without its token").isEqualTo(403);
    }

    @Test
    void apiWriteThatABrowserSaysComesFromAnotherSiteIsRefused() {
        HttpRequest.Builder write = http().request("/api/v1/tokens").header("Authorization", gold())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        Reply crossSite = http().send(write.copy().header("Sec-Fetch-Site", "cross-site"));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.isProblem()).isTrue();
        assertThat(http().send(write.copy().header("Sec-Fetch-Site", "same-origin")).status()).isEqualTo(400);
    }

    // ---------------------------------------------------------------- limits and errors

    @Test
    void bodyOverTheLimitIsRefusedWith413BeforeItIsRead() {
        String big = "{\"events\": [" + "{\"cipher\": \"AB1234\"},".repeat(4000) + "{}]}";
        assertThat(big.length()).isGreaterThan(64 * 1024);
        Reply declared = http().postJson("/api/v1/forces/MET/events", gold(), big);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.isProblem()).isTrue();
        assertThat(declared.json().get("detail").asString()).isEqualTo("the request body is over the limit of 64 KB");
        Reply chunked = http().send(http().request("/api/v1/forces/MET/events").header("Authorization", gold())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));
        assertThat(chunked.status()).isEqualTo(413);
        Reply smallChunked = http().send(http().request("/api/v1/tokens").header("Authorization", gold())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream("{\"name\": \"chunked\"}".getBytes(StandardCharsets.UTF_8)))));
        assertThat(smallChunked.status()).as("a chunked body under the limit is read").isEqualTo(201);
    }

    @Test
    void everyErrorIsAProblemThatLeaksNoInternals() {
        Map<String, Reply> errors = new java.util.LinkedHashMap<>();
        errors.put("404 api", http().get("/api/v1/no-such-endpoint", gold()));
        errors.put("404 page", http().send(http().request("/no-such-page").header("Authorization", gold())
                .header("Accept", "text/html").GET()));
        errors.put("405", http().send(http().request("/api/v1/tokens").header("Authorization", gold())
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))));
        errors.put("415", http().send(http().request("/api/v1/tokens").header("Authorization", gold())
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name=x"))));
        errors.put("400 json", http().postJson("/api/v1/tokens", gold(), "{\"name\": [ oops"));
        errors.put("400 firewall", http().get("/api/v1/forces/MET/%2e%2e/officers", gold()));
        errors.put("400 header", http().send(http().request("/api/v1/whoami").header("X-Padding", "x".repeat(20_000))
                .GET()));
        Map<String, Integer> expected = Map.of("404 api", 404, "404 page", 404, "405", 405, "415", 415, "400 json", 400,
                "400 firewall", 400, "400 header", 400);
        errors.forEach((name, reply) -> {
            assertThat(reply.status()).as(name + ": " + reply.body()).isEqualTo(expected.get(name));
            assertThat(reply.isProblem()).as(name + ": " + reply.header("Content-Type")).isTrue();
            assertThat(reply.json().get("status").asInt()).isEqualTo(reply.status());
            assertThat(reply.body()).as(name).doesNotContainIgnoringCase("exception").doesNotContain("java.")
                    .doesNotContain("org.").doesNotContain("uk.arcs").doesNotContainIgnoringCase("sql")
                    .doesNotContain("\tat ").doesNotContainIgnoringCase("trace");
        });
        assertThat(http().get("/api/v1/no-such-endpoint", null).status()).as("not logged in: no map of the API")
                .isEqualTo(401);
    }
}
