package uk.arcs.mutualaid.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.arcs.force.Accreditation;
import uk.arcs.force.ForceCode;
import uk.arcs.mutualaid.AidEvent;
import uk.arcs.mutualaid.AidEventType;
import uk.arcs.mutualaid.AidStore;
import uk.arcs.officer.Cipher;

@Repository
class JdbcAidStore implements AidStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcAidStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void insert(AidEvent e) {
        template.update(con -> {
            var ps = con.prepareStatement("""
                    insert into mutual_aid_event (id, request_id, offer_id, type, occurred_at, recorded_at, recorded_by,
                        reason, requester, accreditation, officers, period_from, period_until, counter_terrorism,
                        shortfall, donor, ciphers, posture_override)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            ps.setLong(1, e.id());
            ps.setLong(2, e.requestId());
            ps.setObject(3, e.offerId(), Types.BIGINT);
            ps.setString(4, e.type().name());
            ps.setObject(5, utc(e.occurredAt()));
            ps.setObject(6, utc(e.recordedAt()));
            ps.setString(7, e.recordedBy());
            ps.setString(8, e.reason());
            ps.setString(9, e.requester() == null ? null : e.requester().value());
            ps.setString(10, e.accreditation() == null ? null : e.accreditation().name());
            ps.setObject(11, e.officers(), Types.INTEGER);
            ps.setObject(12, utc(e.from()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(13, utc(e.until()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(14, e.counterTerrorism(), Types.BOOLEAN);
            ps.setObject(15, e.shortfall(), Types.INTEGER);
            ps.setString(16, e.donor() == null ? null : e.donor().value());
            ps.setString(17, e.ciphers().isEmpty() ? null
                    : String.join(",", e.ciphers().stream().map(Cipher::value).toList()));
            ps.setString(18, e.override());
            return ps;
        });
    }

    @Override
    public void loadAll(Consumer<AidEvent> sink) {
        template.query("select * from mutual_aid_event order by id", rs -> {
            sink.accept(map(rs));
        });
    }

    private static AidEvent map(ResultSet rs) throws SQLException {
        String requester = rs.getString("requester");
        String accreditation = rs.getString("accreditation");
        String donor = rs.getString("donor");
        String ciphers = rs.getString("ciphers");
        return new AidEvent(rs.getLong("id"), rs.getLong("request_id"), rs.getObject("offer_id", Long.class),
                AidEventType.valueOf(rs.getString("type")), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
                rs.getString("recorded_by"), rs.getString("reason"), requester == null ? null : ForceCode.of(requester),
                accreditation == null ? null : Accreditation.valueOf(accreditation),
                rs.getObject("officers", Integer.class), instant(rs, "period_from"), instant(rs, "period_until"),
                rs.getObject("counter_terrorism", Boolean.class), rs.getObject("shortfall", Integer.class),
                donor == null ? null : ForceCode.of(donor),
                ciphers == null ? List.of() : Arrays.stream(ciphers.split(",")).map(Cipher::of).toList(),
                rs.getString("posture_override"));
    }

    @Override
    public long maxId() {
        return jdbc.sql("select coalesce(max(id), 0) from mutual_aid_event").query(Long.class).single();
    }

    @Override
    public long maxOfferId() {
        return jdbc.sql("select coalesce(max(offer_id), 0) from mutual_aid_event").query(Long.class).single();
    }


    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
