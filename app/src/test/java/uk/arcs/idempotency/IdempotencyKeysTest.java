package uk.arcs.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.arcs.InMemoryArcs;

class IdempotencyKeysTest {

    /** Keys kept in a map; the transactions of InMemoryArcs commit or roll back around the registry's writes. */
    private static final class MapStore implements KeyStore {
        final Map<String, HeldKey> keys = new HashMap<>();

        @Override
        public Optional<HeldKey> find(String username, String key, Instant now) {
            return Optional.ofNullable(keys.get(username + "/" + key)).filter(k -> k.expiresAt().isAfter(now));
        }

        @Override
        public void hold(HeldKey key, Instant now) {
            HeldKey existing = keys.get(key.username() + "/" + key.key());
            if (existing != null && existing.expiresAt().isAfter(now)) {
                throw new IllegalStateException("duplicate key");
            }
            keys.put(key.username() + "/" + key.key(), key);
        }

        @Override
        public void keepAnswer(String username, String key, StoredAnswer answer) {
            HeldKey k = keys.get(username + "/" + key);
            keys.put(username + "/" + key, new HeldKey(k.username(), k.key(), k.fingerprint(), k.method(), k.path(),
                    k.createdAt(), k.expiresAt(), answer));
        }

        @Override
        public int forgetExpired(Instant now) {
            int before = keys.size();
            keys.values().removeIf(k -> !k.expiresAt().isAfter(now));
            return before - keys.size();
        }
    }

    private final InMemoryArcs arcs = new InMemoryArcs();
    private final MapStore store = new MapStore();
    private final IdempotencyKeys keys = new IdempotencyKeys(store, arcs, arcs.clock, Duration.ofHours(24));

    private static StoredAnswer answer(int status, String body) {
        return new StoredAnswer(status, "application/json", Map.of("ETag", "\"2\""), body.getBytes(StandardCharsets.UTF_8));
    }

    /** A request that writes: its transaction commits (holding the key) unless told to roll back. */
    private IdempotencyKeys.Ticket write(IdempotencyKeys.Admission admission, boolean commit) {
        IdempotencyKeys.Ticket ticket = ((IdempotencyKeys.Admission.Proceed) admission).ticket();
        if (commit) {
            arcs.inTransaction(() -> {
                keys.beforeCommit();
                return null;
            });
        } else {
            arcs.inRolledBackTransaction(() -> null);
        }
        return ticket;
    }

    @Test
    void retryOfARecordedRequestIsAnsweredAsTheFirstTime() {
        IdempotencyKeys.Ticket first = write(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"), true);
        keys.finish(first, answer(201, "{\"recorded\":3}"));
        assertThat(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"))
                .isEqualTo(new IdempotencyKeys.Admission.Replay(answer(201, "{\"recorded\":3}")));
    }

    @Test
    void keyIsPerUser() {
        IdempotencyKeys.Ticket first = write(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"), true);
        keys.finish(first, answer(201, "{}"));
        assertThat(keys.admit("met.planner", "k1", "fp", "POST", "/events"))
                .isInstanceOf(IdempotencyKeys.Admission.Proceed.class);
    }

    @Test
    void sameKeyForAnotherRequestIsAMismatch() {
        IdempotencyKeys.Ticket first = write(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"), true);
        keys.finish(first, answer(201, "{}"));
        assertThat(keys.admit("met.supervisor", "k1", "other", "POST", "/events"))
                .isEqualTo(new IdempotencyKeys.Admission.Mismatch("POST", "/events"));
    }

    @Test
    void duplicateWhileTheFirstRunsIsInProgressAndFreeOnceAnswered() {
        IdempotencyKeys.Admission first = keys.admit("met.supervisor", "k1", "fp", "POST", "/events");
        assertThat(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"))
                .isInstanceOf(IdempotencyKeys.Admission.InProgress.class);
        keys.finish(write(first, true), answer(201, "{}"));
        assertThat(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"))
                .isInstanceOf(IdempotencyKeys.Admission.Replay.class);
    }

    @Test
    void writeCommittedWithoutItsAnswerIsNeverRecordedAgain() {
        Instant before = arcs.clock.instant();
        IdempotencyKeys.Ticket crashed = write(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"), true);
        keys.abandon(crashed);
        assertThat(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"))
                .isEqualTo(new IdempotencyKeys.Admission.AnswerLost(before));
    }

    @Test
    void refusalThatRecordedNothingIsNotKeptSoTheRetryRunsAgain() {
        IdempotencyKeys.Ticket refused = write(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"), false);
        keys.finish(refused, answer(422, "{\"errors\":[]}"));
        assertThat(store.keys).isEmpty();
        assertThat(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"))
                .isInstanceOf(IdempotencyKeys.Admission.Proceed.class);
    }

    @Test
    void successThatWroteNothingIsKeptAndReplayed() {
        IdempotencyKeys.Admission admission = keys.admit("met.press", "k1", "fp", "POST", "/claims:check");
        keys.finish(((IdempotencyKeys.Admission.Proceed) admission).ticket(), answer(200, "{\"verdict\":\"FALSE\"}"));
        assertThat(keys.admit("met.press", "k1", "fp", "POST", "/claims:check"))
                .isEqualTo(new IdempotencyKeys.Admission.Replay(answer(200, "{\"verdict\":\"FALSE\"}")));
    }

    @Test
    void keyIsHeldOnlyByTheFirstWriteTransactionOfTheRequest() {
        IdempotencyKeys.Ticket ticket = write(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"), true);
        arcs.inTransaction(() -> {
            keys.beforeCommit();
            return null;
        });
        keys.finish(ticket, answer(201, "{}"));
        assertThat(store.keys).hasSize(1);
    }

    @Test
    void expiredKeyCanBeUsedAfresh() {
        IdempotencyKeys.Ticket first = write(keys.admit("met.supervisor", "k1", "fp", "POST", "/events"), true);
        keys.finish(first, answer(201, "{}"));
        arcs.clock.set(arcs.clock.instant().plus(Duration.ofHours(25)));
        IdempotencyKeys.Admission again = keys.admit("met.supervisor", "k1", "other", "POST", "/events");
        assertThat(again).isInstanceOf(IdempotencyKeys.Admission.Proceed.class);
        keys.finish(write(again, true), answer(201, "{\"second\":true}"));
        assertThat(keys.admit("met.supervisor", "k1", "other", "POST", "/events"))
                .isEqualTo(new IdempotencyKeys.Admission.Replay(answer(201, "{\"second\":true}")));
    }

    @Test
    void keysAreOneToTwoHundredVisibleCharacters() {
        IdempotencyKeys.validate("8c1d2f0e-7b4a-4b8e-9c9d-3f2a1b0c9d8e");
        IdempotencyKeys.validate("x".repeat(200));
        assertThatThrownBy(() -> IdempotencyKeys.validate("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdempotencyKeys.validate("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdempotencyKeys.validate("two words")).isInstanceOf(IllegalArgumentException.class);
    }
}
