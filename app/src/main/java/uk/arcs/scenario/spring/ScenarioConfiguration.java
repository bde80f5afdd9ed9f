package uk.arcs.scenario.spring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.arcs.common.Transactions;
import uk.arcs.force.ForceDirectory;
import uk.arcs.officer.OfficerRegistry;
import uk.arcs.posture.PostureRegistry;
import uk.arcs.scenario.CsvExchange;
import uk.arcs.scenario.ScenarioLoader;

@Configuration(proxyBeanMethods = false)
class ScenarioConfiguration {

    @Bean
    ScenarioLoader scenarioLoader(ForceDirectory forces, OfficerRegistry officers, PostureRegistry postures,
                                  Transactions transactions) {
        return new ScenarioLoader(forces, officers, postures, transactions);
    }

    @Bean
    CsvExchange csvExchange(ForceDirectory forces, OfficerRegistry officers, PostureRegistry postures,
                            ScenarioLoader loader) {
        return new CsvExchange(forces, officers, postures, loader);
    }
}
