package uk.arcs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.arcs.PostgresSchema;

/**
 * The audit chain on PostgreSQL, where the database itself refuses UPDATE, DELETE and TRUNCATE on every
 * append-only log. A change made by someone able to switch the triggers off is still found by the chain.
 */
class PostgresAuditTrailTest extends AuditTrailContract {

    private static final PostgresSchema SCHEMA = PostgresSchema.create("audit");
    private static ConfigurableApplicationContext context;

    /** Each append-only table, with a row that may be inserted into it once NORTH exists. */
    private static final Map<String, String> APPEND_ONLY = Map.ofEntries(
            Map.entry("officer_event", """
                    insert into officer_event (id, force_code, cipher, type, occurred_at, recorded_at, recorded_by, reason)
                    values (900001, 'NORTH', 'NA101', 'SICK', now(), now(), 'psql', 'inserted directly')"""),
            Map.entry("posture_event", """
                    insert into posture_event (id, force_code, type, occurred_at, recorded_at, recorded_by, reason, threat_level)
                    values (900001, 'NORTH', 'THREAT_LEVEL', now(), now(), 'psql', 'inserted directly', 'SEVERE')"""),
            Map.entry("mutual_aid_event", """
                    insert into mutual_aid_event (id, request_id, type, occurred_at, recorded_at, recorded_by, reason,
                                                  requester)
                    values (900001, 900001, 'REQUESTED', now(), now(), 'psql', 'inserted directly', 'NORTH')"""),
            Map.entry("military_event", """
                    insert into military_event (id, force_code, type, occurred_at, recorded_at, recorded_by, reason)
                    values (900001, 'NORTH', 'REQUESTED', now(), now(), 'psql', 'inserted directly')"""),
            Map.entry("decision", """
                    insert into decision (id, force_code, decision, rationale, decided_by, role, decided_at, recorded_at,
                                          refs, picture)
                    values (900001, 'NORTH', 'REQUEST_AID', 'inserted directly', 'psql', 'STRATEGIC_COMMANDER', now(),
                            now(), '{}', '{}')"""),
            Map.entry("firearms_operation", """
                    insert into firearms_operation (id, force_code, reference, authorised_at, arv_attended, discharged,
                                                    recorded_at, recorded_by)
                    values (900001, 'NORTH', 'N-900001', now(), true, false, now(), 'psql')"""),
            Map.entry("what_if_scenario", """
                    insert into what_if_scenario (id, force_code, name, at_instant, changes, created_by, created_at)
                    values (900001, 'NORTH', 'inserted directly', now(), '[]', 'psql', now())"""),
            Map.entry("audit_record", """
                    insert into audit_record (seq, recorded_at, username, summary, outcome, previous_hash, hash)
                    values (900001, now(), 'psql', 'inserted directly', 'RECORDED', 'x', 'y')"""),
            Map.entry("sitrep", """
                    insert into sitrep (force_code, number, report_at, known_at, issued_at, issued_by, role, report)
                    values ('NORTH', 900001, now(), now(), now(), 'psql', 'COMMANDER', '{}')"""),
            Map.entry("statement_event", """
                    insert into statement_event (force_code, number, version, type, recorded_at, recorded_by, role)
                    values ('NORTH', 900001, 1, 'DRAFTED', now(), 'psql', 'PRESS_OFFICE')"""),
            Map.entry("identity_access", """
                    insert into identity_access (id, force_code, cipher, accessed_by, role, accessed_at, reason, outcome)
                    values (900001, 'NORTH', 'NA101', 'psql', 'IDENTITY_ADMIN', now(), 'inserted directly', 'NO_IDENTITY')"""),
            Map.entry("identity_rekey", """
                    insert into identity_rekey (id, rekeyed_at, rekeyed_by, key_id, records)
                    values (900001, now(), 'psql', 'k0', 0)"""));

    /** The column that picks out the inserted row, where it is not {@code id}. */
    private static final Map<String, String> KEYS = Map.of("audit_record", "seq", "sitrep", "number",
            "statement_event", "number");

    @BeforeAll
    static void startWithNorth() throws IOException {
        List<String> arguments = new ArrayList<>();
        SCHEMA.properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
        context = start(arguments.toArray(String[]::new));
        importNorth(context, Files.createTempDirectory("north"));
    }

    @AfterAll
    static void stop() {
        context.close();
        SCHEMA.drop();
    }

    @Override
    ConfigurableApplicationContext context() {
        return context;
    }

    /** As a superuser who switches the append-only triggers off for the session: the chain must still tell. */
    @Override
    void tamper(String sql) throws SQLException {
        try (Connection connection = SCHEMA.connect(); Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.execute(sql);
        }
    }

    @Test
    void identityVersionsMayBeResealedButNeverMovedDeletedOrTruncated() throws SQLException {
        try (Connection connection = SCHEMA.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("""
                        insert into identity_version (force_code, cipher, version, key_id, nonce, sealed, recorded_at, recorded_by)
                        values ('NORTH', 'NA101', 900001, 'k1', 'n1', 's1', now(), 'psql')""");
                assertThat(statement.executeUpdate("update identity_version set key_id = 'k2', nonce = 'n2', sealed = 's2'"
                        + " where version = 900001")).as("a re-seal under a new key").isEqualTo(1);
                for (String change : List.of("update identity_version set cipher = 'NA102' where version = 900001",
                        "update identity_version set recorded_by = 'someone else' where version = 900001",
                        "delete from identity_version where version = 900001", "truncate identity_version cascade")) {
                    Savepoint before = connection.setSavepoint();
                    assertThatThrownBy(() -> statement.executeUpdate(change)).as(change).isInstanceOf(SQLException.class)
                            .hasMessageContaining("on identity_version is refused: the table is append-only");
                    connection.rollback(before);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void databaseRefusesUpdateDeleteAndTruncateOfEveryAppendOnlyLogButTakesInserts() throws SQLException {
        try (Connection connection = SCHEMA.connect()) {
            // One transaction, rolled back at the end, so the rows inserted here never join ARCS's record.
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, String> table : APPEND_ONLY.entrySet()) {
                    String name = table.getKey();
                    String key = KEYS.getOrDefault(name, "id");
                    assertThat(statement.executeUpdate(table.getValue())).as("insert into " + name).isEqualTo(1);
                    for (String[] change : new String[][] {
                            {"UPDATE", "update " + name + " set " + key + " = " + key + " where " + key + " = 900001"},
                            {"DELETE", "delete from " + name + " where " + key + " = 900001"},
                            {"TRUNCATE", "truncate " + name + " cascade"}}) {
                        Savepoint before = connection.setSavepoint();
                        assertThatThrownBy(() -> statement.executeUpdate(change[1])).as(change[1])
                                .isInstanceOf(SQLException.class)
                                .hasMessageContaining(change[0] + " on " + name + " is refused: the table is append-only");
                        connection.rollback(before);
                    }
                    try (ResultSet rows = statement.executeQuery("select count(*) from " + name + " where " + key
                            + " = 900001")) {
                        rows.next();
                        assertThat(rows.getLong(1)).as(name + " still holds the row").isEqualTo(1);
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }
}
