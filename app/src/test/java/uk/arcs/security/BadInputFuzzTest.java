package uk.arcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import uk.arcs.security.HttpProbe.Reply;

/**
 * Generated bad requests against every API endpoint the application serves (taken from its own mappings, so a new
 * endpoint is fuzzed too) and every page that takes input: broken and mistyped JSON, empty, huge and deeply nested
 * bodies, bytes that are not UTF-8, wrong content types, malformed CSV, invalid forces, ciphers, ids and instants.
 * None may be answered with a server error, no write may succeed, an API answer is a problem+json 4xx that shows no
 * internals, and afterwards every table holds what it held before, apart from the audit log's record of each refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"arcs.demo=true",
        "spring.datasource.url=jdbc:h2:mem:arcs-fuzz;DB_CLOSE_DELAY=-1"})
class BadInputFuzzTest {

    private static final int REQUESTS = 10_000;
    private static final long SEED = 20230924L;

    /** Each endpoint is fuzzed as a user allowed to call it, so the bad input reaches the code that reads it. */
    private static final List<String> CALLERS = List.of("met.gold", "met.press", "npocc.coordinator", "mod.liaison",
            "identity.admin", "metrics.scraper");

    private static final List<String> BAD_FORCES = List.of("M3T", "met!", "NO_SUCH_FORCE", "%00", "..%2F..",
            "A".repeat(300), "%C3%28", "%E2%80%AE", "'%20OR%201=1");
    private static final List<String> BAD_CIPHERS = List.of("NX", "%20", "NX121%00", "..%2Fetc", "%3Cscript%3E",
            "9".repeat(200), "%C0%AF", "NX121';drop");
    private static final List<String> BAD_IDS = List.of("abc", "-1", "99999999999999999999999", "1.5", "%00", "0x10",
            "NaN");
    private static final List<String> BAD_INSTANTS = List.of("yesterday", "2023-13-45T99:00", "2023-09-24T02:00+25:00",
            "", "%00", "9999999999-01-01T00:00", "2023-09-24T02:00Zjunk", "1e9", "2023-02-30T00:00");
    private static final List<String> PARAMETERS = List.of("at", "knownAt", "from", "to", "step", "year", "status",
            "accreditation", "limit", "force", "cipher", "horizonHours", "names", "cars", "format");
    private static final List<String> BAD_VALUES = List.of("-1", "abc", "PT0S", "P-1D", "99999999999", "%FF%FE",
            "NOT_A_STATUS", "1e400", "%00", "x".repeat(5000), "2023-09-24T02:00/2023-09-23T02:00");

    private static final List<String> BAD_JSON = List.of("{", "[", "}", "nul", "{\"events\": [", "{\"a\":}",
            "{'single': 'quotes'}", "{\"events\": \"not a list\"}", "{\"events\": [1, 2, 3]}",
            "{\"events\": [{\"cipher\": 121, \"type\": [], \"occurredAt\": \"yesterday\", \"reason\": {}}]}",
            "{\"events\": [{\"cipher\": \"NX\", \"type\": \"FLY_AWAY\", \"occurredAt\": \"2023-13-01T00:00\"}]}",
            "{\"text\": 42, \"at\": true}", "{\"text\": \"\", \"at\": \"never\"}", "{\"horizonHours\": \"many\"}",
            "{\"horizonHours\": -5}", "{\"cars\": -3}", "{\"cars\": 1e308}", "{\"name\": null, \"warrantNumber\": 7}",
            "\"just a string\"", "12345", "true", "[]", "{\"\\ud800\": \"lone surrogate\"}",
            "{\"a\": \"\u0000\"}", "\uFEFF{\"bom\": true", "{\"requested\": {\"ARV\": \"lots\"}}",
            "{\"from\": \"2023-09-25T00:00\", \"to\": \"2023-09-24T00:00\"}", "{\"officers\": [\"' OR 1=1 --\"]}",
            // Last, as a JSON null stands for "no body" where a body is optional.
            "null");

    private static final List<String> BAD_CSV = List.of("cipher,type,occurredAt,reason\nNX121,STEP_BACK,yesterday,x\n",
            "cipher;type\n\"unterminated,quote\n", "\u0000\u0001\u0002", "a,b,c\n1,2\n3,4,5,6\n",
            "cipher,accreditation,validUntil\n" + "NX1,WIZARD,2023-02-30\n".repeat(50), "");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private final UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);

    @Test
    void tenThousandBadRequestsAreAllRefusedWithClearErrorsAndRecordNothing() {
        Map<String, Long> before = rowCounts();
        long auditBefore = jdbc.sql("select coalesce(max(seq), 0) from audit_record").query(Long.class).single();

        HttpProbe api = HttpProbe.stateless(port);
        Map<String, String> basic = new LinkedHashMap<>();
        CALLERS.forEach(user -> basic.put(user, HttpProbe.basic(user, "demo")));
        Map<String, HttpProbe> pages = new LinkedHashMap<>();
        Map<String, String> csrf = new LinkedHashMap<>();
        for (String user : CALLERS) {
            HttpProbe browser = HttpProbe.browser(port);
            browser.logIn(user, "demo");
            pages.put(user, browser);
            csrf.put(user, browser.csrfToken());
        }

        List<Endpoint> endpoints = fuzzedEndpoints();
        Map<Endpoint, String> callerOf = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            callerOf.put(endpoint, firstAllowedCaller(endpoint, api, basic, pages, csrf));
        }

        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int reachedTheirCode = 0;
        for (int i = 0; i < REQUESTS; i++) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            String user = callerOf.get(endpoint);
            BadRequest bad = badRequestFor(endpoint);
            Reply reply = endpoint.api()
                    ? api.send(bad.build(api.request(bad.path())).header("Authorization", basic.get(user)))
                    : pages.get(user).send(bad.build(pages.get(user).request(bad.path()))
                            .header("X-CSRF-TOKEN", csrf.get(user)));
            statuses.merge(reply.status(), 1, Integer::sum);
            if (reply.status() != 401 && reply.status() != 403) {
                reachedTheirCode++;
            }
            String problem = judge(endpoint, reply);
            if (problem != null && wrong.size() < 40) {
                wrong.add(bad.describe() + ": " + problem);
            }
        }

        assertThat(wrong).as("answers by status " + statuses).isEmpty();
        assertThat(reachedTheirCode).as("bad requests that got past login to the code that reads them")
                .isGreaterThan(REQUESTS * 3 / 4);
        assertThat(rowCounts()).as("rows per table after the fuzzing, the audit log aside").isEqualTo(before);
        List<String> auditOutcomes = jdbc.sql("select distinct outcome from audit_record where seq > ?")
                .param(auditBefore).query(String.class).list();
        assertThat(auditOutcomes).as("what the audit log recorded of the fuzzing")
                .allSatisfy(outcome -> assertThat(outcome).startsWith("REFUSED 4"));
    }

    /** Null when the answer is right for bad input; otherwise what is wrong with it. */
    private static String judge(Endpoint endpoint, Reply reply) {
        int status = reply.status();
        String body = reply.body() == null ? "" : reply.body();
        if (status >= 500) {
            return "server error " + status + " " + abbreviate(body);
        }
        for (String leak : List.of("Exception", "at uk.arcs.", "org.springframework", "java.lang", "jdbc:", "SQLState",
                "org.h2.", "org.postgresql", "Caused by", "vault-secret")) {
            if (body.contains(leak)) {
                int at = body.indexOf(leak);
                return "answer shows internals (" + leak + "): ..."
                        + abbreviate(body.substring(Math.max(0, at - 150), Math.min(body.length(), at + 150)));
            }
        }
        if (endpoint.write() && status < 400) {
            return "a bad write was accepted with " + status + " " + abbreviate(body);
        }
        if (endpoint.api() && status >= 400 && !reply.isProblem()) {
            return status + " without a problem+json body: " + reply.header("Content-Type") + " " + abbreviate(body);
        }
        return null;
    }

    /** bodyOptional: a write that may be sent without a body (an empty one then means "the defaults"). */
    record Endpoint(String method, String pattern, boolean bodyOptional) {
        boolean api() {
            return pattern.startsWith("/api/");
        }

        boolean write() {
            return !method.equals("GET");
        }
    }

    record BadRequest(Endpoint endpoint, String path, String contentType, byte[] body, String what) {
        HttpRequest.Builder build(HttpRequest.Builder request) {
            request.header("Accept", "application/json, application/problem+json, text/html");
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            return endpoint.method().equals("GET") ? request.GET()
                    : request.method(endpoint.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
        }

        String describe() {
            return endpoint.method() + " " + path + " (" + what + ")";
        }
    }

    private BadRequest badRequestFor(Endpoint endpoint) {
        boolean breakThePath = !endpoint.write() || random.nextInt(4) == 0;
        String path = fill(endpoint.pattern(), breakThePath);
        String what = breakThePath ? "bad path or query" : "bad body";
        if (!endpoint.write()) {
            return new BadRequest(endpoint, path + badQuery(), null, null, what);
        }
        if (breakThePath && random.nextBoolean()) {
            path += badQuery();
        }
        int kind = random.nextInt(12);
        if (endpoint.bodyOptional() && !breakThePath && kind < 2) {
            kind = 9;
        }
        return switch (kind) {
            case 0 -> new BadRequest(endpoint, path, "application/json", null, what + ", no body");
            case 1 -> new BadRequest(endpoint, path, "application/json", new byte[0], what + ", empty body");
            case 2 -> new BadRequest(endpoint, path, "application/json; charset=UTF-8",
                    new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'},
                    what + ", not UTF-8");
            case 3 -> new BadRequest(endpoint, path, "application/json",
                    ("[".repeat(20_000) + "]".repeat(20_000)).getBytes(StandardCharsets.US_ASCII), what + ", deep nesting");
            case 4 -> new BadRequest(endpoint, path, random.nextBoolean() ? "text/plain" : "application/xml",
                    "<events/>".getBytes(StandardCharsets.UTF_8), what + ", wrong content type");
            case 5 -> new BadRequest(endpoint, path, "text/csv",
                    pick(BAD_CSV).getBytes(StandardCharsets.UTF_8), what + ", malformed CSV");
            case 6 -> new BadRequest(endpoint, path, "application/json; charset=klingon",
                    "{}".getBytes(StandardCharsets.UTF_8), what + ", unknown charset");
            case 7 -> new BadRequest(endpoint, path, "application/x-www-form-urlencoded",
                    ("at=" + pick(BAD_INSTANTS) + "&cars=-4&cipher=" + pick(BAD_CIPHERS) + "&reason=")
                            .getBytes(StandardCharsets.UTF_8), what + ", bad form");
            case 8 -> random.nextInt(20) == 0
                    ? new BadRequest(endpoint, path, "application/json",
                            ("{\"text\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8),
                            what + ", 3 MB body")
                    : new BadRequest(endpoint, path, "application/json",
                            badJson(endpoint).getBytes(StandardCharsets.UTF_8), what + ", broken JSON");
            default -> new BadRequest(endpoint, path, "application/json",
                    badJson(endpoint).getBytes(StandardCharsets.UTF_8), what + ", broken or mistyped JSON");
        };
    }

    /** Broken or mistyped JSON; never a bare null where the body is optional, since that stands for "no body". */
    private String badJson(Endpoint endpoint) {
        return endpoint.bodyOptional() ? pick(BAD_JSON.subList(0, BAD_JSON.size() - 1)) : pick(BAD_JSON);
    }

    /** The pattern with its variables filled: valid ones (MET, a known cipher) unless the path is to be broken. */
    private String fill(String pattern, boolean breakIt) {
        String path = pattern.replace("/**", "/liveness");
        boolean broken = false;
        while (path.contains("{")) {
            int start = path.indexOf('{');
            String name = path.substring(start + 1, path.indexOf('}', start));
            boolean breakThis = breakIt && (!broken || random.nextBoolean());
            String value = switch (name) {
                case "force" -> breakThis ? pick(BAD_FORCES) : "MET";
                case "cipher" -> breakThis ? pick(BAD_CIPHERS) : "NX121";
                case "name" -> breakThis ? "..%2F..%2Fetc%2Fpasswd" : "no-such-scenario";
                default -> breakThis ? pick(BAD_IDS) : "999999";
            };
            broken |= breakThis;
            path = path.substring(0, start) + value + path.substring(path.indexOf('}', start) + 1);
        }
        return path;
    }

    private String badQuery() {
        StringBuilder query = new StringBuilder("?");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String parameter = pick(PARAMETERS);
            String value = Set.of("at", "knownAt", "from", "to").contains(parameter) ? pick(BAD_INSTANTS)
                    : pick(BAD_VALUES);
            query.append(i == 0 ? "" : "&").append(parameter).append('=').append(value);
        }
        return query.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Every API endpoint, every method; of the pages, those that take input (writes and parameterised reads). */
    private List<Endpoint> fuzzedEndpoints() {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = handler.getKey();
                boolean bodyOptional = Arrays.stream(handler.getValue().getMethodParameters())
                        .map(parameter -> parameter.getParameterAnnotation(RequestBody.class))
                        .noneMatch(body -> body != null && body.required());
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    boolean api = pattern.startsWith("/api/");
                    boolean takesInput = api || pattern.contains("{") || !methods.contains(RequestMethod.GET);
                    if (!takesInput || pattern.startsWith("/actuator") || pattern.equals("/login")
                            || pattern.equals("/logout") || pattern.startsWith("/error")) {
                        continue;
                    }
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        if (seen.add(method.name() + " " + pattern)) {
                            endpoints.add(new Endpoint(method.name(), pattern, bodyOptional));
                        }
                    }
                }
            }
        }
        assertThat(endpoints).as("endpoints to fuzz").hasSizeGreaterThan(60);
        return endpoints;
    }

    private String firstAllowedCaller(Endpoint endpoint, HttpProbe api, Map<String, String> basic,
                                      Map<String, HttpProbe> pages, Map<String, String> csrf) {
        String path = fill(endpoint.pattern(), false);
        for (String user : CALLERS) {
            HttpRequest.Builder request = (endpoint.api() ? api : pages.get(user)).request(path)
                    .header("Content-Type", "application/json");
            request = endpoint.api() ? request.header("Authorization", basic.get(user))
                    : request.header("X-CSRF-TOKEN", csrf.get(user));
            request = endpoint.write() ? request.method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{"))
                    : request.GET();
            Reply reply = (endpoint.api() ? api : pages.get(user)).send(request);
            if (reply.status() != 401 && reply.status() != 403) {
                return user;
            }
        }
        return CALLERS.getFirst();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'PUBLIC' "
                + "and table_type = 'BASE TABLE'").query(String.class).list()) {
            if (!table.equalsIgnoreCase("audit_record")) {
                counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
            }
        }
        assertThat(counts).as("tables counted").containsKey("OFFICER_EVENT");
        return counts;
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
