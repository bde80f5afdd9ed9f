package uk.arcs.simulation.spring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.arcs.simulation.CoverageMap;
import uk.arcs.simulation.Simulator;
import uk.arcs.simulation.json.BoroughGeoJson;

/**
 * The London coverage map the dashboard draws. As many replications of a year as a what-if runs: each figure is
 * steady to a percentage point or so, and a number of cars not yet drawn answers in well under a second.
 */
@Configuration(proxyBeanMethods = false)
class LondonCoverageMap {

    @Bean
    CoverageMap londonCoverage() {
        return new CoverageMap(BoroughGeoJson.london(), BoroughGeoJson.outlines(), Simulator.onAllCores(),
                LondonResponseTimes.REPLICATIONS);
    }
}
