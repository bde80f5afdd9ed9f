package uk.arcs.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Every page and API needs a login: HTTP Basic for the API (stateless), a login form for pages. Rules are
 * by role and force: force roles act on their own force; the capability picture (aggregate figures) is
 * open to every policing role for every force. A later hardening pass widens this to the full matrix.
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(ArcsSecurityProperties properties, PasswordEncoder encoder,
                             @Value("${arcs.demo:false}") boolean demo) {
        Map<String, ArcsUser> users = new LinkedHashMap<>();
        for (ArcsSecurityProperties.User user : properties.users()) {
            users.put(user.username(), new ArcsUser(user.username(), user.password(), user.role(), user.force()));
        }
        if (demo) {
            String hash = encoder.encode("demo");
            for (String line : DEMO_USERS) {
                String[] parts = line.split(":", -1);
                users.putIfAbsent(parts[0], new ArcsUser(parts[0], hash, Role.valueOf(parts[1]), parts[2]));
            }
        }
        if (users.isEmpty()) {
            log.warn("No users are configured: set arcs.security.users (see README) to be able to log in");
        }
        return username -> {
            ArcsUser user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException("unknown user");
            }
            return user;
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/whoami").authenticated()
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
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(Problems.unauthorised()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(Problems.unauthorised())
                        .accessDeniedHandler(Problems.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error",
                                    "/webjars/**", "/css/**", "/js/**").permitAll()
                            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/home")
                            .authenticated()
                            .requestMatchers("/actuator/prometheus").access(anyForce(EnumSet.of(Role.METRICS)));
                    for (Screen screen : Screen.values()) {
                        requests.requestMatchers(screen.pathPatterns()).access(anyForce(screen.roles()));
                    }
                    requests.anyRequest().denyAll();
                })
                .formLogin(form -> form.defaultSuccessUrl("/home"))
                .httpBasic(Customizer.withDefaults())
                .logout(Customizer.withDefaults());
        return http.build();
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
