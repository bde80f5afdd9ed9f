package uk.arcs.posture.jdbc;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ForceCode;
import uk.arcs.posture.PostureChange;
import uk.arcs.posture.PostureEvent;
import uk.arcs.posture.PostureEventType;
import uk.arcs.posture.PostureStore;
import uk.arcs.posture.ThreatLevel;

@Repository
class JdbcPostureStore implements PostureStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcPostureStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void insert(List<PostureEvent> events) {
        template.batchUpdate("""
                insert into posture_event (id, force_code, type, occurred_at, recorded_at, recorded_by, reason, site,
                                           site_name, accreditation, quantity, crew_size, counter_terrorism, unit_code,
                                           threat_level)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", events, 500, (ps, event) -> {
            PostureChange change = event.change();
            ps.setLong(1, event.id());
            ps.setString(2, event.force().value());
            ps.setString(3, change.type().name());
            ps.setObject(4, change.occurredAt().atOffset(ZoneOffset.UTC));
            ps.setObject(5, event.recordedAt().atOffset(ZoneOffset.UTC));
            ps.setString(6, event.recordedBy());
            ps.setString(7, change.reason());
            ps.setString(8, change.site());
            ps.setString(9, change.siteName());
            ps.setString(10, change.accreditation() == null ? null : change.accreditation().name());
            ps.setObject(11, change.quantity(), Types.INTEGER);
            ps.setObject(12, change.crewSize(), Types.INTEGER);
            ps.setObject(13, change.counterTerrorism(), Types.BOOLEAN);
            ps.setString(14, change.unit());
            ps.setString(15, change.level() == null ? null : change.level().name());
        });
    }

    @Override
    public void loadAll(Consumer<PostureEvent> sink) {
        template.query("select * from posture_event order by id", rs -> {
            String accreditation = rs.getString("accreditation");
            String level = rs.getString("threat_level");
            PostureChange change = new PostureChange(PostureEventType.valueOf(rs.getString("type")),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
                    rs.getString("site"), rs.getString("site_name"),
                    accreditation == null ? null : Accreditation.valueOf(accreditation),
                    rs.getObject("quantity", Integer.class), rs.getObject("crew_size", Integer.class),
                    rs.getObject("counter_terrorism", Boolean.class), rs.getString("unit_code"),
                    level == null ? null : ThreatLevel.valueOf(level));
            sink.accept(new PostureEvent(rs.getLong("id"), ForceCode.of(rs.getString("force_code")), change,
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by")));
        });
    }

    @Override
    public long maxId() {
        return jdbc.sql("select coalesce(max(id), 0) from posture_event").query(Long.class).single();
    }
}
