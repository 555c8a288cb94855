package org.centrumhub.hub.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;

/** An external broker gets the same address settings as the embedded one, from config/artemis/broker.properties. */
class BrokerConfigurationTest {

    @Test
    void theExternalBrokersPropertiesMatchTheEmbeddedSettings() throws Exception {
        Path properties = Path.of("").toAbsolutePath();
        while (!Files.exists(properties.resolve("config/artemis/broker.properties"))) {
            properties = properties.getParent();
        }
        ConfigurationImpl external = new ConfigurationImpl();
        external.parseProperties(properties.resolve("config/artemis/broker.properties").toString());

        AddressSettings parsed = external.getAddressSettings().get(BrokerConfiguration.HUB_ADDRESSES);
        AddressSettings embedded = BrokerConfiguration.hubAddressSettings();
        assertThat(parsed).as("settings for " + BrokerConfiguration.HUB_ADDRESSES).isNotNull();
        assertThat(parsed.getMaxDeliveryAttempts()).isEqualTo(embedded.getMaxDeliveryAttempts()).isEqualTo(-1);
        assertThat(parsed.getRedeliveryDelay()).isEqualTo(embedded.getRedeliveryDelay()).isZero();
        assertThat(parsed.getDefaultGroupBuckets()).isEqualTo(embedded.getDefaultGroupBuckets());
    }
}
