package uk.arcs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh schema on the PostgreSQL server every developer machine and CI run has (127.0.0.1:5432, database
 * test, trust authentication). Override with ARCS_TEST_PG_URL / ARCS_TEST_PG_USER. A missing server fails
 * the test: PostgreSQL is a supported production database and is never skipped.
 */
public final class PostgresSchema {

    private static final String URL = System.getenv().getOrDefault("ARCS_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("ARCS_TEST_PG_USER", "postgres");

    private final String name;

    private PostgresSchema(String name) {
        this.name = name;
    }

    public static PostgresSchema create(String purpose) {
        String name = "arcs_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
            connection.createStatement().execute("create schema " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is required for these tests at " + URL + " as " + USER
                    + " (start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start): "
                    + e.getMessage(), e);
        }
        return new PostgresSchema(name);
    }

    public void register(DynamicPropertyRegistry registry) {
        properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The Spring properties that point ARCS at this schema, for a context or a process started by hand. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", URL + "?currentSchema=" + name);
        properties.put("spring.datasource.username", USER);
        properties.put("spring.datasource.password", "");
        properties.put("spring.flyway.schemas", name);
        properties.put("spring.flyway.default-schema", name);
        return properties;
    }

    /** A connection of its own to this schema, outside any pool. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(URL + "?currentSchema=" + name, USER, "");
    }

    public void drop() {
        try (Connection connection = DriverManager.getConnection(URL, USER, "")) {
            connection.createStatement().execute("drop schema " + name + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + name + ": " + e.getMessage(), e);
        }
    }
}
