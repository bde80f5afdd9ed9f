package uk.arcs.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import uk.arcs.TestHttp;
import uk.arcs.TestHttp.Reply;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.OfficerRegistry;

/**
 * The identity vault over HTTP on the demo server (its demo key and invented identities). Subclasses run it on H2
 * and PostgreSQL. Each test uses its own officers; names are invented and distinctive, so that finding one in a
 * log line, a response or an export is a leak and nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "arcs.demo=true")
abstract class IdentityApiContract {

    static final String ADMIN = "identity.admin";
    static final String REASON = "reason=Professional%20Standards%20referral%202026-118";
    static final List<String> OTHER_USERS = List.of("met.gold", "met.planner", "met.supervisor", "met.press",
            "kent.commander", "npocc.coordinator", "mod.liaison", "metrics.scraper");

    @LocalServerPort
    int port;

    @Autowired
    OfficerRegistry officers;
    @Autowired
    JdbcTemplate jdbc;

    TestHttp http() {
        return new TestHttp(port);
    }

    /** The n-th officer of a MET unit: each test takes its own. */
    String cipher(String unit, int n) {
        return officers.officers(ForceCode.of("MET")).stream().filter(o -> o.unit().equals(unit)).skip(n).findFirst()
                .orElseThrow().cipher().value();
    }

    static String identity(String name, String warrant) {
        return "{\"name\": \"" + name + "\", \"warrantNumber\": \"" + warrant + "\"}";
    }

    int versionOf(String cipher) {
        Integer version = jdbc.queryForObject("select max(version) from identity_version where force_code = 'MET' "
                + "and cipher = ?", Integer.class, cipher);
        return version == null ? 0 : version;
    }

    int accessEntries() {
        return jdbc.queryForObject("select count(*) from identity_access", Integer.class);
    }

    @Test
    void administratorSealsANewVersionAndReadsItBackWithAReason() {
        String cipher = cipher("RASP", 3);
        int before = versionOf(cipher);
        Reply sealed = http().put("/api/v1/identities/MET/" + cipher, ADMIN, identity("Orlavie Thrummcastle", "MP-88231"));
        assertThat(sealed.status()).as(sealed.body()).isEqualTo(201);
        assertThat(sealed.json().get("version").asInt()).isEqualTo(before + 1);
        assertThat(sealed.json().get("recordedBy").asString()).isEqualTo(ADMIN);
        assertThat(sealed.body()).doesNotContain("Orlavie").doesNotContain("MP-88231");

        Reply again = http().post("/api/v1/identities/MET/" + cipher, ADMIN, identity("Orlavie Thrummcastle", "MP-88231"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("changed").asBoolean()).isFalse();
        assertThat(versionOf(cipher)).isEqualTo(before + 1);

        Reply read = http().get("/api/v1/identities/MET/" + cipher + "?" + REASON, ADMIN);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("Orlavie Thrummcastle");
        assertThat(read.json().get("warrantNumber").asString()).isEqualTo("MP-88231");
        assertThat(read.json().get("version").asInt()).isEqualTo(before + 1);
        assertThat(read.json().get("history")).hasSize(before + 1);
        assertThat(read.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void readWithoutAReasonIsABadRequestAndDisclosesNothing() {
        String cipher = cipher("RASP", 4);
        int logged = accessEntries();
        for (String query : List.of("", "?reason=", "?reason=because")) {
            Reply refused = http().get("/api/v1/identities/MET/" + cipher + query, ADMIN);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString()).startsWith("reason: say why you need");
            assertThat(refused.json().has("name")).isFalse();
        }
        assertThat(accessEntries()).isEqualTo(logged);
    }

    @Test
    void everyReadIsInTheAccessLogWhichCommandersOfThatForceMayReadWithoutNames() {
        String cipher = cipher("RASP", 5);
        http().put("/api/v1/identities/MET/" + cipher, ADMIN, identity("Brisk Vantollemay", "MP-10443"));
        for (int i = 0; i < 3; i++) {
            assertThat(http().get("/api/v1/identities/MET/" + cipher + "?reason=court%20order%20CO-2026-" + i, ADMIN)
                    .status()).isEqualTo(200);
        }
        Reply log = http().get("/api/v1/identities/access-log?force=MET&cipher=" + cipher, ADMIN);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        List<String> reasons = new ArrayList<>();
        for (JsonNode entry : log.json()) {
            reasons.add(entry.get("reason").asString());
            assertThat(entry.get("accessedBy").asString()).isEqualTo(ADMIN);
            assertThat(entry.get("role").asString()).isEqualTo("IDENTITY_ADMIN");
            assertThat(entry.get("outcome").asString()).isEqualTo("DISCLOSED");
            assertThat(entry.get("accessedAt").asString()).isNotBlank();
        }
        assertThat(reasons).containsExactly("court order CO-2026-2", "court order CO-2026-1", "court order CO-2026-0");
        assertThat(log.body()).doesNotContain("Vantollemay").doesNotContain("MP-10443");

        Reply gold = http().get("/api/v1/identities/access-log?force=MET&cipher=" + cipher, "met.gold");
        assertThat(gold.status()).isEqualTo(200);
        assertThat(gold.json()).hasSize(3);
        assertThat(gold.body()).doesNotContain("Vantollemay");
        assertThat(http().get("/api/v1/identities/access-log?force=KENT", "met.gold").status()).isEqualTo(403);
        Reply ownByDefault = http().get("/api/v1/identities/access-log?cipher=" + cipher, "met.gold");
        assertThat(ownByDefault.status()).isEqualTo(200);
        assertThat(ownByDefault.json()).hasSize(3);
        assertThat(http().get("/api/v1/identities/access-log?force=KENT", "kent.commander").status()).isEqualTo(403);
    }

    @Test
    void everyIdentityEndpointIsForbiddenToEveryOtherRole() {
        String cipher = cipher("RASP", 6);
        String path = "/api/v1/identities/MET/" + cipher;
        for (String user : OTHER_USERS) {
            assertThat(http().get(path + "?" + REASON, user).status()).as("read by %s", user).isEqualTo(403);
            assertThat(http().put(path, user, identity("Tarrow Quimbly", "MP-1")).status()).as("put by %s", user)
                    .isEqualTo(403);
            assertThat(http().post(path, user, identity("Tarrow Quimbly", "MP-1")).status()).as("post by %s", user)
                    .isEqualTo(403);
            assertThat(http().upload("/api/v1/identities/MET", user, Map.of("identities.csv",
                    "cipher,name,warrantNumber\n" + cipher + ",Tarrow Quimbly,MP-1\n")).status())
                    .as("upload by %s", user).isEqualTo(403);
            if (!user.equals("met.gold")) {
                assertThat(http().get("/api/v1/identities/access-log?force=MET", user).status())
                        .as("access log for %s", user).isEqualTo(403);
            }
        }
        Reply anonymous = http().get(path + "?" + REASON, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("Tarrow");
    }

    @Test
    void csvUploadIsAllOrNothingAndItsErrorsNameRowsAndFieldsNeverValues() {
        String first = cipher("RASP", 7);
        String second = cipher("RASP", 8);
        int firstBefore = versionOf(first);
        int secondBefore = versionOf(second);
        String bad = """
                cipher,name,warrantNumber
                %s,Pellamy Orrindrake,MP-5001
                Pellamy Orrindrake,%s,MP-5002
                %s,,MP-5003
                %s,Pellamy Orrindrake,Pellamy's warrant!
                ZZ9999,Pellamy Orrindrake,MP-5005
                %s,Pellamy Orrindrake,MP-5006
                """.formatted(first, second, second, second, first);
        Reply refused = http().upload("/api/v1/identities/MET", ADMIN, Map.of("identities.csv", bad));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        List<String> rows = new ArrayList<>();
        for (JsonNode error : refused.json().get("errors")) {
            rows.add(error.get("row").asInt() + ":" + error.get("field").asString());
        }
        assertThat(rows).containsExactly("2:cipher", "3:name", "4:warrantNumber", "5:cipher", "6:cipher");
        assertThat(refused.body()).doesNotContain("Pellamy").doesNotContain("Orrindrake").doesNotContain("MP-500");
        assertThat(versionOf(first)).isEqualTo(firstBefore);
        assertThat(versionOf(second)).isEqualTo(secondBefore);

        Reply sealed = http().upload("/api/v1/identities/MET", ADMIN, Map.of("identities.csv", """
                cipher,name,warrantNumber
                %s,Pellamy Orrindrake,MP-5001
                %s,"Quade, Ismenie",MP-5002
                """.formatted(first, second)));
        assertThat(sealed.status()).as(sealed.body()).isEqualTo(201);
        assertThat(sealed.json().get("sealed").asInt()).isEqualTo(2);
        assertThat(sealed.body()).doesNotContain("Pellamy").doesNotContain("Ismenie");
        assertThat(versionOf(first)).isEqualTo(firstBefore + 1);
        Reply read = http().get("/api/v1/identities/MET/" + second + "?" + REASON, ADMIN);
        assertThat(read.json().get("name").asString()).isEqualTo("Quade, Ismenie");
    }

    @Test
    void bodyThatIsNotAnIdentityIsRefusedWithoutRepeatingIt() {
        String path = "/api/v1/identities/MET/" + cipher("RASP", 9);
        Reply unquoted = http().put(path, ADMIN, "{\"name\": Fennimore Quast, \"warrantNumber\": \"MP-1\"}");
        assertThat(unquoted.status()).isEqualTo(400);
        assertThat(unquoted.body()).doesNotContain("Fennimore");
        Reply unknownField = http().put(path, ADMIN, "{\"name\": \"Fennimore Quast\", \"Fennimore\": 1}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body()).doesNotContain("Fennimore");
        Reply longName = http().put(path, ADMIN, identity("Fennimore " + "Q".repeat(200), "MP-1"));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.json().get("field").asString()).isEqualTo("name");
        assertThat(longName.body()).doesNotContain("Fennimore");
        Reply nameAsCipher = http().get("/api/v1/identities/MET/Fennimore%20Quast?" + REASON, ADMIN);
        assertThat(nameAsCipher.status()).isEqualTo(400);
        assertThat(nameAsCipher.body()).doesNotContain("Fennimore");
        assertThat(http().put("/api/v1/identities/MET/ZZ9999", ADMIN, identity("Fennimore Quast", "MP-1")).status())
                .isEqualTo(422);
    }

    @Test
    void alteredOrMovedRecordIsRefusedAsUnreadableAndTheAttemptLogged() {
        String victim = cipher("RASP", 10);
        String other = cipher("RASP", 11);
        http().put("/api/v1/identities/MET/" + victim, ADMIN, identity("Hesketh Umbravale", "MP-7001"));
        http().put("/api/v1/identities/MET/" + other, ADMIN, identity("Corwin Ashlingtree", "MP-7002"));
        // Someone with database access copies another officer's sealed record onto this one.
        Map<String, Object> moved = jdbc.queryForMap("select nonce, sealed from identity_version where force_code = 'MET' "
                + "and cipher = ? and version = ?", other, versionOf(other));
        jdbc.update("update identity_version set nonce = ?, sealed = ? where force_code = 'MET' and cipher = ? "
                + "and version = ?", moved.get("nonce"), moved.get("sealed"), victim, versionOf(victim));
        Reply read = http().get("/api/v1/identities/MET/" + victim + "?" + REASON, ADMIN);
        assertThat(read.status()).isEqualTo(500);
        assertThat(read.json().get("detail").asString()).contains("failed its integrity check")
                .contains("MET/" + victim);
        assertThat(read.body()).doesNotContain("Corwin").doesNotContain("Hesketh");
        JsonNode last = http().get("/api/v1/identities/access-log?force=MET&cipher=" + victim + "&limit=1", ADMIN).json()
                .get(0);
        assertThat(last.get("outcome").asString()).isEqualTo("UNREADABLE");
    }

    @Test
    void noNameOrWarrantNumberReachesTheLogsOrTheExport() throws IOException {
        String name = "Ysolde Krennaway";
        String warrant = "MP-31337";
        String cipher = cipher("RASP", 12);
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        List<Logger> verbose = List.of((Logger) LoggerFactory.getLogger("uk.arcs"),
                (Logger) LoggerFactory.getLogger("org.springframework.web"),
                (Logger) LoggerFactory.getLogger("org.springframework.security"),
                (Logger) LoggerFactory.getLogger("org.springframework.jdbc"));
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        verbose.forEach(logger -> logger.setLevel(Level.DEBUG));
        try {
            http().put("/api/v1/identities/MET/" + cipher, ADMIN, identity(name, warrant));
            http().get("/api/v1/identities/MET/" + cipher + "?" + REASON, ADMIN);
            http().get("/api/v1/identities/MET/" + cipher, ADMIN);
            http().put("/api/v1/identities/MET/" + cipher, "met.gold", identity(name, warrant));
            http().put("/api/v1/identities/MET/ZZ9999", ADMIN, identity(name, warrant));
            http().put("/api/v1/identities/MET/" + cipher, ADMIN, "{\"name\": " + name + "}");
            http().put("/api/v1/identities/MET/" + cipher, ADMIN, identity(name, warrant + "!!"));
            http().upload("/api/v1/identities/MET", ADMIN, Map.of("identities.csv",
                    "cipher,name,warrantNumber\n" + name + "," + cipher + "," + warrant + "\nZZ9999," + name + ","
                            + warrant + "\n"));
            http().upload("/api/v1/identities/MET", ADMIN, Map.of("identities.csv", "cipher,name,warrantNumber\n\""
                    + name + "\"x," + warrant + "\n"));
        } finally {
            verbose.forEach(logger -> logger.setLevel(null));
            root.detachAppender(captured);
        }
        assertThat(captured.list).as("something was logged").isNotEmpty();
        for (ILoggingEvent event : captured.list) {
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(line).doesNotContain("Ysolde").doesNotContain("Krennaway").doesNotContain(warrant);
        }
        String export = exportedText("/api/v1/forces/MET/export", "met.gold");
        assertThat(export).contains(cipher).doesNotContain("Krennaway").doesNotContain(warrant);
    }

    String exportedText(String path, String user) throws IOException {
        Reply exported = http().get(path, user);
        assertThat(exported.status()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(exported.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    @Test
    void demoVaultHoldsInventedIdentitiesForEveryOfficer() {
        String kentOfficer = officers.officers(ForceCode.of("KENT")).getFirst().cipher().value();
        Reply read = http().get("/api/v1/identities/KENT/" + kentOfficer + "?" + REASON, ADMIN);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("warrantNumber").asString()).startsWith("DEMO/KENT/");
        long officerCount = officers.officers(ForceCode.of("MET")).size() + officers.officers(ForceCode.of("KENT")).size();
        assertThat(jdbc.queryForObject("select count(*) from (select distinct force_code, cipher from identity_version "
                + "where force_code in ('MET', 'KENT')) officers", Long.class)).isEqualTo(officerCount);
    }
}
