package uk.arcs.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.arcs.TestForces.TEST;
import static uk.arcs.TestForces.officer;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.InMemoryArcs;
import uk.arcs.TestForces;
import uk.arcs.common.Actor;
import uk.arcs.common.NotFoundException;
import uk.arcs.common.Outcome;
import uk.arcs.common.RowError;
import uk.arcs.officer.Cipher;

/** The vault's rules: versions appended, never changed; reads need a reason and are logged; keys rotate. */
class IdentityVaultTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final IdentityKey FIRST_KEY = IdentityKey.generate(RANDOM);
    private static final Identity QUILLON = new Identity("Quillon Marrowdale", "WN-1021");
    private static final Identity ZEPHYRINE = new Identity("Zephyrine Ottaway", "WN-2040");

    private InMemoryArcs arcs;
    private InMemoryIdentityStore store;
    private IdentityVault vault;

    @BeforeEach
    void aForceWithThreeOfficers() {
        arcs = new InMemoryArcs();
        TestForces.register(arcs);
        arcs.officers.write(TEST, List.of(officer("AR101", "ARV", 1), officer("AR102", "ARV", 2),
                officer("AR103", "ARV", 3)), List.of()).orThrow("setup");
        store = new InMemoryIdentityStore(arcs);
        vault = vault(Keyring.of(FIRST_KEY, List.of()));
    }

    private IdentityVault vault(Keyring keys) {
        return new IdentityVault(arcs, arcs.officers, store, arcs, keys, RANDOM, arcs.clock);
    }

    private static SubmittedIdentity row(int row, String cipher, Identity identity) {
        return new SubmittedIdentity("identities.csv", row, Cipher.of(cipher), identity);
    }

    private static Actor admin() {
        return new Actor("identity.admin", "IDENTITY_ADMIN", null, null, null);
    }

    private Disclosure read(String cipher) {
        return vault.disclose(TEST, Cipher.of(cipher), admin(), "firearms discharge inquiry 2026/17");
    }

    @Test
    void changeIsANewVersionAndEveryEarlierVersionIsKeptAsItWas() {
        vault.seal(TEST, List.of(row(1, "AR101", QUILLON)), "identity.admin").orThrow("first");
        SealedIdentity first = store.rows.getFirst();
        arcs.clock.advanceSeconds(60);
        List<IdentityVault.Written> written = vault.seal(TEST, List.of(row(1, "AR101", ZEPHYRINE)), "second.admin")
                .orThrow("second");
        assertThat(written.getFirst().changed()).isTrue();
        assertThat(written.getFirst().record().version()).isEqualTo(2);
        assertThat(store.rows).hasSize(2).first().isEqualTo(first);
        Disclosure disclosure = read("AR101");
        assertThat(disclosure.identity()).isEqualTo(ZEPHYRINE);
        assertThat(disclosure.history()).extracting(IdentityRecord::version, IdentityRecord::recordedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "identity.admin"),
                        org.assertj.core.groups.Tuple.tuple(2, "second.admin"));
    }

    @Test
    void writingTheIdentityAlreadyHeldRecordsNothing() {
        vault.seal(TEST, List.of(row(1, "AR101", QUILLON)), "identity.admin").orThrow("first");
        List<IdentityVault.Written> again = vault.seal(TEST, List.of(row(1, "AR101",
                new Identity(" Quillon Marrowdale ", "WN-1021"))), "identity.admin").orThrow("again");
        assertThat(again.getFirst().changed()).isFalse();
        assertThat(again.getFirst().record().version()).isEqualTo(1);
        assertThat(store.rows).hasSize(1);
    }

    @Test
    void batchWithUnknownOrRepeatedOfficersSealsNothingAndNamesEveryBadRow() {
        Outcome<List<IdentityVault.Written>> outcome = vault.seal(TEST, List.of(row(1, "AR101", QUILLON),
                row(2, "ZZ999", ZEPHYRINE), row(3, "AR101", ZEPHYRINE)), "identity.admin");
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        List<RowError> errors = ((Outcome.Rejected<?>) outcome).errors();
        assertThat(errors).extracting(RowError::row, RowError::field, RowError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "cipher", "unknown cipher ZZ999 in force TEST"),
                org.assertj.core.groups.Tuple.tuple(3, "cipher", "officer AR101 appears twice (first at row 1)"));
        assertThat(store.rows).isEmpty();
    }

    @Test
    void readNeedsAReasonOfTenCharactersAndRecordsNothingWithoutOne() {
        vault.seal(TEST, List.of(row(1, "AR101", QUILLON)), "identity.admin").orThrow("seal");
        for (String reason : new String[] {null, "", "  why  "}) {
            assertThatThrownBy(() -> vault.disclose(TEST, Cipher.of("AR101"), admin(), reason))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("reason: say why you need this officer's identity, in at least 10");
        }
        assertThat(store.accesses).isEmpty();
    }

    @Test
    void everyReadIsLoggedWithWhoWhenWhyAndWhatCameOfIt() {
        vault.seal(TEST, List.of(row(1, "AR101", QUILLON)), "identity.admin").orThrow("seal");
        Disclosure disclosure = read("AR101");
        read("AR101");
        assertThatThrownBy(() -> read("AR102")).isInstanceOf(NotFoundException.class)
                .hasMessage("no sealed identity for TEST/AR102");
        List<IdentityAccess> log = vault.accessLog(TEST, null, 10);
        assertThat(log).extracting(IdentityAccess::cipher, IdentityAccess::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Cipher.of("AR102"), IdentityAccess.Outcome.NO_IDENTITY),
                org.assertj.core.groups.Tuple.tuple(Cipher.of("AR101"), IdentityAccess.Outcome.DISCLOSED),
                org.assertj.core.groups.Tuple.tuple(Cipher.of("AR101"), IdentityAccess.Outcome.DISCLOSED));
        IdentityAccess first = log.getLast();
        assertThat(first.id()).isEqualTo(disclosure.accessId());
        assertThat(first.accessedBy()).isEqualTo("identity.admin");
        assertThat(first.role()).isEqualTo("IDENTITY_ADMIN");
        assertThat(first.reason()).isEqualTo("firearms discharge inquiry 2026/17");
        assertThat(first.accessedAt()).isEqualTo(arcs.clock.instant());
        assertThat(first.version()).isEqualTo(1);
        assertThat(log.toString()).doesNotContain("Quillon").doesNotContain("WN-1021");
    }

    @Test
    void unreadableRecordIsLoggedAsSuchAndDisclosesNothing() {
        vault.seal(TEST, List.of(row(1, "AR101", QUILLON)), "identity.admin").orThrow("seal");
        IdentityVault otherKey = vault(Keyring.of(IdentityKey.generate(RANDOM), List.of()));
        assertThatThrownBy(() -> otherKey.disclose(TEST, Cipher.of("AR101"), admin(), "complaint reference 88/2026"))
                .isInstanceOf(IdentityUnreadableException.class).hasMessageContaining("is not configured");
        assertThat(store.accesses).singleElement().extracting(IdentityAccess::outcome)
                .isEqualTo(IdentityAccess.Outcome.UNREADABLE);
    }

    @Test
    void lockedVaultRefusesWritesAndReadsWithAClearMessage() {
        IdentityVault locked = vault(Keyring.none());
        assertThat(locked.unlocked()).isFalse();
        assertThatThrownBy(() -> locked.seal(TEST, List.of(row(1, "AR101", QUILLON)), "identity.admin"))
                .isInstanceOf(VaultLockedException.class).hasMessageContaining("Set ARCS_IDENTITY_KEY");
        assertThatThrownBy(() -> locked.disclose(TEST, Cipher.of("AR101"), admin(), "complaint reference 88/2026"))
                .isInstanceOf(VaultLockedException.class);
        assertThat(store.rows).isEmpty();
        assertThat(store.accesses).isEmpty();
        assertThat(locked.status().currentKeyId()).isNull();
    }

    @Test
    void rekeyReSealsEveryVersionUnderTheNewKeySoTheOldKeyCanBeRetired() {
        vault.seal(TEST, List.of(row(1, "AR101", QUILLON), row(2, "AR102", ZEPHYRINE)), "identity.admin")
                .orThrow("seal");
        vault.seal(TEST, List.of(row(1, "AR101", ZEPHYRINE)), "identity.admin").orThrow("change");
        IdentityKey second = IdentityKey.generate(RANDOM);
        IdentityVault rotating = vault(Keyring.of(second, List.of(FIRST_KEY)));
        assertThat(rotating.status().versionsByKey()).containsExactly(java.util.Map.entry(FIRST_KEY.id(), 3L));
        IdentityVault.Rekeyed rekeyed = rotating.rekey("cli:ops").orThrow("rekey");
        assertThat(rekeyed).isEqualTo(new IdentityVault.Rekeyed(second.id(), 3, 0));
        assertThat(rotating.status().versionsByKey()).containsExactly(java.util.Map.entry(second.id(), 3L));
        assertThat(store.rekeys).containsExactly("cli:ops " + second.id() + " 3");
        IdentityVault retired = vault(Keyring.of(second, List.of()));
        assertThat(retired.disclose(TEST, Cipher.of("AR101"), admin(), "rotation check 2026").identity())
                .isEqualTo(ZEPHYRINE);
        assertThat(retired.disclose(TEST, Cipher.of("AR102"), admin(), "rotation check 2026").history().getFirst()
                .recordedBy()).isEqualTo("identity.admin");
        assertThat(retired.rekey("cli:ops").orThrow("again")).isEqualTo(new IdentityVault.Rekeyed(second.id(), 0, 3));
    }

    @Test
    void rekeyWithoutTheOldKeyChangesNothingAndNamesEveryVersionItCannotOpen() {
        vault.seal(TEST, List.of(row(1, "AR101", QUILLON), row(2, "AR102", ZEPHYRINE)), "identity.admin")
                .orThrow("seal");
        List<SealedIdentity> before = List.copyOf(store.rows);
        IdentityVault forgotten = vault(Keyring.of(IdentityKey.generate(RANDOM), List.of()));
        Outcome<IdentityVault.Rekeyed> outcome = forgotten.rekey("cli:ops");
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected<?>) outcome).errors()).extracting(RowError::source)
                .containsExactly("TEST/AR101", "TEST/AR102");
        assertThat(store.rows).isEqualTo(before);
        assertThat(store.rekeys).isEmpty();
    }
}
