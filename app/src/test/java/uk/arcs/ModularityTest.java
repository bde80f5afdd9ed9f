package uk.arcs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ArcsApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsItsOwnModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("common", "force", "officer", "posture", "capability", "mutualaid", "military", "command",
                        "forecast", "reporting", "scenario", "security", "planning", "dashboard", "identity", "audit",
                        "idempotency");
    }
}
