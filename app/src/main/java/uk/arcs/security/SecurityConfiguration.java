package uk.arcs.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every page and API needs a login: HTTP Basic or a personal API token for the API (stateless), a login form or
 * OpenID Connect for pages. Rules are by role and force: force roles act on their own force; the capability
 * picture (aggregate figures) is open to every policing role for every force. AccessMatrixTest holds the whole
 * table of role x endpoint x force.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ArcsSecurityProperties.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final Set<Role> POLICING = EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
            Role.SUPERVISOR, Role.PRESS_OFFICE, Role.NATIONAL_COORDINATOR);
    static final Set<Role> FORCE_OPERATIONS = EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
            Role.SUPERVISOR);

    /** Those who take and see escalation decisions for their force. */
    static final Set<Role> COMMAND = EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER);

    static final List<String> DEMO_USERS = List.of(
            "met.gold:STRATEGIC_COMMANDER:MET", "met.planner:PLANNER:MET", "met.supervisor:SUPERVISOR:MET",
            "met.press:PRESS_OFFICE:MET", "kent.commander:COMMANDER:KENT", "npocc.coordinator:NATIONAL_COORDINATOR:",
            "mod.liaison:MILITARY_LIAISON:", "identity.admin:IDENTITY_ADMIN:", "metrics.scraper:METRICS:");

    /** Content-Security-Policy of every response: this origin only, no inline scripts, never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }

    @Bean
    LocalUsers users(ArcsSecurityProperties properties, PasswordEncoder encoder,
                     @Value("${arcs.demo:false}") boolean demo) {
        LocalUsers users = LocalUsers.of(properties.users(), demo, encoder);
        if (users.isEmpty()) {
            log.warn("No users are configured: set arcs.security.users (see README) to be able to log in");
        }
        return users;
    }

    @Bean
    LoginThrottle loginThrottle(ArcsSecurityProperties properties, Clock clock) {
        return new LoginThrottle(properties.throttle(), clock);
    }

    /** Form, Basic and the global manager share one throttle and one memory of verified passwords. */
    @Bean
    AuthenticationManager passwordLogins(LocalUsers users, PasswordEncoder encoder, LoginThrottle throttle, Clock clock) {
        return new ProviderManager(new PasswordLogin(users, encoder, throttle, clock));
    }

    @Bean
    PersonalTokens personalTokens(JdbcClient jdbc, Clock clock) {
        return new PersonalTokens(new PersonalTokenStore(jdbc), clock);
    }

    @Bean
    @ConditionalOnProperty(prefix = "arcs.security.oidc", name = "issuer-uri")
    ClientRegistrationRepository oidcProvider(ArcsSecurityProperties properties) {
        return new InMemoryClientRegistrationRepository(new OidcLogin(properties.oidc()).registration());
    }

    @Bean
    UnservedRequests unservedRequests(ObjectProvider<RequestMappingInfoHandlerMapping> controllers) {
        return new UnservedRequests(controllers);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager passwords, PersonalTokens tokens, LocalUsers users,
                            LoginThrottle throttle, UnservedRequests unserved) throws Exception {
        AuthenticationFilter bearer = new AuthenticationFilter(
                new ProviderManager(new PersonalTokenLogin(tokens, users, throttle)), PersonalTokenLogin.converter());
        bearer.setSuccessHandler((request, response, authentication) -> { });
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(Problems.unauthorised()));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/whoami").authenticated()
                        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/forces", "/api/v1/forces/{force}",
                                "/api/v1/forces/{force}/capability", "/api/v1/forces/{force}/capability/series",
                                "/api/v1/forces/{force}/posture", "/api/v1/forces/{force}/posture/events")
                        .access(anyForce(POLICING))
                        .requestMatchers(HttpMethod.GET, "/api/v1/forces/{force}/officers",
                                "/api/v1/forces/{force}/officers/{cipher}", "/api/v1/forces/{force}/export")
                        .access(ownForce(FORCE_OPERATIONS))
                        .requestMatchers(HttpMethod.POST, "/api/v1/forces/{force}/events",
                                "/api/v1/forces/{force}/posture/events", "/api/v1/forces/{force}/import")
                        .access(ownForce(FORCE_OPERATIONS))
                        .requestMatchers(HttpMethod.POST, "/api/v1/forces/{force}/claims:check")
                        .access(anyForce(POLICING))
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/firearms-operations")
                        .access(anyForce(POLICING))
                        .requestMatchers(HttpMethod.POST, "/api/v1/forces/{force}/firearms-operations")
                        .access(ownForce(FORCE_OPERATIONS))
                        .requestMatchers(HttpMethod.GET, "/api/v1/forces/{force}/sitrep")
                        .access(ownForceOr(COMMAND, Role.NATIONAL_COORDINATOR))
                        .requestMatchers(HttpMethod.POST, "/api/v1/forces/{force}/sitreps")
                        .access(ownForce(COMMAND))
                        .requestMatchers(HttpMethod.GET, "/api/v1/forces/{force}/sitreps",
                                "/api/v1/forces/{force}/sitreps/{number}")
                        .access(ownForceOr(EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
                                Role.PRESS_OFFICE), Role.NATIONAL_COORDINATOR))
                        .requestMatchers("/api/v1/forces/{force}/statements", "/api/v1/forces/{force}/statements/**")
                        .access(ownForce(EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PRESS_OFFICE)))
                        .requestMatchers(HttpMethod.GET, "/api/v1/forces/{force}/escalation",
                                "/api/v1/forces/{force}/decisions")
                        .access(ownForceOr(COMMAND, Role.NATIONAL_COORDINATOR))
                        .requestMatchers("/api/v1/forces/{force}/forecast", "/api/v1/forces/{force}/what-if",
                                "/api/v1/forces/{force}/what-if/**")
                        .access(ownForceOr(COMMAND, Role.NATIONAL_COORDINATOR))
                        .requestMatchers(HttpMethod.POST, "/api/v1/forces/{force}/mutual-aid/requests")
                        .access(ownForce(COMMAND))
                        .requestMatchers(HttpMethod.GET, "/api/v1/forces/{force}/mutual-aid/loans")
                        .access(ownForce(COMMAND))
                        .requestMatchers(HttpMethod.POST, "/api/v1/mutual-aid/requests/{id}/asks")
                        .access(anyForce(EnumSet.of(Role.NATIONAL_COORDINATOR)))
                        .requestMatchers("/api/v1/mutual-aid/**")
                        .access(anyForce(EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
                                Role.NATIONAL_COORDINATOR)))
                        .requestMatchers(HttpMethod.GET, "/api/v1/forces/{force}/military")
                        .access(ownForceOr(EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER),
                                Role.MILITARY_LIAISON, Role.NATIONAL_COORDINATOR))
                        .requestMatchers(HttpMethod.POST, "/api/v1/forces/{force}/military/events")
                        .access(ownForceOr(EnumSet.of(Role.STRATEGIC_COMMANDER), Role.MILITARY_LIAISON,
                                Role.NATIONAL_COORDINATOR))
                        .requestMatchers(HttpMethod.POST, "/api/v1/simulations", "/api/v1/simulations/london-2023")
                        .access(anyForce(POLICING))
                        .requestMatchers(HttpMethod.GET, "/api/v1/simulations/{id}", "/api/v1/simulations/{id}/events")
                        .access(anyForce(POLICING))
                        .requestMatchers("/api/v1/forces/{force}/plans", "/api/v1/forces/{force}/plans/**")
                        .access(ownForceOr(COMMAND, Role.NATIONAL_COORDINATOR))
                        .requestMatchers(HttpMethod.GET, "/api/v1/identities/access-log")
                        .access(anyForce(EnumSet.of(Role.IDENTITY_ADMIN, Role.STRATEGIC_COMMANDER)))
                        .requestMatchers("/api/v1/identities/**").access(anyForce(EnumSet.of(Role.IDENTITY_ADMIN)))
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit/verification")
                        .access(anyForce(EnumSet.of(Role.IDENTITY_ADMIN, Role.STRATEGIC_COMMANDER)))
                        .anyRequest().access(unserved))
                .authenticationManager(passwords)
                .httpBasic(basic -> basic.authenticationEntryPoint(Problems.unauthorised()))
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .addFilterBefore(new CrossSiteRefusal(), CsrfFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(Problems.unauthorised())
                        .accessDeniedHandler(Problems.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new PageSessionReader())))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::writeWithPageSession));
        return hardenHeaders(http).build();
    }

    /**
     * The API reads, never writes, the page session: the pages' own scripts may call it, and then a write needs the
     * CSRF token like a form. Calls with Basic or a token carry their own credentials and keep no session; their
     * login lasts the request, async and error dispatches included, through a request attribute.
     */
    static boolean writeWithPageSession(jakarta.servlet.http.HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getSession(false) != null;
    }

    private static final class PageSessionReader implements SecurityContextRepository {

        private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

        PageSessionReader() {
            sessions.setAllowSessionCreation(false);
        }

        @Override
        public DeferredSecurityContext loadDeferredContext(jakarta.servlet.http.HttpServletRequest request) {
            return sessions.loadDeferredContext(request);
        }

        @Override
        @Deprecated
        public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
            return sessions.loadDeferredContext(holder.getRequest()).get();
        }

        @Override
        public void saveContext(SecurityContext context, jakarta.servlet.http.HttpServletRequest request,
                                jakarta.servlet.http.HttpServletResponse response) {
            // A Basic or token login lasts one request; the page session is changed only by the pages.
        }

        @Override
        public boolean containsContext(jakarta.servlet.http.HttpServletRequest request) {
            return sessions.containsContext(request);
        }
    }

    /** Security headers of every response; HSTS only on HTTPS (behind a proxy, see server.forward-headers-strategy). */
    private static HttpSecurity hardenHeaders(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager passwords, ArcsSecurityProperties properties,
                              ObjectProvider<ClientRegistrationRepository> oidcProvider,
                              UnservedRequests unserved) throws Exception {
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error",
                                    "/webjars/**", "/css/**", "/js/**").permitAll()
                            .requestMatchers("/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html",
                                    "/home")
                            .authenticated()
                            .requestMatchers("/actuator/prometheus").access(anyForce(EnumSet.of(Role.METRICS)))
                            // Steps within a screen that only some of its viewers may take, as in the API.
                            .requestMatchers(HttpMethod.POST, "/mutual-aid/requests").access(anyForce(COMMAND))
                            .requestMatchers(HttpMethod.POST, "/mutual-aid/requests/{id}/asks")
                            .access(anyForce(EnumSet.of(Role.NATIONAL_COORDINATOR)))
                            .requestMatchers(HttpMethod.POST, "/military/steps")
                            .access(anyForce(EnumSet.of(Role.STRATEGIC_COMMANDER, Role.MILITARY_LIAISON,
                                    Role.NATIONAL_COORDINATOR)))
                            // A report at any instant is not the press office's (it holds the decision log).
                            .requestMatchers(HttpMethod.GET, "/reports/sitrep/pdf")
                            .access(anyForce(EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
                                    Role.NATIONAL_COORDINATOR)))
                            .requestMatchers(HttpMethod.POST, "/reports/sitreps").access(anyForce(COMMAND))
                            .requestMatchers(HttpMethod.POST, "/reports/statements")
                            .access(anyForce(EnumSet.of(Role.PRESS_OFFICE)))
                            .requestMatchers("/reports/statements", "/reports/statements/**")
                            .access(anyForce(EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER,
                                    Role.PRESS_OFFICE)));
                    for (Screen screen : Screen.values()) {
                        requests.requestMatchers(screen.pathPatterns()).access(anyForce(screen.roles()));
                    }
                    requests.anyRequest().access(unserved);
                })
                .securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home"))
                .httpBasic(basic -> basic.authenticationEntryPoint(Problems.unauthorised()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(Problems.loginFormOrUnauthorised())
                        .accessDeniedHandler(Problems.forbidden()))
                .logout(Customizer.withDefaults());
        if (oidcProvider.getIfAvailable() == null) {
            http.authenticationManager(passwords);
        } else {
            OidcLogin oidc = new OidcLogin(properties.oidc());
            // The provider's code first; a username and password fall through to the password logins.
            http.authenticationManager(new ProviderManager(List.of(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), oidc.userService())), passwords));
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(oidcProvider.getObject())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidc.userService()))
                    .successHandler(OidcLogin.successHandler(contexts)));
        }
        return hardenHeaders(http).build();
    }

    /** Allowed for these roles, whatever force the path names. */
    static AuthorizationManager<RequestAuthorizationContext> anyForce(Set<Role> roles) {
        return (authentication, context) -> decide(authentication, user -> roles.contains(user.role()));
    }

    /** Allowed for these roles acting on their own force ({force} in the path). */
    static AuthorizationManager<RequestAuthorizationContext> ownForce(Set<Role> roles) {
        return (authentication, context) -> decide(authentication, user -> roles.contains(user.role())
                && user.force() != null && user.force().equalsIgnoreCase(context.getVariables().get("force")));
    }

    /** Allowed for these roles on their own force, and for these national roles on any force. */
    static AuthorizationManager<RequestAuthorizationContext> ownForceOr(Set<Role> forceRoles, Role... nationalRoles) {
        Set<Role> national = nationalRoles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(nationalRoles[0], nationalRoles);
        return (authentication, context) -> decide(authentication, user -> national.contains(user.role())
                || (forceRoles.contains(user.role()) && user.force() != null
                && user.force().equalsIgnoreCase(context.getVariables().get("force"))));
    }

    private static AuthorizationResult decide(Supplier<? extends Authentication> authentication,
                                              java.util.function.Predicate<ArcsUser> rule) {
        Authentication current = authentication.get();
        boolean granted = current != null && current.isAuthenticated() && current.getPrincipal() instanceof ArcsUser user
                && rule.test(user);
        return new AuthorizationDecision(granted);
    }
}
