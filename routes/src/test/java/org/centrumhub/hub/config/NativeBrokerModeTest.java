package org.centrumhub.hub.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** An external broker (native mode) means no embedded one, unless asked for explicitly. */
class NativeBrokerModeTest {

    @Test
    void nativeModeTurnsTheEmbeddedBrokerOff() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.artemis.mode", "native");
        new NativeBrokerMode().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(NativeBrokerMode.EMBEDDED_ENABLED)).isEqualTo("false");
    }

    @Test
    void embeddedModeAndAnExplicitSettingAreLeftAlone() {
        MockEnvironment embedded = new MockEnvironment().withProperty("spring.artemis.mode", "embedded");
        new NativeBrokerMode().postProcessEnvironment(embedded, new SpringApplication());
        assertThat(embedded.getProperty(NativeBrokerMode.EMBEDDED_ENABLED)).isNull();

        MockEnvironment explicit = new MockEnvironment().withProperty("spring.artemis.mode", "native")
                .withProperty(NativeBrokerMode.EMBEDDED_ENABLED, "true");
        new NativeBrokerMode().postProcessEnvironment(explicit, new SpringApplication());
        assertThat(explicit.getProperty(NativeBrokerMode.EMBEDDED_ENABLED)).isEqualTo("true");
    }
}
