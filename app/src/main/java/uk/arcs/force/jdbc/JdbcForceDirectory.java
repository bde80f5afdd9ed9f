package uk.arcs.force.jdbc;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.arcs.force.Force;
import uk.arcs.force.ForceCode;
import uk.arcs.force.ForceDirectory;
import uk.arcs.force.ShiftPattern;
import uk.arcs.force.Unit;

/** Forces change rarely and are read on every picture, so they are cached after the first read. */
@Repository
class JdbcForceDirectory implements ForceDirectory {

    private final JdbcClient jdbc;
    private final ConcurrentMap<ForceCode, Force> cache = new ConcurrentHashMap<>();

    JdbcForceDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Force> find(ForceCode code) {
        Force cached = cache.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Force> found = jdbc.sql("select * from force where code = ?").param(code.value())
                .query((rs, n) -> mapForce(rs)).optional();
        found.ifPresent(force -> cache.put(code, force));
        return found;
    }

    @Override
    public List<Force> all() {
        return jdbc.sql("select * from force order by code").query((rs, n) -> mapForce(rs)).list();
    }

    @Override
    public List<Unit> units(ForceCode force) {
        return jdbc.sql("select * from unit where force_code = ? order by code").param(force.value())
                .query((rs, n) -> new Unit(ForceCode.of(rs.getString("force_code")), rs.getString("code"),
                        rs.getString("name"), rs.getString("command")))
                .list();
    }

    @Override
    @Transactional
    public void register(Force force, List<Unit> units) {
        if (find(force.code()).isPresent()) {
            throw new IllegalArgumentException("force " + force.code() + " exists already");
        }
        ShiftPattern pattern = force.shiftPattern();
        jdbc.sql("""
                insert into force (code, name, time_zone, shifts, rota, rota_teams, rota_team_offset_days, rota_epoch)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(force.code().value(), force.name(), force.zone().getId(), pattern.formatShifts(),
                        String.join(",", pattern.rota()), pattern.teams(), pattern.teamOffsetDays(), pattern.epoch())
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    cache.remove(force.code());
                }
            }
        });
        for (Unit unit : units) {
            if (!unit.force().equals(force.code())) {
                throw new IllegalArgumentException("unit " + unit.code() + " belongs to " + unit.force());
            }
            jdbc.sql("insert into unit (force_code, code, name, command) values (?, ?, ?, ?)")
                    .params(unit.force().value(), unit.code(), unit.name(), unit.command()).update();
        }
    }

    private static Force mapForce(java.sql.ResultSet rs) throws java.sql.SQLException {
        ShiftPattern pattern = new ShiftPattern(ShiftPattern.parseShifts(rs.getString("shifts")),
                Arrays.stream(rs.getString("rota").split(",")).map(String::trim).toList(),
                rs.getInt("rota_teams"), rs.getInt("rota_team_offset_days"),
                rs.getObject("rota_epoch", java.time.LocalDate.class));
        return new Force(ForceCode.of(rs.getString("code")), rs.getString("name"),
                ZoneId.of(rs.getString("time_zone")), pattern);
    }
}
