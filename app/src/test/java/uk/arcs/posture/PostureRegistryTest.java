package uk.arcs.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.arcs.TestForces.TEST;
import static uk.arcs.TestForces.london;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.arcs.InMemoryArcs;
import uk.arcs.TestForces;
import uk.arcs.common.Outcome;
import uk.arcs.common.RowError;
import uk.arcs.force.Accreditation;

class PostureRegistryTest {

    private InMemoryArcs arcs;

    @BeforeEach
    void aForceWithAPosture() {
        arcs = new InMemoryArcs();
        arcs.clock.set(london("2023-04-01T12:00"));
        TestForces.register(arcs);
        record(arv("2023-04-01T00:00", 15, 3), site("2023-04-01T00:00", "DOWNING_STREET", 20),
                site("2023-04-01T00:00", "HEATHROW", 80), ct("2023-04-01T00:00", 18));
    }

    private static SubmittedPostureChange submitted(PostureChange change) {
        return SubmittedPostureChange.now("events", 1, change, "planner");
    }

    private Outcome<List<PostureEvent>> record(PostureChange... changes) {
        return arcs.postures.record(TEST, java.util.Arrays.stream(changes).map(PostureRegistryTest::submitted).toList());
    }

    static PostureChange arv(String at, int cars, int crew) {
        return new PostureChange(PostureEventType.ARV_REQUIREMENT, london(at), "ARV posture", null, null, null, cars,
                crew, null, null, null);
    }

    static PostureChange site(String at, String code, int posts) {
        return new PostureChange(PostureEventType.SITE_REQUIREMENT, london(at), "site posture", code, code, 
                Accreditation.PROTECTION_AFO, posts, null, false, null, null);
    }

    static PostureChange ct(String at, int officers) {
        return new PostureChange(PostureEventType.CT_REQUIREMENT, london(at), "CT readiness", null, null, null, officers,
                null, null, null, null);
    }

    static PostureChange level(String at, ThreatLevel level) {
        return new PostureChange(PostureEventType.THREAT_LEVEL, london(at), "JTAC", null, null, null, null, null, null,
                null, level);
    }

    private Posture at(String at) {
        return arcs.postures.postureAt(TEST, london(at), arcs.clock.instant());
    }

    @Test
    void threatUpliftRaisesEveryRequirementRoundingUp() {
        record(level("2023-05-01T00:00", ThreatLevel.SEVERE));
        Posture severe = at("2023-05-02T00:00");
        assertThat(severe.upliftPercentNow()).isEqualTo(20);
        assertThat(severe.arvCarsRequired()).isEqualTo(18);
        assertThat(severe.counterTerrorismRequired()).isEqualTo(22);
        assertThat(severe.sitesRequired()).extracting(SiteRequirement::posts).containsExactly(24, 96);
        assertThat(at("2023-04-30T00:00").arvCarsRequired()).isEqualTo(15);
    }

    @Test
    void configuredUpliftReplacesTheDefault() {
        record(new PostureChange(PostureEventType.THREAT_UPLIFT, london("2023-05-01T00:00"), "local policy", null, null,
                null, 100, null, null, null, ThreatLevel.CRITICAL), level("2023-05-01T00:00", ThreatLevel.CRITICAL));
        assertThat(at("2023-05-02T00:00").arvCarsRequired()).isEqualTo(30);
    }

    @Test
    void postureAtAnInstantIgnoresChangesRecordedLater() {
        arcs.clock.set(london("2023-06-01T12:00"));
        record(arv("2023-05-01T00:00", 20, 3));
        assertThat(arcs.postures.postureAt(TEST, london("2023-05-15T00:00"), london("2023-06-01T11:00")).arvCarsRequired())
                .isEqualTo(15);
        assertThat(arcs.postures.postureAt(TEST, london("2023-05-15T00:00"), london("2023-06-01T12:00")).arvCarsRequired())
                .isEqualTo(20);
    }

    @Test
    void siteKeepsItsPlaceWhenItsPostsChangeAndCanBeRemoved() {
        record(site("2023-05-01T00:00", "DOWNING_STREET", 25));
        assertThat(at("2023-05-02T00:00").sitesRequired()).extracting(SiteRequirement::site, SiteRequirement::posts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DOWNING_STREET", 25),
                        org.assertj.core.groups.Tuple.tuple("HEATHROW", 80));
        record(new PostureChange(PostureEventType.SITE_REMOVED, london("2023-06-01T00:00"), "closed", "HEATHROW", null,
                null, null, null, null, null, null));
        assertThat(at("2023-06-02T00:00").sitesRequired()).extracting(SiteRequirement::site).containsExactly("DOWNING_STREET");
    }

    @Test
    void removingASiteThatIsNotRequiredIsRefusedAndNothingIsRecorded() {
        int stored = arcs.storedPostureEvents();
        Outcome<List<PostureEvent>> outcome = record(arv("2023-05-01T00:00", 16, 3),
                new PostureChange(PostureEventType.SITE_REMOVED, london("2023-05-01T00:00"), "closed", "NOWHERE", null,
                        null, null, null, null, null, null));
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected<?>) outcome).errors()).extracting(RowError::message)
                .containsExactly("site NOWHERE is not required at " + london("2023-05-01T00:00"));
        assertThat(arcs.storedPostureEvents()).isEqualTo(stored);
        assertThat(at("2023-05-02T00:00").arvCarsRequired()).isEqualTo(15);
    }

    @Test
    void changeWithoutWhatItsTypeNeedsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> arv("2023-05-01T00:00", 15, 0)).isInstanceOf(InvalidPostureException.class)
                .hasMessageContaining("crew size");
        assertThatThrownBy(() -> new PostureChange(PostureEventType.SITE_REQUIREMENT, Instant.EPOCH, "x", "downing st",
                "Downing Street", Accreditation.PROTECTION_AFO, 1, null, false, null, null))
                .isInstanceOfSatisfying(InvalidPostureException.class, e -> assertThat(e.field()).isEqualTo("site"));
    }
}
