package uk.arcs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.arcs.common.ForbiddenException;

class ArcsUserTest {

    private static final ArcsUser MET_SUPERVISOR = new ArcsUser("met.supervisor", null, Role.SUPERVISOR, "MET");
    private static final ArcsUser LIAISON = new ArcsUser("mod.liaison", null, Role.MILITARY_LIAISON, null);

    @Test
    void aForceRoleWorksOnItsOwnForceOnPagesAsInTheApi() {
        assertThat(MET_SUPERVISOR.pageForce(null)).isEqualTo("MET");
        assertThat(MET_SUPERVISOR.pageForce(" met ")).isEqualTo("MET");
        assertThat(MET_SUPERVISOR.ownForce("")).isEqualTo("MET");
        assertThatThrownBy(() -> MET_SUPERVISOR.pageForce("KENT")).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("not on KENT");
    }

    @Test
    void aNationalRoleChoosesTheForceButHasNoneOfItsOwn() {
        assertThat(LIAISON.pageForce("kent")).isEqualTo("KENT");
        assertThat(LIAISON.pageForce(null)).isNull();
        assertThatThrownBy(() -> LIAISON.ownForce("MET")).isInstanceOf(ForbiddenException.class);
    }
}
