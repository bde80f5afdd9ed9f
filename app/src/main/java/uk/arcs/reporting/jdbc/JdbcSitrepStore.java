package uk.arcs.reporting.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.force.ForceCode;
import uk.arcs.reporting.Sitrep;
import uk.arcs.reporting.SitrepStore;

/** An issued report is kept as the JSON it was issued as, beside the columns it is found by. */
@Repository
class JdbcSitrepStore implements SitrepStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcSitrepStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(Sitrep s) {
        jdbc.sql("""
                insert into sitrep (force_code, number, report_at, known_at, issued_at, issued_by, role, report)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.force(), s.issue().number(), s.at().atOffset(ZoneOffset.UTC),
                        s.knownAt().atOffset(ZoneOffset.UTC), s.issue().issuedAt().atOffset(ZoneOffset.UTC),
                        s.issue().issuedBy(), s.issue().role(), json.writeValueAsString(s))
                .update();
    }

    @Override
    public List<Entry> index(ForceCode force) {
        return jdbc.sql("""
                select force_code, number, report_at, known_at, issued_at, issued_by, role from sitrep
                where force_code = ? order by number""")
                .param(force.value())
                .query((rs, n) -> new Entry(rs.getString("force_code"), rs.getInt("number"),
                        rs.getObject("report_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("known_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getString("issued_by"),
                        rs.getString("role")))
                .list();
    }

    @Override
    public Optional<Sitrep> find(ForceCode force, int number) {
        return jdbc.sql("select report from sitrep where force_code = ? and number = ?")
                .params(force.value(), number)
                .query((rs, n) -> json.readValue(rs.getString("report"), Sitrep.class))
                .optional();
    }
}
