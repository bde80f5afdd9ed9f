package uk.arcs.military.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.arcs.force.ForceCode;
import uk.arcs.military.MilitaryEvent;
import uk.arcs.military.MilitaryEventType;
import uk.arcs.military.MilitaryStore;
import uk.arcs.military.MilitaryTask;

@Repository
class JdbcMilitaryStore implements MilitaryStore {

    private final JdbcClient jdbc;

    JdbcMilitaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(MilitaryEvent e) {
        jdbc.sql("""
                insert into military_event (id, force_code, type, occurred_at, recorded_at, recorded_by, reason, task, incident)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.force().value(), e.type().name(), e.occurredAt().atOffset(ZoneOffset.UTC),
                        e.recordedAt().atOffset(ZoneOffset.UTC), e.recordedBy(), e.reason(),
                        e.task() == null ? null : e.task().name(), e.incident())
                .update();
    }

    @Override
    public void loadAll(Consumer<MilitaryEvent> sink) {
        jdbc.sql("select * from military_event order by id").query((rs, n) -> {
            String task = rs.getString("task");
            return new MilitaryEvent(rs.getLong("id"), ForceCode.of(rs.getString("force_code")),
                    MilitaryEventType.valueOf(rs.getString("type")),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"),
                    rs.getString("reason"), task == null ? null : MilitaryTask.valueOf(task), rs.getString("incident"));
        }).list().forEach(sink);
    }

    @Override
    public long maxId() {
        return jdbc.sql("select coalesce(max(id), 0) from military_event").query(Long.class).single();
    }
}
