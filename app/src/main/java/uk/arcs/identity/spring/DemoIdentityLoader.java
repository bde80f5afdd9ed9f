package uk.arcs.identity.spring;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.arcs.force.Force;
import uk.arcs.force.ForceDirectory;
import uk.arcs.identity.DemoIdentities;
import uk.arcs.identity.IdentityVault;
import uk.arcs.identity.SubmittedIdentity;
import uk.arcs.officer.Officer;
import uk.arcs.officer.OfficerRegistry;

/** In demo mode, an empty vault is given invented identities for every officer, after the demo data is loaded. */
@Component
@Order(1)
@ConditionalOnBooleanProperty("arcs.demo")
class DemoIdentityLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIdentityLoader.class);

    private final IdentityVault vault;
    private final ForceDirectory forces;
    private final OfficerRegistry officers;

    DemoIdentityLoader(IdentityVault vault, ForceDirectory forces, OfficerRegistry officers) {
        this.vault = vault;
        this.forces = forces;
        this.officers = officers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!vault.unlocked() || vault.status().officers() > 0) {
            return;
        }
        int sealed = 0;
        for (Force force : forces.all()) {
            List<SubmittedIdentity> rows = new ArrayList<>();
            for (Officer officer : officers.officers(force.code())) {
                rows.add(new SubmittedIdentity("demo", rows.size() + 1, officer.cipher(),
                        DemoIdentities.of(force.code(), officer.cipher())));
            }
            if (!rows.isEmpty()) {
                sealed += vault.seal(force.code(), rows, "demo").orThrow("demo identities").size();
            }
        }
        log.info("Demo: sealed {} invented identities in the identity vault", sealed);
    }
}
