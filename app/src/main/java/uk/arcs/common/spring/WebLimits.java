package uk.arcs.common.spring;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Limits on what a request may carry, and how the server answers what it refuses before ARCS sees it. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class WebLimits {

    /** Just after the security filters: an anonymous caller is refused before its body is read. */
    static final int BODY_LIMIT_ORDER = -99;

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(@Value("${arcs.http.max-body-size:2MB}") DataSize limit) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit(limit));
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    @Bean
    ProblemReports problemReports() {
        return new ProblemReports();
    }

    /** Replaces Tomcat's HTML error report with a problem; runs after Spring Boot's own valve settings. */
    static final class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                // The host adds its own report valve, which shows exception details, unless it finds this class.
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
