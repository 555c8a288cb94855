package org.centrumhub.hub.config;

import org.apache.activemq.artemis.core.config.Configuration;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The embedded broker's network side, which Spring Boot's properties cannot express: one TCP acceptor speaking
 * CORE, AMQP 1.0 and STOMP next to the in-VM one, and the journal's sync policy. Only used when the broker is
 * embedded ({@code spring.artemis.mode=embedded}); an external broker is configured with {@code spring.artemis.*}.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {

    @Bean
    ArtemisConfigurationCustomizer networkAndJournal(HubProperties properties) {
        return (Configuration configuration) -> {
            String acceptor = properties.broker().acceptor();
            if (acceptor != null && !acceptor.isBlank()) {
                try {
                    configuration.addAcceptorConfiguration("tcp", acceptor
                            + (acceptor.contains("?") ? "&" : "?") + "protocols=CORE,AMQP,STOMP");
                } catch (Exception e) {
                    throw new IllegalStateException("bad centrumhub.broker.acceptor " + acceptor + ": " + e.getMessage(), e);
                }
            }
            configuration.setJournalSyncTransactional(properties.broker().journalSync());
            configuration.setJournalSyncNonTransactional(properties.broker().journalSync());
        };
    }
}
