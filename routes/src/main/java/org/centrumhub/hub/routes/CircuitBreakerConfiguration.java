package org.centrumhub.hub.routes;

import java.sql.Connection;
import javax.sql.DataSource;
import org.apache.camel.LoggingLevel;
import org.apache.camel.throttling.ThrottlingExceptionRoutePolicy;
import org.centrumhub.hub.config.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pauses the intake while the database is unavailable: after a few failures for lack of it the route's consumer is
 * suspended (messages wait on the broker, where they are safe), the database is checked every few seconds, and
 * consumption resumes once it answers. So an outage of minutes sends nothing to a dead-letter queue.
 */
@Configuration(proxyBeanMethods = false)
public class CircuitBreakerConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreakerConfiguration.class);

    @Bean
    ThrottlingExceptionRoutePolicy databaseCircuitBreaker(HubProperties properties, DataSource dataSource) {
        HubProperties.CircuitBreaker settings = properties.intake().circuitBreaker();
        ThrottlingExceptionRoutePolicy policy = new ThrottlingExceptionRoutePolicy(settings.failures(),
                settings.window().toMillis(), settings.checkEvery().toMillis(), TransientFailures.DATABASE);
        policy.setStateLoggingLevel(LoggingLevel.WARN);
        policy.setHalfOpenHandler(() -> {
            try (Connection connection = dataSource.getConnection()) {
                boolean valid = connection.isValid(2);
                LOG.warn("intake paused for the database; it {}", valid ? "answers again: resuming" : "does not answer yet");
                return valid;
            } catch (Exception e) {
                LOG.warn("intake paused for the database; it does not answer yet ({})", e.getClass().getSimpleName());
                return false;
            }
        });
        return policy;
    }
}
