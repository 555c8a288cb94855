package org.centrumhub.hub.config;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.postoffice.Binding;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.schema.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The queue on a party's inbound address stays empty since the inbound diverts take everything new, but a data folder
 * from before them may hold messages there that nothing reads any more. At start-up every such message is moved onto
 * its direction's inbound queue by the broker itself: the copies keep the address they were sent to
 * ({@code _AMQ_ORIG_ADDRESS}), so the hub still knows their sender. The log says how many were moved.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "embedded", matchIfMissing = true)
public class LegacyInboundQueues implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyInboundQueues.class);

    private final EmbeddedActiveMQ broker;
    private final PartyRegistry registry;
    private final HubAddresses addresses;

    public LegacyInboundQueues(EmbeddedActiveMQ broker, PartyRegistry registry, HubAddresses addresses) {
        this.broker = broker;
        this.registry = registry;
        this.addresses = addresses;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        ActiveMQServer server = broker.getActiveMQServer();
        for (Party party : InboundDiverts.parties(registry)) {
            SimpleString name = SimpleString.of(addresses.inbound(party));
            Queue queue = server.locateQueue(name);
            if (queue == null || queue.getMessageCount() == 0) {
                continue;
            }
            SimpleString target = SimpleString.of(addresses.inboundQueue(party.role()));
            Binding binding = server.getPostOffice().getBinding(target);
            int moved = queue.moveReferences(null, target, binding);
            LOG.info("{} message(s) left on {} from before the inbound diverts moved to {}", moved, name, target);
        }
    }
}
