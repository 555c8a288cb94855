package org.centrumhub.hub.routes;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A baseline for the load driver, off by default: take a message off {@code bench.bare.in} and put it on
 * {@code bench.bare.out} in one JMS transaction, with nothing else. The intake's figures next to this one show
 * what checking, storing and answering cost on the same broker.
 */
@Component
@ConditionalOnProperty(name = "centrumhub.bench.bare-route", havingValue = "true")
public class BareBenchmarkRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("jms:queue:bench.bare.in?concurrentConsumers={{centrumhub.intake.consumers:1}}")
                .routeId("bench-bare")
                .routeConfigurationId(HubRouteConfiguration.ID)
                .to("jms:queue:bench.bare.out");
    }
}
