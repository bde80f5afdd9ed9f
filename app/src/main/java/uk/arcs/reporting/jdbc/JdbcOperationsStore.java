package uk.arcs.reporting.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.arcs.common.RuleRefusedException;
import uk.arcs.force.ForceCode;
import uk.arcs.reporting.FirearmsOperation;
import uk.arcs.reporting.OperationsStore;

@Repository
class JdbcOperationsStore implements OperationsStore {

    private final JdbcClient jdbc;

    JdbcOperationsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public synchronized FirearmsOperation insert(FirearmsOperation o) {
        boolean used = jdbc.sql("select count(*) from firearms_operation where force_code = ? and reference = ?")
                .params(o.force().value(), o.reference()).query(Long.class).single() > 0;
        if (used) {
            throw new RuleRefusedException("OperationReferenceUnique", "operation " + o.reference()
                    + " is recorded already for " + o.force());
        }
        long id = jdbc.sql("select coalesce(max(id), 0) + 1 from firearms_operation").query(Long.class).single();
        jdbc.sql("""
                insert into firearms_operation (id, force_code, reference, authorised_at, arv_attended, discharged,
                                                recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, o.force().value(), o.reference(), o.authorisedAt().atOffset(ZoneOffset.UTC), o.arvAttended(),
                        o.discharged(), o.recordedAt().atOffset(ZoneOffset.UTC), o.recordedBy())
                .update();
        return new FirearmsOperation(id, o.force(), o.reference(), o.authorisedAt(), o.arvAttended(), o.discharged(),
                o.recordedAt(), o.recordedBy());
    }

    @Override
    public List<FirearmsOperation> between(Instant from, Instant to) {
        return jdbc.sql("select * from firearms_operation where authorised_at >= ? and authorised_at < ? order by id")
                .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new FirearmsOperation(rs.getLong("id"), ForceCode.of(rs.getString("force_code")),
                        rs.getString("reference"), rs.getObject("authorised_at", OffsetDateTime.class).toInstant(),
                        rs.getBoolean("arv_attended"), rs.getBoolean("discharged"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by")))
                .list();
    }
}
