package uk.arcs.scenario.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.arcs.force.ForceDirectory;
import uk.arcs.scenario.London2023;
import uk.arcs.scenario.ScenarioLoader;

/**
 * {@code arcs.scenario=london-2023} gives an empty database the London 2023 scenario outside demo mode, for
 * commands that replay it, such as {@code ./arcs simulate --scenario london-2023 --at ...} on an in-memory
 * database. Demo mode loads it already ({@link DemoData}).
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "arcs.scenario", havingValue = "london-2023")
@ConditionalOnBooleanProperty(name = "arcs.demo", havingValue = false, matchIfMissing = true)
class ScenarioPreload implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScenarioPreload.class);

    private final ForceDirectory forces;
    private final ScenarioLoader loader;

    ScenarioPreload(ForceDirectory forces, ScenarioLoader loader) {
        this.forces = forces;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!forces.all().isEmpty()) {
            log.info("The database already holds {} forces; the London 2023 scenario is not loaded again",
                    forces.all().size());
            return;
        }
        loader.load(London2023.generate()).orThrow("the London 2023 scenario");
    }
}
