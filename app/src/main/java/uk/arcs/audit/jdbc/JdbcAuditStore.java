package uk.arcs.audit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.arcs.audit.AuditRecord;
import uk.arcs.audit.AuditStore;

@Repository
class JdbcAuditStore implements AuditStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcAuditStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public Optional<Head> head() {
        return jdbc.sql("select seq, hash from audit_record order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional();
    }

    @Override
    public void insert(AuditRecord r) {
        jdbc.sql("""
                insert into audit_record (seq, recorded_at, username, role, force_code, client, method, path, summary,
                                          outcome, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.sequence(), r.recordedAt().atOffset(ZoneOffset.UTC), r.username(), r.role(), r.force(),
                        r.client(), r.method(), r.path(), r.summary(), r.outcome(), r.previousHash(), r.hash())
                .update();
    }

    @Override
    public void inSequence(Predicate<AuditRecord> sink) {
        template.query(con -> {
            var statement = con.prepareStatement("select * from audit_record order by seq");
            statement.setFetchSize(2_000);
            return statement;
        }, (ResultSet rs) -> {
            while (rs.next()) {
                if (!sink.test(map(rs))) {
                    return null;
                }
            }
            return null;
        });
    }

    @Override
    public List<AuditRecord> between(Instant from, Instant to, String force, int limit) {
        if (force == null) {
            return jdbc.sql("select * from audit_record where recorded_at >= ? and recorded_at < ? order by seq limit ?")
                    .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), limit)
                    .query((rs, n) -> map(rs)).list();
        }
        return jdbc.sql("""
                select * from audit_record where recorded_at >= ? and recorded_at < ? and force_code = ?
                order by seq limit ?""")
                .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), force, limit)
                .query((rs, n) -> map(rs)).list();
    }

    private static AuditRecord map(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), rs.getString("role"), rs.getString("force_code"), rs.getString("client"),
                rs.getString("method"), rs.getString("path"), rs.getString("summary"), rs.getString("outcome"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }
}
