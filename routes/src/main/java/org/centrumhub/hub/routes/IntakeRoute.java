package org.centrumhub.hub.routes;

import org.apache.camel.builder.RouteBuilder;
import org.centrumhub.hub.intake.IntakeProcessor;
import org.springframework.stereotype.Component;

/**
 * Judges and stores a received message, then sends what follows from it in the same JMS transaction: the error
 * notice to {@code hub.errors.<party>}, or the answer to the sender's {@code hub.to-...} queue and, when
 * accepted, the message itself to its Ontvanger's {@code hub.to-...} queue.
 */
@Component
public class IntakeRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:intake")
                .routeId("intake")
                .convertBodyTo(byte[].class)
                .process("intakeProcessor")
                .split(body())
                    .setHeader("CentrumhubKind", simple("${body.kind}"))
                    .setHeader("CentrumhubQueue", simple("${body.queue}"))
                    .setBody(simple("${body.body}"))
                    .removeHeaders("JMS*")
                    .toD("jms:queue:${header.CentrumhubQueue}")
                .end();
    }
}
