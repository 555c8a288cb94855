package org.centrumhub.hub.routes;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.intake.DeadLetters;
import org.centrumhub.hub.intake.Dispatch;
import org.springframework.stereotype.Component;

/**
 * Error handling for every route, once; each route names it ({@code routeConfigurationId(ID)}).
 * <ul>
 * <li>The database or broker unavailable: tried again with growing pauses, then left on its queue (the transaction
 * rolls back); the intake pauses ({@link DatabaseOutagePolicy}) until the database answers again. Never a dead
 * letter.</li>
 * <li>Anything else is the message's own: tried again a few times, then it goes to {@code hub.dlq} with the reason
 * (replayable by an operator) and its sender gets a {@code PROCESSING_FAILED} notice, in the transaction that takes
 * it off its queue.</li>
 * </ul>
 */
@Component
public class HubRouteConfiguration extends RouteConfigurationBuilder {
    public static final String ID = "hub-errors";
    /** The exchange property with the party whose address a message came from, for its notices. */
    public static final String PARTY = "CentrumhubParty";

    private final HubProperties.Intake intake;

    public HubRouteConfiguration(HubProperties properties) {
        this.intake = properties.intake();
    }

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class).onWhen(new TransientFailures())
                    .maximumRedeliveries(intake.transientRetries())
                    .redeliveryDelay(intake.transientRetryDelay().toMillis())
                    .useExponentialBackOff().backOffMultiplier(2)
                    .retryAttemptedLogLevel(LoggingLevel.WARN)
                    .logExhausted(false)
                    .handled(false)
                    .log(LoggingLevel.WARN, "${routeId}: ${exception.class.simpleName}: left on its queue for later")
                .end()
                .onException(Exception.class)
                    .maximumRedeliveries(intake.redeliveries())
                    .redeliveryDelay(intake.redeliveryDelay().toMillis())
                    .retryAttemptedLogLevel(LoggingLevel.WARN)
                    .handled(true)
                    // the message as the route received it: the routes leave body and envelope as they found them.
                    // Not useOriginalMessage(): that makes every route copy every message on arrival, body and all,
                    // and a message over the size limit must never be read
                    .bean(DeadLetters.class, "mark")
                    .log(LoggingLevel.ERROR, "${routeId}: message ${header.CentrumhubMessageId} moved to the dead-letter "
                            + "queue: ${header." + DeadLetters.FAILURE + "}")
                    .to("jms:queue:{{centrumhub.addresses.dlq}}")
                    .bean(DeadLetters.class, "notice")
                    .toD("jms:queue:${header." + Dispatch.QUEUE + "}")
                .end();
    }
}
