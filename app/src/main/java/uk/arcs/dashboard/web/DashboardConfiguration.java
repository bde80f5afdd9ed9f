package uk.arcs.dashboard.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.arcs.dashboard.LiveFeed;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    LiveFeed liveFeed() {
        return new LiveFeed();
    }
}
