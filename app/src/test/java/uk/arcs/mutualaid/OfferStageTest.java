package uk.arcs.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.arcs.common.Verdict;

class OfferStageTest {

    private static final Instant T = Instant.parse("2023-09-23T17:00:00Z");
    private static final Instant LATER = T.plusSeconds(3600);

    private static String refusal(Verdict<OfferStage> verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        Verdict.Refused<OfferStage> refused = (Verdict.Refused<OfferStage>) verdict;
        assertThat(refused.rule()).isEqualTo(OfferStage.RULE);
        return refused.reason();
    }

    @Test
    void offeredOfferCanBeAcceptedOrRefusedButNotDeployedOrStoodDown() {
        OfferStage offered = new OfferStage.Offered();
        assertThat(offered.accept(T).orThrow()).isEqualTo(new OfferStage.Accepted(T));
        assertThat(offered.refuse(T, "too few").orThrow()).isEqualTo(new OfferStage.Refused(T, "too few"));
        assertThat(refusal(offered.deploy(T, LATER))).contains("only an ACCEPTED offer can be deployed");
        assertThat(refusal(offered.standDown(T))).contains("only DEPLOYED officers");
        assertThat(offered.namingOpen()).isTrue();
    }

    @Test
    void acceptedOfferCanOnlyBeDeployed() {
        OfferStage accepted = new OfferStage.Accepted(T);
        assertThat(accepted.deploy(T, LATER).orThrow()).isEqualTo(new OfferStage.Deployed(T, LATER));
        assertThat(refusal(accepted.accept(T))).contains("not ACCEPTED");
        assertThat(refusal(accepted.refuse(T, "x"))).contains("not ACCEPTED");
        assertThat(refusal(accepted.standDown(T))).contains("not ACCEPTED");
        assertThat(accepted.namingOpen()).isTrue();
    }

    @Test
    void deployedOfficersCanOnlyBeStoodDownOnceTheirDeploymentHasStarted() {
        OfferStage deployed = new OfferStage.Deployed(T, LATER);
        assertThat(deployed.standDown(T.plusSeconds(60)).orThrow())
                .isEqualTo(new OfferStage.StoodDown(T, LATER, T.plusSeconds(60)));
        assertThat(refusal(deployed.standDown(T.minusSeconds(60)))).contains("before their deployment starts");
        assertThat(refusal(deployed.accept(T))).contains("not DEPLOYED");
        assertThat(deployed.namingOpen()).isFalse();
    }

    @Test
    void refusedAndStoodDownOffersAreFinished() {
        for (OfferStage finished : new OfferStage[] {new OfferStage.Refused(T, "x"), new OfferStage.StoodDown(T, LATER, LATER)}) {
            assertThat(finished.accept(T)).isInstanceOf(Verdict.Refused.class);
            assertThat(finished.refuse(T, "x")).isInstanceOf(Verdict.Refused.class);
            assertThat(finished.deploy(T, LATER)).isInstanceOf(Verdict.Refused.class);
            assertThat(finished.standDown(LATER)).isInstanceOf(Verdict.Refused.class);
            assertThat(finished.namingOpen()).isFalse();
        }
    }
}
