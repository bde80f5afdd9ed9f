package uk.arcs.command.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.capability.CapabilityPicture;
import uk.arcs.command.Decision;
import uk.arcs.command.DecisionStore;

/** The picture a decision was taken on is kept as JSON beside it, exactly as it was served. */
@Repository
class JdbcDecisionStore implements DecisionStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcDecisionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(Decision d) {
        jdbc.sql("""
                insert into decision (id, force_code, decision, rationale, decided_by, role, decided_at, recorded_at, refs,
                                      picture)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.force(), d.decision(), d.rationale(), d.decidedBy(), d.role(),
                        d.at().atOffset(ZoneOffset.UTC), d.recordedAt().atOffset(ZoneOffset.UTC),
                        json.writeValueAsString(d.references()), json.writeValueAsString(d.picture()))
                .update();
    }

    @Override
    public List<Decision> forForce(String force, Instant from, Instant to) {
        return jdbc.sql("""
                select * from decision where force_code = ? and decided_at >= ? and decided_at < ?
                order by decided_at, id""")
                .params(force, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Decision(rs.getLong("id"), rs.getString("force_code"), rs.getString("decision"),
                        rs.getString("rationale"), rs.getString("decided_by"), rs.getString("role"),
                        rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        json.readValue(rs.getString("refs"), new TypeReference<Map<String, String>>() { }),
                        json.readValue(rs.getString("picture"), CapabilityPicture.class)))
                .list();
    }

    @Override
    public long maxId() {
        return jdbc.sql("select coalesce(max(id), 0) from decision").query(Long.class).single();
    }
}
