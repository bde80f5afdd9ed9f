package uk.arcs.forecast.jdbc;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.arcs.capability.CapabilityService;
import uk.arcs.force.ForceDirectory;
import uk.arcs.forecast.Forecaster;
import uk.arcs.forecast.RequalificationForecaster;
import uk.arcs.forecast.ResponseTimes;
import uk.arcs.forecast.WhatIfEngine;
import uk.arcs.military.MilitaryService;
import uk.arcs.mutualaid.MutualAidService;
import uk.arcs.officer.OfficerRegistry;

@Configuration(proxyBeanMethods = false)
class ForecastConfiguration {

    @Bean
    Forecaster forecaster(CapabilityService capability, OfficerRegistry officers, ForceDirectory forces, Clock clock) {
        return new Forecaster(capability, officers, forces, clock);
    }

    @Bean
    RequalificationForecaster requalificationForecaster(CapabilityService capability, OfficerRegistry officers,
                                                        ForceDirectory forces, Clock clock) {
        return new RequalificationForecaster(capability, officers, forces, clock);
    }

    @Bean
    WhatIfEngine whatIfEngine(CapabilityService capability, MilitaryService military, MutualAidService mutualAid,
                              RequalificationForecaster requalification, ForceDirectory forces, Clock clock,
                              @Value("${arcs.forecast.places-per-instructor-per-week:6}") int places,
                              ObjectProvider<ResponseTimes> responseTimes) {
        return new WhatIfEngine(capability, military, mutualAid, requalification, forces, clock, places,
                responseTimes.getIfAvailable(() -> ResponseTimes.NONE));
    }
}
