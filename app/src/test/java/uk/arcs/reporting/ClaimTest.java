package uk.arcs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.arcs.force.Accreditation;

class ClaimTest {

    private static Claim read(String text) {
        return Claim.read(text).orElseThrow(() -> new AssertionError("not read: " + text));
    }

    @Test
    void everyQuantifierIsRead() {
        assertThat(read("All firearms officers have stepped back").quantity()).isEqualTo(new Claim.Quantity.All());
        assertThat(read("No ARV officers have returned").quantity()).isEqualTo(new Claim.Quantity.None());
        assertThat(read("More than 100 firearms officers have stepped back").quantity())
                .isEqualTo(new Claim.Quantity.MoreThan(100));
        assertThat(read("Fewer than 50 officers have handed in their tickets").quantity())
                .isEqualTo(new Claim.Quantity.FewerThan(50));
        assertThat(read("About 300 officers have stepped back").quantity()).isEqualTo(new Claim.Quantity.About(300));
        assertThat(read("90 of the Met's 2,595 firearms officers stepped back").quantity())
                .isEqualTo(new Claim.Quantity.OutOf(90, 2595));
        assertThat(read("Hundreds of armed officers have stepped back").quantity()).isEqualTo(new Claim.Quantity.Hundreds());
        assertThat(read("The majority of firearms officers have stepped back").quantity())
                .isEqualTo(new Claim.Quantity.Majority());
    }

    @Test
    void subjectAndRoleAreRead() {
        Claim claim = read("All counter-terrorism firearms officers on duty have stepped back");
        assertThat(claim.subject()).isEqualTo(Claim.Subject.STEPPED_BACK);
        assertThat(claim.accreditation()).isEqualTo(Accreditation.CTSFO);
        assertThat(claim.onDutyOnly()).isTrue();
        assertThat(read("More than 40 ARV officers are available").subject()).isEqualTo(Claim.Subject.AVAILABLE);
        assertThat(read("Fewer than 10 ARV officers have returned").subject()).isEqualTo(Claim.Subject.RETURNED);
        assertThat(read("All firearms officers have stepped back").accreditation()).isNull();
    }

    @Test
    void whatCannotBeReadIsNotGuessed() {
        assertThat(Claim.read("The Met is in crisis")).isEmpty();
        assertThat(Claim.read("Officers have stepped back")).isEmpty();
        assertThat(Claim.read("All officers have stepped back and returned")).isEmpty();
        assertThat(Claim.read("All cars are out")).isEmpty();
    }
}
