package uk.arcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.arcs.security.AccessMatrixTest.Rule.ADMIN_AND_GOLD;
import static uk.arcs.security.AccessMatrixTest.Rule.IDENTITY_ADMIN;
import static uk.arcs.security.AccessMatrixTest.Rule.ISSUED_SITREPS;
import static uk.arcs.security.AccessMatrixTest.Rule.METRICS;
import static uk.arcs.security.AccessMatrixTest.Rule.PRESS_OFFICE;
import static uk.arcs.security.AccessMatrixTest.Rule.REPORTS_SCREEN;
import static uk.arcs.security.AccessMatrixTest.Rule.SIMULATION_SCREEN;
import static uk.arcs.security.AccessMatrixTest.Rule.STATEMENTS;
import static uk.arcs.security.AccessMatrixTest.Rule.COMMAND_AND_COORDINATOR;
import static uk.arcs.security.AccessMatrixTest.Rule.COORDINATOR;
import static uk.arcs.security.AccessMatrixTest.Rule.FIGURES;
import static uk.arcs.security.AccessMatrixTest.Rule.FORCE_OPERATIONS;
import static uk.arcs.security.AccessMatrixTest.Rule.LOGGED_IN;
import static uk.arcs.security.AccessMatrixTest.Rule.MILITARY_STEPS;
import static uk.arcs.security.AccessMatrixTest.Rule.MILITARY_VIEW;
import static uk.arcs.security.AccessMatrixTest.Rule.MUTUAL_AID;
import static uk.arcs.security.AccessMatrixTest.Rule.NOBODY;
import static uk.arcs.security.AccessMatrixTest.Rule.OWN_COMMAND;
import static uk.arcs.security.AccessMatrixTest.Rule.PUBLIC;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.security.HttpProbe.Reply;

/**
 * Every endpoint the running application serves (every controller and actuator mapping: pattern x method, pages
 * included), called by every role of the MET, the same roles of Kent, the national roles and an anonymous caller,
 * on their own force and on another, against the table below. An endpoint the table does not name fails the test:
 * a new endpoint cannot escape the matrix. Allowed means "not 401 or 403" (and not a server error); the requests
 * are harmless (unknown ids, bodies that validation refuses), so nothing is recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"arcs.demo=true",
        "spring.datasource.url=jdbc:h2:mem:arcs-matrix;DB_CLOSE_DELAY=-1"})
class AccessMatrixTest {

    /** Who may call an endpoint: the issue's rules, independent of how SecurityConfiguration writes them. */
    enum Rule {
        /** Anyone, logged in or not. */
        PUBLIC,
        /** Anyone logged in, whatever the role. */
        LOGGED_IN,
        /** Aggregate figures: every policing role of any force (partners included), the press office, the coordinator. */
        FIGURES,
        /** Officer lists, events, files: commanders, planners and supervisors of that force. */
        FORCE_OPERATIONS,
        /** Escalation, decisions, forecasts, plans: commanders and planners of that force; the coordinator. */
        COMMAND_AND_COORDINATOR,
        /** Commanders and planners of that force only. */
        OWN_COMMAND,
        /** Mutual aid lists and steps: commanders and planners of any force (the service limits each to its own), the coordinator. */
        MUTUAL_AID,
        /** The national coordinator only. */
        COORDINATOR,
        /** The military contingency: the force's strategic commander and commanders, the liaison, the coordinator. */
        MILITARY_VIEW,
        /** Military steps: the force's strategic commander, the liaison, the coordinator. */
        MILITARY_STEPS,
        /** The simulation screen: commanders, planners and supervisors of any force, the coordinator. */
        SIMULATION_SCREEN,
        /** The reports screen: commanders, planners and the press office of any force, the coordinator. */
        REPORTS_SCREEN,
        /** Issued situation reports: commanders, planners and the press office of that force; the coordinator. */
        ISSUED_SITREPS,
        /** Public statements: the press office, strategic commander and commanders of that force. */
        STATEMENTS,
        /** Drafting a public statement: the press office of that force. */
        PRESS_OFFICE,
        /** The identity vault: the identity administrator only. */
        IDENTITY_ADMIN,
        /** The audit log and the vault's access log: the identity administrator, strategic commanders. */
        ADMIN_AND_GOLD,
        /** Metrics for scraping: the METRICS role only. */
        METRICS,
        /** Nobody, not even logged in. */
        NOBODY;

        private static final Set<Role> POLICING = EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
                Role.SUPERVISOR, Role.PRESS_OFFICE, Role.NATIONAL_COORDINATOR);
        private static final Set<Role> OPERATIONS = EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER,
                Role.SUPERVISOR);
        private static final Set<Role> COMMAND = EnumSet.of(Role.STRATEGIC_COMMANDER, Role.COMMANDER, Role.PLANNER);

        boolean allows(Caller caller, String force) {
            if (this == PUBLIC) {
                return true;
            }
            if (caller.anonymous()) {
                return false;
            }
            Role role = caller.role();
            boolean own = force == null || force.equals(caller.force());
            boolean coordinator = role == Role.NATIONAL_COORDINATOR;
            return switch (this) {
                case PUBLIC, LOGGED_IN -> true;
                case FIGURES -> POLICING.contains(role);
                case FORCE_OPERATIONS -> OPERATIONS.contains(role) && own;
                case COMMAND_AND_COORDINATOR -> COMMAND.contains(role) && own || coordinator;
                case OWN_COMMAND -> COMMAND.contains(role) && own;
                case MUTUAL_AID -> COMMAND.contains(role) || coordinator;
                case COORDINATOR -> coordinator;
                case MILITARY_VIEW -> (role == Role.STRATEGIC_COMMANDER || role == Role.COMMANDER) && own
                        || role == Role.MILITARY_LIAISON || coordinator;
                case MILITARY_STEPS -> role == Role.STRATEGIC_COMMANDER && own || role == Role.MILITARY_LIAISON
                        || coordinator;
                case SIMULATION_SCREEN -> OPERATIONS.contains(role) || coordinator;
                case REPORTS_SCREEN -> COMMAND.contains(role) || role == Role.PRESS_OFFICE || coordinator;
                case ISSUED_SITREPS -> (COMMAND.contains(role) || role == Role.PRESS_OFFICE) && own || coordinator;
                case STATEMENTS -> (role == Role.STRATEGIC_COMMANDER || role == Role.COMMANDER
                        || role == Role.PRESS_OFFICE) && own;
                case PRESS_OFFICE -> role == Role.PRESS_OFFICE && own;
                case IDENTITY_ADMIN -> role == Role.IDENTITY_ADMIN;
                case ADMIN_AND_GOLD -> role == Role.IDENTITY_ADMIN || role == Role.STRATEGIC_COMMANDER;
                case METRICS -> role == Role.METRICS;
                case NOBODY -> false;
            };
        }
    }

    /** One line per endpoint: "METHOD pattern" (ANY when the mapping takes every method). */
    private static final Map<String, Rule> TABLE = new LinkedHashMap<>();

    private static void endpoint(String endpoint, Rule rule) {
        if (TABLE.put(endpoint, rule) != null) {
            throw new IllegalStateException(endpoint + " is in the table twice");
        }
    }

    static {
        // pages, errors, health and the API description
        endpoint("GET /", FIGURES);
        endpoint("GET /login", PUBLIC);
        endpoint("ANY /error", PUBLIC);
        endpoint("GET /actuator/health", PUBLIC);
        endpoint("GET /actuator/health/**", PUBLIC);
        endpoint("GET /actuator", NOBODY);
        endpoint("GET /actuator/info", NOBODY);
        endpoint("GET /v3/api-docs", LOGGED_IN);
        endpoint("GET /v3/api-docs.yaml", LOGGED_IN);
        endpoint("GET /v3/api-docs/swagger-config", LOGGED_IN);
        endpoint("GET /swagger-ui.html", LOGGED_IN);
        // who am I, personal tokens
        endpoint("GET /api/v1/whoami", LOGGED_IN);
        endpoint("GET /api/v1/tokens", LOGGED_IN);
        endpoint("POST /api/v1/tokens", LOGGED_IN);
        endpoint("DELETE /api/v1/tokens/{id}", LOGGED_IN);
        endpoint("POST /api/v1/tokens/{id}/revoke", LOGGED_IN);
        // forces and aggregate figures
        endpoint("GET /api/v1/forces", FIGURES);
        endpoint("GET /api/v1/forces/{force}", FIGURES);
        endpoint("GET /api/v1/forces/{force}/capability", FIGURES);
        endpoint("GET /api/v1/forces/{force}/capability/series", FIGURES);
        endpoint("GET /api/v1/forces/{force}/posture", FIGURES);
        endpoint("GET /api/v1/forces/{force}/posture/events", FIGURES);
        endpoint("POST /api/v1/forces/{force}/claims:check", FIGURES);
        endpoint("GET /api/v1/statistics/firearms-operations", FIGURES);
        endpoint("POST /api/v1/simulations", FIGURES);
        endpoint("POST /api/v1/simulations/london-2023", FIGURES);
        endpoint("GET /api/v1/simulations/{id}", FIGURES);
        endpoint("GET /api/v1/simulations/{id}/events", FIGURES);
        // officers, events, files
        endpoint("POST /api/v1/forces/{force}/posture/events", FORCE_OPERATIONS);
        endpoint("POST /api/v1/forces/{force}/events", FORCE_OPERATIONS);
        endpoint("GET /api/v1/forces/{force}/officers", FORCE_OPERATIONS);
        endpoint("GET /api/v1/forces/{force}/officers/{cipher}", FORCE_OPERATIONS);
        endpoint("POST /api/v1/forces/{force}/import", FORCE_OPERATIONS);
        endpoint("GET /api/v1/forces/{force}/export", FORCE_OPERATIONS);
        endpoint("POST /api/v1/forces/{force}/firearms-operations", FORCE_OPERATIONS);
        // escalation, decisions, forecast, what-if, plans
        endpoint("GET /api/v1/forces/{force}/escalation", COMMAND_AND_COORDINATOR);
        endpoint("GET /api/v1/forces/{force}/decisions", COMMAND_AND_COORDINATOR);
        endpoint("GET /api/v1/forces/{force}/forecast", COMMAND_AND_COORDINATOR);
        endpoint("POST /api/v1/forces/{force}/forecast", COMMAND_AND_COORDINATOR);
        endpoint("POST /api/v1/forces/{force}/what-if", COMMAND_AND_COORDINATOR);
        endpoint("GET /api/v1/forces/{force}/what-if", COMMAND_AND_COORDINATOR);
        endpoint("GET /api/v1/forces/{force}/what-if/{name}", COMMAND_AND_COORDINATOR);
        endpoint("GET /api/v1/forces/{force}/what-if/compare", COMMAND_AND_COORDINATOR);
        endpoint("POST /api/v1/forces/{force}/plans", COMMAND_AND_COORDINATOR);
        endpoint("GET /api/v1/forces/{force}/plans/{id}", COMMAND_AND_COORDINATOR);
        endpoint("GET /api/v1/forces/{force}/plans/{id}/events", COMMAND_AND_COORDINATOR);
        endpoint("GET /api/v1/forces/{force}/plans/{id}/explanation", COMMAND_AND_COORDINATOR);
        endpoint("POST /api/v1/forces/{force}/plans/{id}/stop", COMMAND_AND_COORDINATOR);
        // mutual aid
        endpoint("POST /api/v1/forces/{force}/mutual-aid/requests", OWN_COMMAND);
        endpoint("GET /api/v1/forces/{force}/mutual-aid/loans", OWN_COMMAND);
        endpoint("GET /api/v1/mutual-aid/requests", MUTUAL_AID);
        endpoint("GET /api/v1/mutual-aid/requests/{id}", MUTUAL_AID);
        endpoint("POST /api/v1/mutual-aid/requests/{id}/asks", COORDINATOR);
        endpoint("POST /api/v1/mutual-aid/requests/{id}/offers", MUTUAL_AID);
        endpoint("POST /api/v1/mutual-aid/requests/{id}/declines", MUTUAL_AID);
        endpoint("POST /api/v1/mutual-aid/requests/{id}/offers/{offerId}/officers", MUTUAL_AID);
        endpoint("POST /api/v1/mutual-aid/requests/{id}/offers/{offerId}/accept", MUTUAL_AID);
        endpoint("POST /api/v1/mutual-aid/requests/{id}/offers/{offerId}/refuse", MUTUAL_AID);
        endpoint("POST /api/v1/mutual-aid/requests/{id}/offers/{offerId}/deploy", MUTUAL_AID);
        endpoint("POST /api/v1/mutual-aid/requests/{id}/offers/{offerId}/stand-down", MUTUAL_AID);
        endpoint("POST /api/v1/mutual-aid/requests/{id}/close", MUTUAL_AID);
        endpoint("GET /api/v1/mutual-aid/cost-recovery", MUTUAL_AID);
        // the military contingency
        endpoint("GET /api/v1/forces/{force}/military", MILITARY_VIEW);
        endpoint("POST /api/v1/forces/{force}/military/events", MILITARY_STEPS);
        // situation reports and public statements
        endpoint("GET /api/v1/forces/{force}/sitrep", COMMAND_AND_COORDINATOR);
        endpoint("POST /api/v1/forces/{force}/sitreps", OWN_COMMAND);
        endpoint("GET /api/v1/forces/{force}/sitreps", ISSUED_SITREPS);
        endpoint("GET /api/v1/forces/{force}/sitreps/{number}", ISSUED_SITREPS);
        endpoint("POST /api/v1/forces/{force}/statements", PRESS_OFFICE);
        endpoint("GET /api/v1/forces/{force}/statements", STATEMENTS);
        endpoint("GET /api/v1/forces/{force}/statements/{number}", STATEMENTS);
        endpoint("POST /api/v1/forces/{force}/statements/{number}/edit", STATEMENTS);
        endpoint("POST /api/v1/forces/{force}/statements/{number}/approve", STATEMENTS);
        endpoint("POST /api/v1/forces/{force}/statements/{number}/publish", STATEMENTS);
        endpoint("POST /api/v1/forces/{force}/statements/{number}/withdraw", STATEMENTS);
        // the identity vault, the audit log, metrics
        endpoint("PUT /api/v1/identities/{force}/{cipher}", IDENTITY_ADMIN);
        endpoint("POST /api/v1/identities/{force}/{cipher}", IDENTITY_ADMIN);
        endpoint("POST /api/v1/identities/{force}", IDENTITY_ADMIN);
        endpoint("GET /api/v1/identities/{force}/{cipher}", IDENTITY_ADMIN);
        endpoint("GET /api/v1/identities/access-log", ADMIN_AND_GOLD);
        endpoint("GET /api/v1/audit", ADMIN_AND_GOLD);
        endpoint("GET /api/v1/audit/verification", ADMIN_AND_GOLD);
        endpoint("GET /actuator/prometheus", METRICS);
        // screens (each page works on the user's own force, or the force a national role chooses)
        endpoint("GET /home", LOGGED_IN);
        endpoint("GET /dashboard/picture", FIGURES);
        endpoint("GET /dashboard/chart", FIGURES);
        endpoint("GET /dashboard/map", FIGURES);
        endpoint("GET /live/{force}", FIGURES);
        endpoint("GET /officers", FORCE_OPERATIONS);
        endpoint("GET /officers/list", FORCE_OPERATIONS);
        endpoint("GET /officers/{cipher}", FORCE_OPERATIONS);
        endpoint("POST /officers/{cipher}/events", FORCE_OPERATIONS);
        endpoint("POST /officers/bulk", FORCE_OPERATIONS);
        endpoint("POST /officers/bulk/confirm", FORCE_OPERATIONS);
        endpoint("GET /officers/import", FORCE_OPERATIONS);
        endpoint("POST /officers/import/preview", FORCE_OPERATIONS);
        endpoint("POST /officers/import", FORCE_OPERATIONS);
        endpoint("GET /military", MILITARY_VIEW);
        endpoint("POST /military/steps", MILITARY_STEPS);
        endpoint("GET /mutual-aid", MUTUAL_AID);
        endpoint("GET /mutual-aid/cost-recovery.csv", MUTUAL_AID);
        endpoint("POST /mutual-aid/requests", OWN_COMMAND);
        endpoint("POST /mutual-aid/requests/{id}/asks", COORDINATOR);
        endpoint("POST /mutual-aid/requests/{id}/offers", MUTUAL_AID);
        endpoint("POST /mutual-aid/requests/{id}/declines", MUTUAL_AID);
        endpoint("POST /mutual-aid/requests/{id}/offers/{offerId}/officers", MUTUAL_AID);
        endpoint("POST /mutual-aid/requests/{id}/offers/{offerId}/accept", MUTUAL_AID);
        endpoint("POST /mutual-aid/requests/{id}/offers/{offerId}/refuse", MUTUAL_AID);
        endpoint("POST /mutual-aid/requests/{id}/offers/{offerId}/deploy", MUTUAL_AID);
        endpoint("POST /mutual-aid/requests/{id}/offers/{offerId}/stand-down", MUTUAL_AID);
        endpoint("POST /mutual-aid/requests/{id}/close", MUTUAL_AID);
        endpoint("GET /planner", COMMAND_AND_COORDINATOR);
        endpoint("POST /planner", COMMAND_AND_COORDINATOR);
        endpoint("GET /planner/{force}/{id}", COMMAND_AND_COORDINATOR);
        endpoint("GET /planner/{force}/{id}/events", COMMAND_AND_COORDINATOR);
        endpoint("POST /planner/{force}/{id}/stop", COMMAND_AND_COORDINATOR);
        endpoint("GET /simulation", SIMULATION_SCREEN);
        endpoint("POST /simulation", SIMULATION_SCREEN);
        endpoint("GET /simulation/run", SIMULATION_SCREEN);
        endpoint("GET /simulation/jobs/{id}/events", SIMULATION_SCREEN);
        endpoint("GET /reports", REPORTS_SCREEN);
        endpoint("GET /reports/sitrep", REPORTS_SCREEN);
        endpoint("GET /reports/sitrep/pdf", COMMAND_AND_COORDINATOR);
        endpoint("POST /reports/sitreps", OWN_COMMAND);
        endpoint("GET /reports/sitreps/{number}", ISSUED_SITREPS);
        endpoint("GET /reports/sitreps/{number}/pdf", ISSUED_SITREPS);
        endpoint("GET /reports/statements", STATEMENTS);
        endpoint("POST /reports/statements", PRESS_OFFICE);
        endpoint("GET /reports/statements/{number}", STATEMENTS);
        endpoint("POST /reports/statements/{number}/edit", STATEMENTS);
        endpoint("POST /reports/statements/{number}/approve", STATEMENTS);
        endpoint("POST /reports/statements/{number}/publish", STATEMENTS);
        endpoint("POST /reports/statements/{number}/withdraw", STATEMENTS);
        endpoint("GET /reports/claims", REPORTS_SCREEN);
        endpoint("POST /reports/claims", REPORTS_SCREEN);
        endpoint("GET /reports/statistics", REPORTS_SCREEN);
    }

    /** Query strings that keep a call cheap or aim it at a refusal by validation. */
    private static final Map<String, String> QUERIES = Map.of(
            "GET /api/v1/forces/{force}/capability/series", "?from=2023-09-24T00:00&to=2023-09-24T01:00&step=PT1H",
            "GET /api/v1/forces/{force}/forecast", "?horizonHours=900",
            "GET /api/v1/forces/{force}/what-if/compare", "?names=no-such-scenario",
            "GET /api/v1/forces/{force}/decisions", "?from=2023-09-20T00:00&to=2023-09-21T00:00",
            "GET /api/v1/statistics/firearms-operations", "?year=2022",
            "GET /dashboard/chart", "?force=MET&from=2023-09-24T00:00&to=2023-09-24T02:00",
            "GET /dashboard/map", "?at=2023-09-24T02:00");

    /** Bodies that validation refuses; any other write gets "{}". */
    private static final Map<String, String> BODIES = Map.of(
            "POST /api/v1/forces/{force}/events", "{\"events\": []}",
            "POST /api/v1/forces/{force}/posture/events", "{\"events\": []}",
            "POST /api/v1/forces/{force}/forecast", "{\"horizonHours\": 900}");

    record Caller(String username, Role role, String force) {
        boolean anonymous() {
            return username == null;
        }

        @Override
        public String toString() {
            return anonymous() ? "anonymous" : username + " (" + role + (force == null ? "" : " " + force) + ")";
        }
    }

    private static final List<Caller> CALLERS = List.of(
            new Caller("met.gold", Role.STRATEGIC_COMMANDER, "MET"), new Caller("met.commander", Role.COMMANDER, "MET"),
            new Caller("met.planner", Role.PLANNER, "MET"), new Caller("met.supervisor", Role.SUPERVISOR, "MET"),
            new Caller("met.press", Role.PRESS_OFFICE, "MET"),
            new Caller("kent.gold", Role.STRATEGIC_COMMANDER, "KENT"), new Caller("kent.commander", Role.COMMANDER, "KENT"),
            new Caller("kent.planner", Role.PLANNER, "KENT"), new Caller("kent.supervisor", Role.SUPERVISOR, "KENT"),
            new Caller("kent.press", Role.PRESS_OFFICE, "KENT"),
            new Caller("npocc.coordinator", Role.NATIONAL_COORDINATOR, null),
            new Caller("mod.liaison", Role.MILITARY_LIAISON, null), new Caller("identity.admin", Role.IDENTITY_ADMIN, null),
            new Caller("metrics.scraper", Role.METRICS, null),
            new Caller(null, null, null));

    /** The demo logins cover one role each; these complete the MET and Kent columns, with the demo password. */
    @DynamicPropertySource
    static void moreUsers(DynamicPropertyRegistry registry) {
        ConfiguredUsers.register(registry, "demo", List.of("met.commander:COMMANDER:MET",
                "kent.gold:STRATEGIC_COMMANDER:KENT", "kent.planner:PLANNER:KENT", "kent.supervisor:SUPERVISOR:KENT",
                "kent.press:PRESS_OFFICE:KENT"));
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    OfficerRegistry officers;

    /** Every "METHOD pattern" some controller or actuator endpoint serves. */
    private Set<String> servedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + pattern);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyEndpointTheApplicationServesIsInTheTable() {
        Set<String> missing = new TreeSet<>(servedEndpoints());
        missing.removeAll(TABLE.keySet());
        assertThat(missing).as("endpoints with no line in AccessMatrixTest's table: add a line saying who may call each")
                .isEmpty();
        Set<String> gone = new TreeSet<>(TABLE.keySet());
        gone.removeAll(servedEndpoints());
        assertThat(gone).as("lines of the table that no endpoint serves any more: remove them").isEmpty();
    }

    @Test
    void everyRoleOfEveryForceGetsExactlyWhatTheTableAllowsOnEveryEndpoint() {
        Map<Caller, HttpProbe> sessions = new LinkedHashMap<>();
        Map<Caller, String> csrf = new LinkedHashMap<>();
        for (Caller caller : CALLERS) {
            HttpProbe browser = HttpProbe.browser(port);
            if (!caller.anonymous()) {
                assertThat(browser.logIn(caller.username(), "demo").header("Location")).as(caller.toString())
                        .doesNotContain("error");
            }
            sessions.put(caller, browser);
            csrf.put(caller, browser.csrfToken());
        }
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String endpoint : servedEndpoints()) {
            Rule rule = TABLE.get(endpoint);
            if (rule == null) {
                continue;
            }
            for (Caller caller : CALLERS) {
                for (String force : forcesFor(caller, endpoint)) {
                    Reply reply = call(sessions.get(caller), csrf.get(caller), endpoint, force);
                    calls++;
                    boolean allowed = rule.allows(caller, force);
                    int status = reply.status();
                    boolean right = allowed ? status != 401 && status != 403 && status < 500
                            : status == (caller.anonymous() ? 401 : 403);
                    if (!right) {
                        wrong.add(endpoint + (force == null ? "" : " [" + force + "]") + " by " + caller + ": expected "
                                + (allowed ? "allowed" : "denied") + " by " + rule + ", got " + status + " "
                                + abbreviate(reply.body()));
                    }
                }
            }
        }
        assertThat(wrong).as("of " + calls + " calls").isEmpty();
        assertThat(calls).isGreaterThan(TABLE.size() * CALLERS.size());
    }

    /** A force-scoped endpoint is called on the caller's own force and on another; the national roles get both. */
    private static List<String> forcesFor(Caller caller, String endpoint) {
        if (!endpoint.contains("{force}")) {
            return java.util.Collections.singletonList(null);
        }
        if (caller.force() == null) {
            return List.of("MET", "KENT");
        }
        return List.of(caller.force(), caller.force().equals("MET") ? "KENT" : "MET");
    }

    private Reply call(HttpProbe browser, String csrfToken, String endpoint, String force) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        String path = pattern.replace("{force}", force == null ? "MET" : force)
                .replace("{cipher}", force == null ? "NONE" : cipherOf(force))
                .replace("{id}", "999999").replace("{offerId}", "999999").replace("{number}", "999999").replace("{name}", "no-such-scenario")
                .replace("/**", "/liveness") + QUERIES.getOrDefault(endpoint, "");
        HttpRequest.Builder request = browser.request(path).header("Accept", "*/*");
        return switch (method) {
            case "GET", "ANY" -> browser.send(request.GET());
            case "DELETE" -> browser.send(request.header("X-CSRF-TOKEN", csrfToken).DELETE());
            default -> browser.send(request.header("X-CSRF-TOKEN", csrfToken).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(BODIES.getOrDefault(endpoint, "{}"))));
        };
    }

    private final Map<String, String> ciphers = new LinkedHashMap<>();

    private String cipherOf(String force) {
        return ciphers.computeIfAbsent(force, f -> officers.officers(ForceCode.of(f)).getFirst().cipher().value());
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }
}
