package org.centrumhub.hub.routes;

import org.apache.camel.builder.RouteBuilder;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.intake.IntakeProcessor;
import org.centrumhub.transform.intake.Party;
import org.springframework.stereotype.Component;

/**
 * One consumer route per registered party on its public address: {@code hub.from-provider.<AGB>} and
 * {@code hub.from-municipality.<CBS>}. Each marks who the message came from and hands it to the intake, within
 * the consumer's JMS transaction.
 */
@Component
public class InboundRoutes extends RouteBuilder {
    private final PartyRegistry registry;

    public InboundRoutes(PartyRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void configure() {
        for (PartyRegistry.Entry provider : registry.providers()) {
            inbound(Party.Role.PROVIDER, "provider", provider.code());
        }
        for (PartyRegistry.Entry municipality : registry.municipalities()) {
            inbound(Party.Role.MUNICIPALITY, "municipality", municipality.code());
        }
    }

    private void inbound(Party.Role role, String name, String code) {
        from("jms:queue:hub.from-" + name + "." + code + "?concurrentConsumers={{centrumhub.intake.consumers:1}}")
                .routeId(name + "-inbound-" + code)
                .transacted()
                .setHeader(IntakeProcessor.PARTY_ROLE, constant(role.name()))
                .setHeader(IntakeProcessor.PARTY_CODE, constant(code))
                .to("direct:intake");
    }
}
