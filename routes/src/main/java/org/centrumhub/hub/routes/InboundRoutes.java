package org.centrumhub.hub.routes;

import org.apache.camel.builder.RouteBuilder;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.intake.InboundEnvelope;
import org.centrumhub.schema.Party;
import org.springframework.stereotype.Component;

/**
 * One route per registered party on its inbound address ({@code hub.from-provider.<AGB>},
 * {@code hub.from-municipality.<CBS>}), with one consumer so its messages keep their order: each gets the hub's
 * envelope (a hub id, the party, the client's message group) and moves to the intake queue in one JMS transaction.
 */
@Component
public class InboundRoutes extends RouteBuilder {
    private final PartyRegistry registry;
    private final HubAddresses addresses;
    private final InboundEnvelope envelope;

    public InboundRoutes(PartyRegistry registry, HubAddresses addresses, InboundEnvelope envelope) {
        this.registry = registry;
        this.addresses = addresses;
        this.envelope = envelope;
    }

    @Override
    public void configure() {
        registry.providers().forEach(entry -> inbound(Party.provider(entry.code())));
        registry.municipalities().forEach(entry -> inbound(Party.municipality(entry.code())));
    }

    private void inbound(Party party) {
        // the JMS message itself as the body (mapJmsMessage=false): its size is checked before anything reads it
        from("jms:queue:" + addresses.inbound(party) + "?concurrentConsumers=1&maxConcurrentConsumers=1&mapJmsMessage=false")
                .routeId(party.role().name().toLowerCase() + "-inbound-" + party.code())
                .routeConfigurationId(HubRouteConfiguration.ID)
                .transacted()
                .setProperty(HubRouteConfiguration.PARTY, constant(party))
                .process(exchange -> envelope.wrap(exchange, party))
                .to("jms:queue:{{centrumhub.addresses.intake}}");
    }
}
