package org.centrumhub.hub.config;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code spring.artemis.mode=native} the broker is elsewhere, yet Spring Boot starts its embedded one whenever
 * {@code spring.artemis.embedded.enabled} is true (its condition does not look at the mode): a second broker in the
 * hub's process, without the hub's security, and with several hub nodes on one data folder a journal that only one
 * of them can lock (the others wait for it for ever). So native mode turns the embedded broker off, unless
 * {@code spring.artemis.embedded.enabled} is set explicitly. Registered in {@code META-INF/spring.factories}.
 */
public class NativeBrokerMode implements EnvironmentPostProcessor {
    static final String EMBEDDED_ENABLED = "spring.artemis.embedded.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("native".equalsIgnoreCase(environment.getProperty("spring.artemis.mode", ""))
                && environment.getProperty(EMBEDDED_ENABLED) == null) {
            environment.getPropertySources().addLast(new MapPropertySource("centrumhub-native-broker",
                    Map.of(EMBEDDED_ENABLED, "false")));
        }
    }
}
