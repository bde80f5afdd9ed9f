package uk.arcs.idempotency.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.arcs.idempotency.HeldKey;
import uk.arcs.idempotency.KeyStore;
import uk.arcs.idempotency.StoredAnswer;

/** The answer's body is kept as base64 text, so it is returned byte for byte on both databases. */
@Repository
class JdbcKeyStore implements KeyStore {

    private final JdbcClient jdbc;

    JdbcKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<HeldKey> find(String username, String key, Instant now) {
        return jdbc.sql("select * from idempotency_key where username = ? and idempotency_key = ? and expires_at > ?")
                .params(username, key, now.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public void hold(HeldKey key, Instant now) {
        jdbc.sql("delete from idempotency_key where username = ? and idempotency_key = ? and expires_at <= ?")
                .params(key.username(), key.key(), now.atOffset(ZoneOffset.UTC)).update();
        StoredAnswer answer = key.answer();
        jdbc.sql("""
                insert into idempotency_key (username, idempotency_key, fingerprint, method, path, created_at, expires_at,
                                             status, content_type, headers, body)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key.username(), key.key(), key.fingerprint(), key.method(), clip(key.path(), 500),
                        key.createdAt().atOffset(ZoneOffset.UTC), key.expiresAt().atOffset(ZoneOffset.UTC),
                        answer == null ? null : answer.status(), answer == null ? null : answer.contentType(),
                        answer == null ? null : headers(answer.headers()),
                        answer == null ? null : Base64.getEncoder().encodeToString(answer.body()))
                .update();
    }

    @Override
    public void keepAnswer(String username, String key, StoredAnswer answer) {
        jdbc.sql("""
                update idempotency_key set status = ?, content_type = ?, headers = ?, body = ?
                where username = ? and idempotency_key = ?""")
                .params(answer.status(), answer.contentType(), headers(answer.headers()),
                        Base64.getEncoder().encodeToString(answer.body()), username, key)
                .update();
    }

    @Override
    public int forgetExpired(Instant now) {
        return jdbc.sql("delete from idempotency_key where expires_at <= ?").param(now.atOffset(ZoneOffset.UTC)).update();
    }

    private static HeldKey map(ResultSet rs) throws SQLException {
        int status = rs.getInt("status");
        StoredAnswer answer = rs.wasNull() ? null : new StoredAnswer(status, rs.getString("content_type"),
                headers(rs.getString("headers")), Base64.getDecoder().decode(rs.getString("body")));
        return new HeldKey(rs.getString("username"), rs.getString("idempotency_key"), rs.getString("fingerprint"),
                rs.getString("method"), rs.getString("path"), instant(rs, "created_at"), instant(rs, "expires_at"),
                answer);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String headers(Map<String, String> headers) {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.toString();
    }

    private static Map<String, String> headers(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text != null) {
            text.lines().filter(l -> l.contains(": ")).forEach(l -> {
                int colon = l.indexOf(": ");
                headers.put(l.substring(0, colon), l.substring(colon + 2));
            });
        }
        return headers;
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
