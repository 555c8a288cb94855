package org.centrumhub.hub.routes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.jms.JmsMessage;
import org.centrumhub.hub.config.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps a message group in order when the broker hands it from one consumer to another: when a consumer closes, or
 * the node it ran on dies, while it holds messages of a group.
 * <p>
 * Artemis (2.44) unbinds the group from the leaving consumer at once ({@code QueueImpl.removeConsumer}), but puts the
 * messages that consumer held back on the queue only when the storage work pending at that moment is done
 * ({@code ServerConsumerImpl.close} rolls them back, and a rollback returns its messages in
 * {@code afterCompleteOperations}). A consumer that asks in between is given the group's next messages first, and the
 * held ones arrive after them. Seen in {@code TwoNodeTest}: a provider's messages prefetched by the killed node came
 * back some 25 ms after the other node had started on the provider's later ones, and a client's stop was judged
 * before the start it followed. (For an exclusive queue the broker waits for that storage work before it gives the
 * queue to another consumer; for groups it does not.)
 * <p>
 * The broker marks the first message a consumer gets of a group it did not have ({@link #FIRST_FOR_CONSUMER}, the
 * queue's {@code group-first-key}). On such a message this step waits {@code centrumhub.intake.group-handover-settle}
 * and rolls the consumer's session back before anything is done with it: the message, and everything else the consumer
 * holds, goes back to the queue in order, behind whatever the leaving consumer held; the group stays with this
 * consumer, which then takes it from its oldest message. The cost is one pause and one redelivery per group a consumer
 * takes on: once per group bucket after start-up, and again only when a consumer leaves.
 */
@Component("groupHandover")
public class GroupHandover implements Processor {
    /** The property the broker sets on the first message of a group a consumer gets (the queues' group-first-key). */
    public static final String FIRST_FOR_CONSUMER = "JMSXGroupFirstForConsumer";

    private static final Logger LOG = LoggerFactory.getLogger(GroupHandover.class);

    private final long settleMillis;
    private final MeterRegistry meters;
    private final Map<String, Counter> handovers = new ConcurrentHashMap<>();

    @Autowired
    public GroupHandover(HubProperties properties, MeterRegistry meters) {
        this(properties.intake().groupHandoverSettle(), meters);
    }

    public GroupHandover(Duration settle, MeterRegistry meters) {
        this.settleMillis = settle.toMillis();
        this.meters = meters;
    }

    @Override
    public void process(Exchange exchange) throws JMSException, InterruptedException {
        if (settleMillis <= 0 || !(exchange.getIn() instanceof JmsMessage jms) || jms.getJmsMessage() == null) {
            return;
        }
        jakarta.jms.Message message = jms.getJmsMessage();
        if (!message.propertyExists(FIRST_FOR_CONSUMER) || !message.getBooleanProperty(FIRST_FOR_CONSUMER)) {
            return;
        }
        Session session = jms.getJmsSession();
        if (session == null || !session.getTransacted()) {
            throw new IllegalStateException("a message group came to a consumer without a transacted session: "
                    + "it cannot be started again from its oldest message");
        }
        Thread.sleep(settleMillis);
        session.rollback();
        exchange.setRouteStop(true);
        String route = exchange.getFromRouteId();
        handovers.computeIfAbsent(route, id -> Counter.builder("centrumhub.group.handovers")
                .description("message groups this node's consumers took over from another consumer (or got first), "
                        + "each started again from its oldest message")
                .tag("route", id).register(meters)).increment();
        LOG.debug("{}: took over a message group; rolled back after {} ms so it starts from its oldest message",
                route, settleMillis);
    }
}
