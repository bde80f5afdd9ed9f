package uk.arcs.reporting.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.reporting.Figures;
import uk.arcs.reporting.StatementEvent;
import uk.arcs.reporting.StatementStore;

/** The steps of public statements; a draft keeps the figures it was written from as JSON. */
@Repository
class JdbcStatementStore implements StatementStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcStatementStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(StatementEvent e) {
        jdbc.sql("""
                insert into statement_event (force_code, number, version, type, recorded_at, recorded_by, role, body,
                                             figures, corrects, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.force(), e.number(), e.version(), e.type().name(), e.recordedAt().atOffset(ZoneOffset.UTC),
                        e.recordedBy(), e.role(), e.text(),
                        e.figures() == null ? null : json.writeValueAsString(e.figures()), e.corrects(), e.reason())
                .update();
    }

    @Override
    public List<StatementEvent> events(String force, int number) {
        return jdbc.sql("select * from statement_event where force_code = ? and number = ? order by version")
                .params(force, number).query((rs, n) -> event(rs)).list();
    }

    @Override
    public List<StatementEvent> events(String force) {
        return jdbc.sql("select * from statement_event where force_code = ? order by number, version")
                .param(force).query((rs, n) -> event(rs)).list();
    }

    @Override
    public int lastNumber(String force) {
        return jdbc.sql("select coalesce(max(number), 0) from statement_event where force_code = ?")
                .param(force).query(Integer.class).single();
    }

    private StatementEvent event(ResultSet rs) throws SQLException {
        String figures = rs.getString("figures");
        Integer corrects = rs.getObject("corrects", Integer.class);
        return new StatementEvent(rs.getString("force_code"), rs.getInt("number"), rs.getInt("version"),
                StatementEvent.Type.valueOf(rs.getString("type")),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"),
                rs.getString("role"), rs.getString("body"), figures == null ? null : json.readValue(figures, Figures.class),
                corrects, rs.getString("reason"));
    }
}
