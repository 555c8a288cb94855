package org.centrumhub.hub.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.centrumhub.hub.security.ExternalBrokerFiles;
import org.junit.jupiter.api.Test;

/** An external broker gets the same address settings as the embedded one, from the broker.properties the hub writes. */
class BrokerConfigurationTest {

    @Test
    void theExternalBrokersPropertiesMatchTheEmbeddedSettings() throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(ExternalBrokerFiles.brokerProperties(Map.of())));
        ConfigurationImpl external = new ConfigurationImpl();
        external.parsePrefixedProperties(properties, null);

        AddressSettings parsed = external.getAddressSettings().get(BrokerConfiguration.HUB_ADDRESSES);
        AddressSettings embedded = BrokerConfiguration.hubAddressSettings();
        assertThat(parsed).as("settings for " + BrokerConfiguration.HUB_ADDRESSES).isNotNull();
        assertThat(parsed.getMaxDeliveryAttempts()).isEqualTo(embedded.getMaxDeliveryAttempts()).isEqualTo(-1);
        assertThat(parsed.getRedeliveryDelay()).isEqualTo(embedded.getRedeliveryDelay()).isZero();
        assertThat(parsed.getDefaultGroupBuckets()).isEqualTo(embedded.getDefaultGroupBuckets());
    }
}
