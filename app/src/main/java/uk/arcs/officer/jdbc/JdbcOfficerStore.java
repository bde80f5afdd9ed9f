package uk.arcs.officer.jdbc;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ForceCode;
import uk.arcs.officer.Cipher;
import uk.arcs.officer.EventDetails;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerEvent;
import uk.arcs.officer.OfficerEventType;
import uk.arcs.officer.OfficerStore;

@Repository
class JdbcOfficerStore implements OfficerStore {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcOfficerStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void insertOfficers(List<Officer> officers) {
        template.batchUpdate("insert into officer (force_code, cipher, unit_code, team) values (?, ?, ?, ?)",
                officers, BATCH, (ps, officer) -> {
                    ps.setString(1, officer.force().value());
                    ps.setString(2, officer.cipher().value());
                    ps.setString(3, officer.unit());
                    if (officer.team() == null) {
                        ps.setNull(4, Types.INTEGER);
                    } else {
                        ps.setInt(4, officer.team());
                    }
                });
    }

    @Override
    public void insertEvents(List<OfficerEvent> events) {
        template.batchUpdate("""
                insert into officer_event (id, force_code, cipher, type, occurred_at, recorded_at, recorded_by, reason,
                                           accreditation, valid_until, until_at, corrects)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", events, BATCH, (ps, event) -> {
            EventDetails details = event.details();
            ps.setLong(1, event.id());
            ps.setString(2, event.force().value());
            ps.setString(3, event.cipher().value());
            ps.setString(4, event.type().name());
            ps.setObject(5, utc(event.occurredAt()));
            ps.setObject(6, utc(event.recordedAt()));
            ps.setString(7, event.recordedBy());
            ps.setString(8, event.reason());
            ps.setString(9, details.accreditation() == null ? null : details.accreditation().name());
            ps.setObject(10, details.validUntil(), Types.DATE);
            ps.setObject(11, details.until() == null ? null : utc(details.until()), Types.TIMESTAMP_WITH_TIMEZONE);
            if (details.corrects() == null) {
                ps.setNull(12, Types.BIGINT);
            } else {
                ps.setLong(12, details.corrects());
            }
        });
    }

    @Override
    public List<Officer> loadOfficers() {
        return jdbc.sql("select force_code, cipher, unit_code, team from officer")
                .query((rs, n) -> new Officer(ForceCode.of(rs.getString(1)), Cipher.of(rs.getString(2)),
                        rs.getString(3), (Integer) rs.getObject(4, Integer.class)))
                .list();
    }

    @Override
    public void loadEvents(Consumer<OfficerEvent> sink) {
        template.query(con -> {
            var statement = con.prepareStatement("select * from officer_event order by id");
            statement.setFetchSize(5_000);
            return statement;
        }, rs -> {
            String accreditation = rs.getString("accreditation");
            OffsetDateTime until = rs.getObject("until_at", OffsetDateTime.class);
            long correctsValue = rs.getLong("corrects");
            Long corrects = rs.wasNull() ? null : correctsValue;
            EventDetails details = new EventDetails(
                    accreditation == null ? null : Accreditation.valueOf(accreditation),
                    rs.getObject("valid_until", LocalDate.class),
                    until == null ? null : until.toInstant(),
                    corrects);
            sink.accept(new OfficerEvent(rs.getLong("id"), ForceCode.of(rs.getString("force_code")),
                    Cipher.of(rs.getString("cipher")), OfficerEventType.valueOf(rs.getString("type")),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    rs.getString("recorded_by"), rs.getString("reason"), details));
        });
    }

    @Override
    public long maxEventId() {
        return jdbc.sql("select coalesce(max(id), 0) from officer_event").query(Long.class).single();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
