package uk.arcs.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Origin SUPERVISOR = new Origin("met.supervisor", "SUPERVISOR", "MET", "10.0.0.7", "POST",
            "/api/v1/forces/MET/events");

    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> records = new ArrayList<>();
        String previous = AuditRecord.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditRecord record = AuditRecord.seal(i, Instant.parse("2026-01-01T10:00:00Z").plusSeconds(i), SUPERVISOR,
                    i + " officer events recorded for MET", AuditRecord.RECORDED, previous);
            records.add(record);
            previous = record.hash();
        }
        return records;
    }

    private static ChainCheck verify(List<AuditRecord> records) {
        ChainVerifier verifier = new ChainVerifier();
        for (AuditRecord record : records) {
            if (!verifier.accept(record)) {
                break;
            }
        }
        return verifier.result();
    }

    private static AuditRecord withSummary(AuditRecord r, String summary, String hash) {
        return new AuditRecord(r.sequence(), r.recordedAt(), r.username(), r.role(), r.force(), r.client(), r.method(),
                r.path(), summary, r.outcome(), r.previousHash(), hash);
    }

    @Test
    void cleanChainIsIntactWithItsHead() {
        List<AuditRecord> records = chain(5);
        assertThat(verify(records)).isEqualTo(new ChainCheck.Intact(5, 5, records.getLast().hash()));
        assertThat(records.getFirst().previousHash()).isEqualTo(AuditRecord.GENESIS);
        assertThat(records.get(1).previousHash()).isEqualTo(records.get(0).hash());
    }

    @Test
    void emptyChainIsIntact() {
        assertThat(verify(List.of())).isEqualTo(new ChainCheck.Intact(0, 0, AuditRecord.GENESIS));
    }

    @Test
    void changedContentIsFoundAtThatRecord() {
        List<AuditRecord> records = chain(5);
        AuditRecord third = records.get(2);
        records.set(2, withSummary(third, "nothing was recorded", third.hash()));
        ChainCheck check = verify(records);
        assertThat(check).isInstanceOf(ChainCheck.Broken.class);
        assertThat(((ChainCheck.Broken) check).sequence()).isEqualTo(3);
        assertThat(((ChainCheck.Broken) check).reason()).contains("does not match its hash");
    }

    @Test
    void changeWithARecomputedHashIsFoundAtTheNextRecord() {
        List<AuditRecord> records = chain(5);
        AuditRecord third = withSummary(records.get(2), "nothing was recorded", null);
        records.set(2, withSummary(third, third.summary(), third.expectedHash()));
        ChainCheck.Broken broken = (ChainCheck.Broken) verify(records);
        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.reason()).contains("does not carry the hash of record 3");
    }

    @Test
    void deletedRecordIsFoundWhereItIsMissing() {
        List<AuditRecord> records = chain(5);
        records.remove(1);
        ChainCheck.Broken broken = (ChainCheck.Broken) verify(records);
        assertThat(broken.sequence()).isEqualTo(2);
        assertThat(broken.reason()).isEqualTo("record 2 is missing: the record after 1 is 3");
        assertThat(verify(chain(5).subList(1, 5))).isEqualTo(new ChainCheck.Broken(1,
                "record 1 is missing: the record after 0 is 2"));
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        AuditRecord r = chain(1).getFirst();
        List<AuditRecord> changed = List.of(
                new AuditRecord(r.sequence(), r.recordedAt().plusNanos(1000), r.username(), r.role(), r.force(),
                        r.client(), r.method(), r.path(), r.summary(), r.outcome(), r.previousHash(), r.hash()),
                new AuditRecord(r.sequence(), r.recordedAt(), "met.gold", r.role(), r.force(), r.client(), r.method(),
                        r.path(), r.summary(), r.outcome(), r.previousHash(), r.hash()),
                new AuditRecord(r.sequence(), r.recordedAt(), r.username(), r.role(), null, r.client(), r.method(),
                        r.path(), r.summary(), r.outcome(), r.previousHash(), r.hash()),
                new AuditRecord(r.sequence(), r.recordedAt(), r.username(), r.role(), r.force(), "10.0.0.8", r.method(),
                        r.path(), r.summary(), r.outcome(), r.previousHash(), r.hash()),
                new AuditRecord(r.sequence(), r.recordedAt(), r.username(), r.role(), r.force(), r.client(), r.method(),
                        r.path(), r.summary(), "REFUSED 422", r.previousHash(), r.hash()));
        for (AuditRecord record : changed) {
            assertThat(record.expectedHash()).as(record.toString()).isNotEqualTo(r.hash());
        }
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        Origin a = new Origin("ab", null, null, "c", null, null);
        Origin b = new Origin("a", null, null, "bc", null, null);
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        assertThat(AuditRecord.seal(1, at, a, "x", "RECORDED", AuditRecord.GENESIS).hash())
                .isNotEqualTo(AuditRecord.seal(1, at, b, "x", "RECORDED", AuditRecord.GENESIS).hash());
    }
}
