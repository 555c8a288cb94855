package org.centrumhub.hub.routes;

import jakarta.jms.JMSException;
import java.util.Set;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.config.InboundDiverts;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.intake.InboundEnvelope;
import org.centrumhub.schema.Party;
import org.springframework.stereotype.Component;

/**
 * One route per direction on its inbound queue ({@code hub.inbound.from-providers},
 * {@code hub.inbound.from-municipalities}), where the broker diverts every party's inbound address
 * ({@link InboundDiverts}), with {@code centrumhub.intake.inbound-consumers} consumers however many parties there are.
 * The broker groups the messages by the address they were sent to, so one party's messages are taken in the order
 * it sent them. Each message gets the hub's envelope (a hub id, its sender, the client's message group) and moves to
 * the intake queue in one JMS transaction. The sender is the address the broker accepted the message on (its
 * {@code _AMQ_ORIG_ADDRESS}, which only that party may send to), never anything the message says of itself.
 */
@Component
public class InboundRoutes extends RouteBuilder {
    /** The property in which the broker's divert keeps the address a message was sent to. */
    static final String ORIGINAL_ADDRESS = Message.HDR_ORIGINAL_ADDRESS.toString();

    private final HubAddresses addresses;
    private final InboundEnvelope envelope;
    private final Set<Party> registered;

    public InboundRoutes(PartyRegistry registry, HubAddresses addresses, InboundEnvelope envelope) {
        this.addresses = addresses;
        this.envelope = envelope;
        this.registered = Set.copyOf(InboundDiverts.parties(registry));
    }

    @Override
    public void configure() {
        inbound(Party.Role.PROVIDER);
        inbound(Party.Role.MUNICIPALITY);
    }

    private void inbound(Party.Role role) {
        String direction = role == Party.Role.PROVIDER ? "providers" : "municipalities";
        // the JMS message itself as the body (mapJmsMessage=false): its size is checked before anything reads it
        from("jms:queue:" + addresses.inboundQueue(role)
                + "?concurrentConsumers={{centrumhub.intake.inbound-consumers}}&mapJmsMessage=false")
                .routeId("inbound-" + direction)
                .routeConfigurationId(HubRouteConfiguration.ID)
                .process("groupHandover").id("group-handover-" + direction)
                .process(exchange -> {
                    Party party = sender(exchange, role);
                    exchange.setProperty(HubRouteConfiguration.PARTY, party);
                    envelope.wrap(exchange, party);
                })
                .to("jms:queue:{{centrumhub.addresses.intake}}");
    }

    /** The registered party whose inbound address the broker accepted the message on. */
    private Party sender(Exchange exchange, Party.Role role) throws JMSException {
        jakarta.jms.Message jms = exchange.getMessage().getBody(jakarta.jms.Message.class);
        String address = jms == null ? null : jms.getStringProperty(ORIGINAL_ADDRESS);
        return addresses.sender(role, address).filter(registered::contains)
                .orElseThrow(() -> new UnknownSenderException("a message on " + addresses.inboundQueue(role)
                        + " came from " + (address == null ? "no address" : "address " + address)
                        + ", which is not the inbound address of a registered party"));
    }

    /** A message that did not come through a registered party's divert: an operator has to look at it. */
    static final class UnknownSenderException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        UnknownSenderException(String message) {
            super(message);
        }
    }
}
