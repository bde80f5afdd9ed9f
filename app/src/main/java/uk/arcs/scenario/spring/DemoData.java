package uk.arcs.scenario.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.arcs.force.ForceDirectory;
import uk.arcs.military.MilitaryService;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.scenario.London2023;
import uk.arcs.scenario.London2023Escalation;
import uk.arcs.scenario.ScenarioLoader;

/** In demo mode, an empty database is given the London 2023 scenario. */
@Component
@Order(0)
@ConditionalOnBooleanProperty("arcs.demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ForceDirectory forces;
    private final ScenarioLoader loader;
    private final MutualAidService aid;
    private final MilitaryService military;
    private final OfficerRegistry officers;

    DemoData(ForceDirectory forces, ScenarioLoader loader, MutualAidService aid, MilitaryService military,
             OfficerRegistry officers) {
        this.forces = forces;
        this.loader = loader;
        this.aid = aid;
        this.military = military;
        this.officers = officers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!forces.all().isEmpty()) {
            log.info("Demo: the database already holds {} forces; the London 2023 scenario is not loaded again",
                    forces.all().size());
            return;
        }
        ScenarioLoader.Summary summary = loader.load(London2023.generate()).orThrow("the London 2023 scenario");
        int escalation = London2023Escalation.replay(aid, military, officers);
        log.info("Demo: loaded the London 2023 scenario: {} forces, {} officers, {} officer events, {} posture events, "
                + "{} mutual aid and military steps", summary.forces(), summary.officersRegistered(),
                summary.officerEvents(), summary.postureEvents(), escalation);
    }
}
