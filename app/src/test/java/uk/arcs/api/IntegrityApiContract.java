package uk.arcs.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Integrity over HTTP, run by the API contract on H2 and on PostgreSQL: the audit log of API writes, idempotency
 * keys, and optimistic concurrency on mutual aid requests and the military contingency.
 */
interface IntegrityApiContract {

    ApiContract.Reply send(String method, String path, String user, String json, Map<String, String> headers);

    /** The cipher of the n-th officer of a unit. */
    String officer(String force, String unit, int n);

    Instant now();

    private ApiContract.Reply post(String path, String user, String json, Map<String, String> headers) {
        return send("POST", path, user, json, headers);
    }

    private ApiContract.Reply get(String path, String user) {
        return send("GET", path, user, null, Map.of());
    }

    private int history(String cipher) {
        ApiContract.Reply reply = get("/api/v1/forces/MET/officers/" + cipher, "met.supervisor");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("history").size();
    }

    private String accreditation(String cipher) {
        return """
                {"events": [{"cipher": "%s", "type": "ACCREDITED", "occurredAt": "%s", "reason": "requalified",
                             "accreditation": "PROTECTION_AFO", "validUntil": "2031-01-01"}]}"""
                .formatted(cipher, now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS));
    }

    private JsonNode auditSince(Instant from, String user) {
        ApiContract.Reply reply = get("/api/v1/audit?from=" + from, user);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("records");
    }

    // ---------------------------------------------------------------- the audit log

    @Test
    default void apiWritesAreAuditedWithWhoWhenAndWhereAndRefusalsToo() {
        Instant before = now().minusSeconds(1);
        String cipher = officer("MET", "PADP", 300);
        ApiContract.Reply recorded = post("/api/v1/forces/MET/events", "met.supervisor", accreditation(cipher),
                Map.of("X-Forwarded-For", "203.0.113.9"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        ApiContract.Reply refused = post("/api/v1/forces/MET/events", "met.supervisor", """
                {"events": [{"cipher": "ZZ9999", "type": "STEPPED_BACK", "occurredAt": "%s", "reason": "x"}]}"""
                .formatted(now().minusSeconds(30)), Map.of());
        assertThat(refused.status()).isEqualTo(422);

        JsonNode records = auditSince(before, "identity.admin");
        JsonNode write = records.valueStream().filter(r -> r.get("outcome").asString().equals("RECORDED")
                && r.get("path").asString().equals("/api/v1/forces/MET/events")).reduce((a, b) -> b).orElseThrow();
        assertThat(write.get("username").asString()).isEqualTo("met.supervisor");
        assertThat(write.get("role").asString()).isEqualTo("SUPERVISOR");
        assertThat(write.get("force").asString()).isEqualTo("MET");
        assertThat(write.get("method").asString()).isEqualTo("POST");
        assertThat(write.get("client").asString()).as("X-Forwarded-For is not trusted unless configured")
                .isEqualTo("127.0.0.1");
        assertThat(write.get("summary").asString()).isEqualTo("1 officer events recorded for MET");
        assertThat(Instant.parse(write.get("recordedAt").asString())).isAfterOrEqualTo(before);
        assertThat(write.get("hash").asString()).hasSize(64);
        JsonNode refusal = records.valueStream().filter(r -> r.get("outcome").asString().equals("REFUSED 422"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(refusal.get("summary").asString())
                .isEqualTo("POST /api/v1/forces/MET/events was answered 422; nothing was recorded");
        assertThat(records.toString()).doesNotContain(cipher);

        JsonNode verification = get("/api/v1/audit/verification", "identity.admin").json();
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("records").asLong()).isGreaterThanOrEqualTo(write.get("sequence").asLong());
    }

    @Test
    default void strategicCommanderReadsTheAuditOfTheirOwnForceOnly() {
        Instant before = now().minusSeconds(1);
        assertThat(post("/api/v1/forces/MET/events", "met.supervisor", accreditation(officer("MET", "PADP", 301)),
                Map.of()).status()).isEqualTo(201);
        JsonNode records = auditSince(before, "met.gold");
        assertThat(records.size()).isPositive();
        assertThat(records.valueStream().map(r -> r.get("force").asString())).containsOnly("MET");
        assertThat(get("/api/v1/audit", "kent.commander").status()).isEqualTo(403);
        assertThat(get("/api/v1/audit", "met.supervisor").status()).isEqualTo(403);
        assertThat(get("/api/v1/audit/verification", "met.press").status()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- idempotency keys

    @Test
    default void retriedOfficerEventsRecordOnceAndAnswerAsTheFirstTime() {
        Instant before = now().minusSeconds(1);
        String cipher = officer("MET", "PADP", 302);
        int events = history(cipher);
        String body = accreditation(cipher);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        ApiContract.Reply first = post("/api/v1/forces/MET/events", "met.supervisor", body, key);
        long recordedAfterFirst = recordedBySupervisor(before);
        ApiContract.Reply retry = post("/api/v1/forces/MET/events", "met.supervisor", body, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(history(cipher)).isEqualTo(events + 1);
        assertThat(recordedAfterFirst).as("the first call is audited").isPositive();
        assertThat(recordedBySupervisor(before)).as("the replayed retry is not audited as a second write")
                .isEqualTo(recordedAfterFirst);

        int otherOfficer = history(officer("MET", "PADP", 303));
        ApiContract.Reply otherBody = post("/api/v1/forces/MET/events", "met.supervisor",
                accreditation(officer("MET", "PADP", 303)), key);
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.contentType()).startsWith("application/problem+json");
        assertThat(otherBody.json().get("detail").asString()).contains("first used for a different request");
        assertThat(history(officer("MET", "PADP", 303))).isEqualTo(otherOfficer);
        ApiContract.Reply otherUser = post("/api/v1/forces/MET/events", "met.planner", body, key);
        assertThat(otherUser.status()).as("a key belongs to its user").isEqualTo(201);
        assertThat(history(cipher)).isEqualTo(events + 2);
    }

    /** Other tests of the class write too, so this counts rather than expects a single record. */
    private long recordedBySupervisor(Instant since) {
        return auditSince(since, "identity.admin").valueStream()
                .filter(r -> r.get("outcome").asString().equals("RECORDED")
                        && r.get("summary").asString().equals("1 officer events recorded for MET")
                        && r.get("username").asString().equals("met.supervisor"))
                .count();
    }

    @Test
    default void withoutAKeyARetryRecordsAgainAsBefore() {
        String cipher = officer("MET", "PADP", 304);
        int events = history(cipher);
        String body = accreditation(cipher);
        assertThat(post("/api/v1/forces/MET/events", "met.supervisor", body, Map.of()).status()).isEqualTo(201);
        assertThat(post("/api/v1/forces/MET/events", "met.supervisor", body, Map.of()).status()).isEqualTo(201);
        assertThat(history(cipher)).isEqualTo(events + 2);
    }

    @Test
    default void badKeyIsRefusedAndNothingIsRecorded() {
        String cipher = officer("MET", "PADP", 305);
        int events = history(cipher);
        ApiContract.Reply reply = post("/api/v1/forces/MET/events", "met.supervisor", accreditation(cipher),
                Map.of("Idempotency-Key", "x".repeat(201)));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(history(cipher)).isEqualTo(events);
    }

    private long newMetRequest() {
        Instant from = now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        ApiContract.Reply made = post("/api/v1/forces/MET/mutual-aid/requests", "met.gold", """
                {"accreditation": "ARV", "officers": 6, "from": "%s", "until": "%s", "reason": "integrity test"}"""
                .formatted(from, from.plus(2, ChronoUnit.DAYS)), Map.of());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.headers().firstValue("ETag")).hasValue("\"1\"");
        return made.json().get("id").asLong();
    }

    @Test
    default void retriedMutualAidStepRecordsOnceAndAnswersAsTheFirstTime() {
        long request = newMetRequest();
        String ask = "{\"donors\": [\"HAMPSHIRE\"], \"rationale\": \"nearest force with ARV officers\"}";
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        ApiContract.Reply first = post("/api/v1/mutual-aid/requests/" + request + "/asks", "npocc.coordinator", ask, key);
        ApiContract.Reply retry = post("/api/v1/mutual-aid/requests/" + request + "/asks", "npocc.coordinator", ask, key);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(get("/api/v1/mutual-aid/requests/" + request, "met.gold").headers().firstValue("ETag"))
                .as("one ASKED step was recorded").hasValue("\"2\"");
    }

    // ---------------------------------------------------------------- optimistic concurrency

    @Test
    default void secondCommanderActingOnTheSameVersionIsRefusedWith412AndNothingIsRecorded() {
        long request = newMetRequest();
        String base = "/api/v1/mutual-aid/requests/" + request;
        assertThat(post(base + "/asks", "npocc.coordinator", "{\"donors\": [\"KENT\"], \"rationale\": \"r\"}", Map.of())
                .status()).isEqualTo(200);
        ApiContract.Reply offered = post(base + "/offers", "kent.commander", "{\"officers\": 4, \"rationale\": \"four\"}",
                Map.of("If-Match", "\"2\""));
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        long offer = offered.json().get("offers").get(0).get("id").asLong();
        String seen = get(base, "met.gold").headers().firstValue("ETag").orElseThrow();
        assertThat(seen).isEqualTo("\"3\"");

        ApiContract.Reply accepted = post(base + "/offers/" + offer + "/accept", "met.gold",
                "{\"rationale\": \"we need them\"}", Map.of("If-Match", seen));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.headers().firstValue("ETag")).hasValue("\"4\"");
        ApiContract.Reply refused = post(base + "/offers/" + offer + "/refuse", "met.planner",
                "{\"rationale\": \"we can cover it\"}", Map.of("If-Match", seen));
        assertThat(refused.status()).as(refused.body()).isEqualTo(412);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("currentVersion").asLong()).isEqualTo(4);
        JsonNode now = get(base, "met.gold").json();
        assertThat(now.get("offers").get(0).get("stage").asString()).isEqualTo("ACCEPTED");
        assertThat(get(base, "met.gold").headers().firstValue("ETag")).hasValue("\"4\"");

        ApiContract.Reply withoutIfMatch = post(base + "/close", "met.planner", "{\"rationale\": \"done\"}", Map.of());
        assertThat(withoutIfMatch.status()).as("no If-Match keeps the old behaviour").isEqualTo(200);
        assertThat(post(base + "/close", "met.gold", "{\"rationale\": \"x\"}", Map.of("If-Match", "W/\"5\"")).status())
                .as("a weak tag never matches").isEqualTo(412);
    }

    @Test
    default void staleMilitaryStepIsRefusedWith412BeforeAnyRule() {
        ApiContract.Reply state = get("/api/v1/forces/MET/military", "met.gold");
        String version = state.headers().firstValue("ETag").orElseThrow();
        long steps = state.json().get("events").size();
        assertThat(version).isEqualTo("\"" + steps + "\"");
        // Activation is only ever from standby, and the replay left the contingency stood down: a rule refuses it.
        String request = "{\"type\": \"ACTIVATED\", \"incident\": \"integrity test\", \"reason\": \"integrity test\"}";
        ApiContract.Reply stale = post("/api/v1/forces/MET/military/events", "met.gold", request,
                Map.of("If-Match", "\"" + (steps - 1) + "\""));
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        ApiContract.Reply current = post("/api/v1/forces/MET/military/events", "met.gold", request,
                Map.of("If-Match", version));
        assertThat(current.status()).as("at the current version the rules decide").isEqualTo(409);
        assertThat(get("/api/v1/forces/MET/military?at=2023-09-24T12:00", "met.gold").headers().firstValue("ETag"))
                .as("a past instant carries no version to act on").isEmpty();
        assertThat(get("/api/v1/forces/MET/military", "met.gold").json().get("events").size()).isEqualTo(steps);
    }
}
