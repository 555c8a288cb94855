package org.centrumhub.hub.routes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.centrumhub.hub.intake.Envelope;
import org.centrumhub.hub.intake.IntakeProcessor;
import org.centrumhub.hub.intake.WaitingDeclarations;
import org.centrumhub.schema.Party;
import org.springframework.stereotype.Component;

/**
 * Declarations waiting for their assignments go back on the intake queue to be judged again: when an assignment to
 * their provider arrived after their last judgement, and on the day their 325 is due (then they are answered with
 * the codes that still apply). They queue in their provider's declaration group, so they keep their order.
 * <p>
 * Every hub node runs this timer, and needs no lock to do so: the look is a claim, not a job. Each waiting declaration
 * is handed to one look ({@link WaitingDeclarations#takeDue}: the rows another node's look holds are skipped, and a
 * claimed one is not claimed again for a minute), and should a slow intake let it be claimed twice, each request
 * carries its own attempt id and is judged under the client's lock: the first that decides the declaration sends
 * the 325, any other attempt finds it decided and sends nothing ({@code IntakeProcessor}).
 */
@Component
public class WaitingDeclarationsRoute extends RouteBuilder {
    private final WaitingDeclarations waiting;
    private final Clock clock;

    public WaitingDeclarationsRoute(WaitingDeclarations waiting, Clock clock) {
        this.waiting = waiting;
        this.clock = clock;
    }

    @Override
    public void configure() {
        from("timer:waiting-declarations?period={{centrumhub.declarations.recheck-every:5000}}")
                .routeId("waiting-declarations")
                .routeConfigurationId(HubRouteConfiguration.ID)
                .process(exchange -> exchange.getMessage().setBody(due()))
                .split(body())
                    .process(this::judgeAgain)
                    .to("jms:queue:{{centrumhub.addresses.intake}}").id("requeue")
                .end();
    }

    private List<WaitingDeclarations.Due> due() {
        return waiting.takeDue(LocalDate.now(clock), clock.instant(), 60);
    }

    private void judgeAgain(Exchange exchange) {
        WaitingDeclarations.Due due = exchange.getMessage().getBody(WaitingDeclarations.Due.class);
        var message = exchange.getMessage();
        message.setBody(new byte[0]);
        message.setHeader(Envelope.MESSAGE_ID, due.messageId().toString());
        message.setHeader(Envelope.PARTY_ROLE, Party.Role.PROVIDER.name());
        message.setHeader(Envelope.PARTY_CODE, due.provider());
        message.setHeader(Envelope.GROUP, "declarations-" + due.provider());
        message.setHeader(IntakeProcessor.REJUDGE, UUID.randomUUID().toString());
    }
}
