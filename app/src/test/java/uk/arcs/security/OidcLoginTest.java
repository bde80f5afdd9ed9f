package uk.arcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.ArcsApplication;

/**
 * Logging in through a real OpenID Connect provider: a Spring Authorization Server started in this test on a port
 * of its own, with ARCS registered as a client and users whose ID tokens carry (or lack) the ARCS claims. The browser
 * is java.net.http with cookies: ARCS at localhost, the provider at 127.0.0.1, so the two sessions stay apart. ARCS is
 * named as the application under test, since the provider's configuration is nested here.
 */
@SpringBootTest(classes = ArcsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:arcs-oidc;DB_CLOSE_DELAY=-1")
class OidcLoginTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String PROVIDER_PASSWORD = "provider password";
    private static final AtomicReference<String> ARCS_REDIRECT = new AtomicReference<>("http://localhost/unset");

    private static ConfigurableApplicationContext provider;

    /**
     * The identity provider: Spring Authorization Server with ARCS as its one client. A plain configuration, not a
     * SpringBootConfiguration, so that other tests of this package do not take it for their application.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Provider {

        @Bean
        UserDetailsService providerUsers() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("kent.sso").password("{noop}" + PROVIDER_PASSWORD).roles("USER").build(),
                    User.withUsername("no.role").password("{noop}" + PROVIDER_PASSWORD).roles("USER").build(),
                    User.withUsername("wrong.role").password("{noop}" + PROVIDER_PASSWORD).roles("USER").build());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                /** The provider saves a client to re-encode its secret; the one client is rebuilt on each look-up. */
                @Override
                public void save(RegisteredClient client) {
                }

                @Override
                public RegisteredClient findById(String id) {
                    return arcs();
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return "arcs".equals(clientId) ? arcs() : null;
                }
            };
        }

        /** Built on each look-up: ARCS's port is known only once ARCS, which needs this provider, has started. */
        private static RegisteredClient arcs() {
            return RegisteredClient.withId("arcs").clientId("arcs").clientSecret("{noop}arcs-secret")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(ARCS_REDIRECT.get()).scope("openid").scope("profile")
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build()).build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> arcsClaims() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                switch (context.getPrincipal().getName()) {
                    case "kent.sso" -> context.getClaims().claim("arcs_role", "commander").claim("arcs_force", "KENT");
                    case "wrong.role" -> context.getClaims().claim("arcs_role", "CHIEF_CONSTABLE");
                    default -> { }
                }
            };
        }
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        if (provider == null) {
            provider = new SpringApplicationBuilder(Provider.class).run("--server.port=0",
                    "--spring.config.name=oidc-provider", "--spring.main.banner-mode=off",
                    "--server.servlet.session.cookie.name=PROVIDER_SESSION",
                    "--spring.autoconfigure.exclude=org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
                            + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
        }
        int port = ((WebServerApplicationContext) provider).getWebServer().getPort();
        registry.add("arcs.security.oidc.issuer-uri", () -> "http://127.0.0.1:" + port);
        registry.add("arcs.security.oidc.client-id", () -> "arcs");
        registry.add("arcs.security.oidc.client-secret", () -> "arcs-secret");
        registry.add("arcs.security.oidc.name", () -> "Test Provider");
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeEach
    void registerRedirect() {
        ARCS_REDIRECT.set("http://localhost:" + port + "/login/oauth2/code/" + OidcLogin.REGISTRATION_ID);
    }

    /** Sends as a browser navigating would: asking for HTML, which is what the provider shows its login form to. */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            if (built.headers().firstValue("Accept").isEmpty()) {
                built = request.header("Accept", "text/html").build();
            }
            return browser.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> arcs(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
    }

    /** An API call from the page's session, as a script of the page would make it. */
    private HttpResponse<String> api(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept",
                "application/json"));
    }

    /** Clicks "Log in with Test Provider", logs in at the provider, and lands back in ARCS. */
    private HttpResponse<String> logInThroughTheProvider(String username) {
        HttpResponse<String> loginPage = arcs("/login");
        assertThat(loginPage.body()).contains("Log in with Test Provider")
                .contains("href=\"/oauth2/authorization/" + OidcLogin.REGISTRATION_ID + "\"");
        HttpResponse<String> providerLogin = arcs("/oauth2/authorization/" + OidcLogin.REGISTRATION_ID);
        assertThat(providerLogin.uri().getHost()).as("at the provider").isEqualTo("127.0.0.1");
        Matcher csrf = CSRF.matcher(providerLogin.body());
        assertThat(csrf.find()).as(providerLogin.statusCode() + " " + providerLogin.uri() + " " + providerLogin.body())
                .isTrue();
        String form = "username=" + HttpProbe.encode(username) + "&password=" + HttpProbe.encode(PROVIDER_PASSWORD)
                + "&_csrf=" + HttpProbe.encode(csrf.group(1));
        HttpResponse<String> back = send(HttpRequest.newBuilder(providerLogin.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(back.uri().getHost()).as("back in ARCS, not at " + back.statusCode() + " " + back.uri() + " "
                + back.body().substring(0, Math.min(300, back.body().length()))).isEqualTo("localhost");
        return back;
    }

    @Test
    void providerUserWithArcsClaimsGetsASessionWithTheMappedRoleAndForce() {
        HttpResponse<String> landed = logInThroughTheProvider("kent.sso");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/");
        HttpResponse<String> whoami = api("/api/v1/whoami");
        assertThat(whoami.statusCode()).as(whoami.body()).isEqualTo(200);
        JsonNode me = JSON.readTree(whoami.body());
        assertThat(me.get("username").asString()).isEqualTo("kent.sso");
        assertThat(me.get("role").asString()).isEqualTo("COMMANDER");
        assertThat(me.get("force").asString()).isEqualTo("KENT");
        assertThat(api("/api/v1/forces/MET/escalation").statusCode()).as("another force's escalation").isEqualTo(403);
        assertThat(api("/api/v1/tokens").statusCode()).as("tokens are for local users").isEqualTo(403);
    }

    @Test
    void providerUserWithoutARoleClaimIsRefusedWithAClearMessage() {
        HttpResponse<String> refused = logInThroughTheProvider("no.role");
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.body()).contains("Your Test Provider account gives no ARCS role (claim arcs_role). "
                + "Ask your administrator for access.");
        assertThat(api("/api/v1/whoami").statusCode()).isEqualTo(401);
    }

    @Test
    void providerUserWithARoleArcsDoesNotKnowIsRefused() {
        HttpResponse<String> refused = logInThroughTheProvider("wrong.role");
        assertThat(refused.body()).contains("gives the role &#39;CHIEF_CONSTABLE&#39;, which ARCS does not know");
        assertThat(api("/api/v1/whoami").statusCode()).isEqualTo(401);
    }
}
