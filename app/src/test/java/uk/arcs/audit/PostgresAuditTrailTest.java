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
    private static final Map<String, String> APPEND_ONLY = Map.of(
            "officer_event", """
                    insert into officer_event (id, force_code, cipher, type, occurred_at, recorded_at, recorded_by, reason)
                    values (900001, 'NORTH', 'NA101', 'SICK', now(), now(), 'psql', 'inserted directly')""",
            "posture_event", """
                    insert into posture_event (id, force_code, type, occurred_at, recorded_at, recorded_by, reason, threat_level)
                    values (900001, 'NORTH', 'THREAT_LEVEL', now(), now(), 'psql', 'inserted directly', 'SEVERE')""",
            "mutual_aid_event", """
                    insert into mutual_aid_event (id, request_id, type, occurred_at, recorded_at, recorded_by, reason,
                                                  requester)
                    values (900001, 900001, 'REQUESTED', now(), now(), 'psql', 'inserted directly', 'NORTH')""",
            "military_event", """
                    insert into military_event (id, force_code, type, occurred_at, recorded_at, recorded_by, reason)
                    values (900001, 'NORTH', 'REQUESTED', now(), now(), 'psql', 'inserted directly')""",
            "decision", """
                    insert into decision (id, force_code, decision, rationale, decided_by, role, decided_at, recorded_at,
                                          refs, picture)
                    values (900001, 'NORTH', 'REQUEST_AID', 'inserted directly', 'psql', 'STRATEGIC_COMMANDER', now(),
                            now(), '{}', '{}')""",
            "firearms_operation", """
                    insert into firearms_operation (id, force_code, reference, authorised_at, arv_attended, discharged,
                                                    recorded_at, recorded_by)
                    values (900001, 'NORTH', 'N-900001', now(), true, false, now(), 'psql')""",
            "what_if_scenario", """
                    insert into what_if_scenario (id, force_code, name, at_instant, changes, created_by, created_at)
                    values (900001, 'NORTH', 'inserted directly', now(), '[]', 'psql', now())""",
            "audit_record", """
                    insert into audit_record (seq, recorded_at, username, summary, outcome, previous_hash, hash)
                    values (900001, now(), 'psql', 'inserted directly', 'RECORDED', 'x', 'y')""");

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
    void databaseRefusesUpdateDeleteAndTruncateOfEveryAppendOnlyLogButTakesInserts() throws SQLException {
        try (Connection connection = SCHEMA.connect()) {
            // One transaction, rolled back at the end, so the rows inserted here never join ARCS's record.
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, String> table : APPEND_ONLY.entrySet()) {
                    String name = table.getKey();
                    String key = name.equals("audit_record") ? "seq" : "id";
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
