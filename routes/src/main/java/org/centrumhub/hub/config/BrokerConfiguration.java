package org.centrumhub.hub.config;

import java.time.Duration;
import java.util.List;
import org.apache.activemq.artemis.api.config.ActiveMQDefaultConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.nativo.jlibaio.LibaioContext;
import org.centrumhub.hub.addresses.HubAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The embedded broker's side of things that Spring Boot's properties cannot express: one TCP acceptor speaking
 * CORE, AMQP 1.0 and STOMP next to the in-VM one, the journal's sync policy, and the hub's address settings. Only
 * used when the broker is embedded ({@code spring.artemis.mode=embedded}); an external broker is configured with
 * {@code spring.artemis.*} and gets the same address settings from the files the hub writes for it
 * ({@code centrumhub.security.external-broker-folder}, ExternalBrokerFiles).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerConfiguration.class);

    @Bean
    ArtemisConfigurationCustomizer networkAndJournal(HubProperties properties, HubAddresses addresses) {
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
            journal(configuration, properties.broker());
            configuration.addAddressSetting(HUB_ADDRESSES, hubAddressSettings());
            partyAddressMatches(addresses).forEach(match -> configuration.addAddressSetting(match, partyAddressSettings()));
        };
    }

    /** The address matches of the parties' own queues: three per party, thousands on a national hub. */
    public static List<String> partyAddressMatches(HubAddresses addresses) {
        return List.of(addresses.fromProvider() + "#", addresses.fromMunicipality() + "#",
                addresses.toProvider() + "#", addresses.toMunicipality() + "#", addresses.errors() + "#");
    }

    /**
     * A party's queues, made at its first login or by the hub's first send to it (PartyArrivals), and kept.
     * <ul>
     *   <li>Kept ({@code auto-delete-queues} and {@code -addresses} off): a queue the hub's producer made (Artemis'
     *   auto-create, which only the hub has the right to use) would otherwise be deleted once drained, and a send
     *   that had found it a moment before would land on an address without a queue, which the broker drops.</li>
     *   <li>Small: its hand-off buffer starts at 64 references instead of Artemis' 8,192 (32 KB each, 470 MB of heap
     *   for 5,000 parties' queues; it grows when needed), and Artemis' own metrics are off for it (about ten series
     *   a queue; PartyQueueBacklog reports the parties' queues with a backlog instead).</li>
     * </ul>
     */
    public static AddressSettings partyAddressSettings() {
        return new AddressSettings().setInitialQueueBufferSize(64).setEnableMetrics(false)
                .setAutoDeleteQueues(false).setAutoDeleteAddresses(false);
    }

    /**
     * The journal: ASYNCIO (Linux' libaio) where it can load, else NIO, unless chosen; its buffer timeout when set,
     * else Artemis' default for that type. The log says which.
     */
    static void journal(Configuration configuration, HubProperties.Broker broker) {
        JournalType type = switch (broker.journalType()) {
            case NIO -> JournalType.NIO;
            case ASYNCIO -> JournalType.ASYNCIO;
            case AUTO -> LibaioContext.isLoaded() ? JournalType.ASYNCIO : JournalType.NIO;
        };
        configuration.setJournalType(type);
        Duration timeout = broker.journalBufferTimeout();
        int nanos = timeout != null ? (int) timeout.toNanos() : type == JournalType.ASYNCIO
                ? ActiveMQDefaultConfiguration.getDefaultJournalBufferTimeoutAio()
                : ActiveMQDefaultConfiguration.getDefaultJournalBufferTimeoutNio();
        configuration.setJournalBufferTimeout_AIO(nanos);
        configuration.setJournalBufferTimeout_NIO(nanos);
        LOG.info("Broker journal: {}, buffer timeout {} µs, sync {}", type, nanos / 1000, broker.journalSync());
    }

    /** Every address of the hub ({@code hub.#}). */
    static final String HUB_ADDRESSES = "hub.#";

    /**
     * The hub decides itself what cannot be processed (its dead-letter queue, with the reason): the broker never
     * gives up on a hub message ({@code max-delivery-attempts} -1), so an outage of the database rolls messages back
     * onto their queue however long it lasts, and redelivers at once (a redelivery delay would let later messages of
     * the same client overtake the one rolled back). Message groups are hashed into a bounded number of buckets.
     */
    public static AddressSettings hubAddressSettings() {
        return new AddressSettings().setMaxDeliveryAttempts(-1).setRedeliveryDelay(0).setDefaultGroupBuckets(1024);
    }
}
