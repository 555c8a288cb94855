package org.centrumhub.hub.routes;

import org.apache.camel.builder.RouteBuilder;
import org.centrumhub.hub.intake.Dispatch;
import org.springframework.stereotype.Component;

/**
 * Judges each message on the intake queue ({@code intakeProcessor}: judge, store, or find what an earlier attempt
 * decided) and sends what was decided, each message to the queue its {@code CentrumhubQueue} header names, in the
 * same JMS transaction that takes it off the queue. Consumption pauses while the database is unavailable
 * ({@code databaseOutagePolicy}) and resumes by itself.
 */
@Component
public class IntakeRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("jms:queue:{{centrumhub.addresses.intake}}?concurrentConsumers={{centrumhub.intake.consumers}}")
                .routeId("intake")
                .routeConfigurationId(HubRouteConfiguration.ID)
                .routePolicyRef("databaseOutagePolicy")
                .process("groupHandover").id("group-handover")
                .process("intakeProcessor").id("judge")
                .split(method("dispatch", "messages"))
                    .toD("jms:queue:${header." + Dispatch.QUEUE + "}").id("send")
                .end();
    }
}
