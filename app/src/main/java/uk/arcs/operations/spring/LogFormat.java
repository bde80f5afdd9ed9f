package uk.arcs.operations.spring;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code ARCS_LOG_FORMAT=json} turns the console log into one JSON object a line (Elastic Common Schema), for a log
 * shipper; {@code ecs}, {@code logstash} and {@code gelf} choose that structure; {@code text} (the default) is the
 * usual lines. Runs before the logging system starts, so that even the first line has the chosen form.
 */
public class LogFormat implements EnvironmentPostProcessor, Ordered {

    static final String VARIABLE = "ARCS_LOG_FORMAT";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = structuredFormat(environment.getProperty(VARIABLE, ""));
        if (format != null) {
            environment.getPropertySources().addLast(new MapPropertySource("arcsLogFormat", Map.of(
                    "logging.structured.format.console", format, "spring.main.banner-mode", "off")));
        }
    }

    /** Spring Boot's structured format for the setting, or null for plain text. */
    static String structuredFormat(String setting) {
        String format = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (format) {
            case "", "text" -> null;
            case "json", "ecs" -> "ecs";
            case "logstash", "gelf" -> format;
            default -> throw new IllegalArgumentException(VARIABLE + " must be json (or ecs, logstash, gelf) or text, "
                    + "not '" + setting + "'");
        };
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
