package uk.arcs.identity.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.arcs.force.ForceCode;
import uk.arcs.identity.IdentityAccess;
import uk.arcs.identity.IdentityRecord;
import uk.arcs.identity.IdentityStore;
import uk.arcs.identity.SealedIdentity;
import uk.arcs.officer.Cipher;

@Repository
class JdbcIdentityStore implements IdentityStore {

    private static final int BATCH = 1_000;
    private static final String VERSION_COLUMNS = "force_code, cipher, version, key_id, nonce, sealed, recorded_at, recorded_by";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcIdentityStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public List<SealedIdentity> versions(ForceCode force, Cipher cipher) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from identity_version where force_code = ? and cipher = ? "
                        + "order by version")
                .params(force.value(), cipher.value()).query((rs, n) -> sealed(rs)).list();
    }

    @Override
    public Map<Cipher, SealedIdentity> latest(ForceCode force) {
        Map<Cipher, SealedIdentity> latest = new TreeMap<>();
        jdbc.sql("select " + VERSION_COLUMNS + " from identity_version where force_code = ? order by cipher, version")
                .param(force.value()).query((rs, n) -> sealed(rs)).list()
                .forEach(sealed -> latest.put(sealed.record().cipher(), sealed));
        return latest;
    }

    @Override
    public void insert(List<SealedIdentity> versions) {
        template.batchUpdate("insert into identity_version (" + VERSION_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                versions, BATCH, (ps, sealed) -> {
                    IdentityRecord record = sealed.record();
                    ps.setString(1, record.force().value());
                    ps.setString(2, record.cipher().value());
                    ps.setInt(3, record.version());
                    ps.setString(4, record.keyId());
                    ps.setString(5, sealed.nonce());
                    ps.setString(6, sealed.ciphertext());
                    ps.setObject(7, utc(record.recordedAt()));
                    ps.setString(8, record.recordedBy());
                });
    }

    @Override
    public List<SealedIdentity> all() {
        return jdbc.sql("select " + VERSION_COLUMNS + " from identity_version order by force_code, cipher, version")
                .query((rs, n) -> sealed(rs)).list();
    }

    @Override
    public int reseal(List<SealedIdentity> resealed) {
        int changed = 0;
        // The re-sealing of a rekey: the one statement that changes a stored version, and only its seal.
        for (SealedIdentity sealed : resealed) {
            IdentityRecord record = sealed.record();
            changed += jdbc.sql("update identity_version set key_id = ?, nonce = ?, sealed = ? "
                            + "where force_code = ? and cipher = ? and version = ? and key_id <> ?")
                    .params(record.keyId(), sealed.nonce(), sealed.ciphertext(), record.force().value(),
                            record.cipher().value(), record.version(), record.keyId())
                    .update();
        }
        return changed;
    }

    @Override
    public void recordRekey(Instant at, String by, String keyId, int records) {
        jdbc.sql("insert into identity_rekey (rekeyed_at, rekeyed_by, key_id, records) values (?, ?, ?, ?)")
                .params(utc(at), by, keyId, records).update();
    }

    @Override
    public long recordAccess(IdentityAccess access) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into identity_access (force_code, cipher, version, accessed_by, role, accessed_at, reason, "
                        + "outcome) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(access.force().value(), access.cipher().value(), access.version(), access.accessedBy(),
                        access.role(), utc(access.accessedAt()), access.reason(), access.outcome().name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @Override
    public List<IdentityAccess> accesses(ForceCode force, Cipher cipher, int limit) {
        StringBuilder sql = new StringBuilder("select id, force_code, cipher, version, accessed_by, role, accessed_at, "
                + "reason, outcome from identity_access where 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        if (force != null) {
            sql.append(" and force_code = ?");
            params.add(force.value());
        }
        if (cipher != null) {
            sql.append(" and cipher = ?");
            params.add(cipher.value());
        }
        sql.append(" order by id desc fetch first ").append(limit).append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new IdentityAccess(rs.getLong("id"),
                ForceCode.of(rs.getString("force_code")), Cipher.of(rs.getString("cipher")),
                (Integer) rs.getObject("version", Integer.class), rs.getString("accessed_by"), rs.getString("role"),
                rs.getObject("accessed_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
                IdentityAccess.Outcome.valueOf(rs.getString("outcome")))).list();
    }

    @Override
    public Map<String, Long> versionsByKey() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select key_id, count(*) from identity_version group by key_id order by key_id")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    @Override
    public long officersWithIdentity() {
        return jdbc.sql("select count(*) from (select distinct force_code, cipher from identity_version) officers")
                .query(Long.class).single();
    }

    private static SealedIdentity sealed(ResultSet rs) throws SQLException {
        return new SealedIdentity(new IdentityRecord(ForceCode.of(rs.getString("force_code")),
                Cipher.of(rs.getString("cipher")), rs.getInt("version"), rs.getString("key_id"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by")),
                rs.getString("nonce"), rs.getString("sealed"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
