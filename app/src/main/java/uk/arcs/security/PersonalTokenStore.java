package uk.arcs.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code personal_token} table. */
class PersonalTokenStore {

    private final JdbcClient jdbc;

    PersonalTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    synchronized PersonalToken insert(String owner, String name, String hash, Instant createdAt, Instant expiresAt) {
        long id = jdbc.sql("select coalesce(max(id), 0) + 1 from personal_token").query(Long.class).single();
        jdbc.sql("""
                insert into personal_token (id, owner, name, token_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, owner, name, hash, utc(createdAt), utc(expiresAt))
                .update();
        return new PersonalToken(id, owner, name, hash, createdAt, expiresAt, null, null);
    }

    List<PersonalToken> all() {
        return jdbc.sql("select * from personal_token order by id").query(PersonalTokenStore::row).list();
    }

    List<PersonalToken> ownedBy(String owner) {
        return jdbc.sql("select * from personal_token where owner = ? order by id").params(owner)
                .query(PersonalTokenStore::row).list();
    }

    void used(long id, Instant when) {
        jdbc.sql("update personal_token set last_used_at = ? where id = ?").params(utc(when), id).update();
    }

    void revoked(long id, Instant when) {
        jdbc.sql("update personal_token set revoked_at = ? where id = ? and revoked_at is null").params(utc(when), id)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static PersonalToken row(ResultSet rs, int n) throws SQLException {
        return new PersonalToken(rs.getLong("id"), rs.getString("owner"), rs.getString("name"),
                rs.getString("token_hash"), instant(rs, "created_at"), instant(rs, "expires_at"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
