package org.centrumhub.hub.routes;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * Error handling for every route, once: what still fails after the redeliveries goes to {@code hub.dlq} with the
 * reason attached, in the same transaction that takes it off its queue.
 */
@Component
public class HubRouteConfiguration extends RouteConfigurationBuilder {

    @Override
    public void configuration() {
        routeConfiguration("hub-errors")
                .onException(Exception.class)
                    .maximumRedeliveries("{{centrumhub.intake.redeliveries:3}}")
                    .redeliveryDelay(200)
                    .handled(true)
                    .useOriginalMessage()
                    .setHeader("CentrumhubFailure", simple("${exception.class.simpleName}: ${exception.message}"))
                    .log(org.apache.camel.LoggingLevel.ERROR, "${routeId}: moved to hub.dlq after redeliveries: ${header.CentrumhubFailure}")
                    .to("jms:queue:hub.dlq");
    }
}
