package org.centrumhub.hub.intake;

import jakarta.jms.JMSException;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsMessage;
import org.centrumhub.hub.store.ClientKeys;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.intake.Intake;
import org.centrumhub.transform.xml.MessagePeek;
import org.springframework.stereotype.Component;

/**
 * Puts the hub's envelope on a message that arrived on a party's address, before it goes to the intake queue: a new
 * hub id, the party, the client's own JMS id, and the message group of its client (so messages about one client are
 * judged one after another, in the order they arrived). Every property the client set is dropped. A message larger
 * than the limit is not read at all: the broker's size of it goes on instead of its body.
 */
@Component
public class InboundEnvelope {
    /** The property in which the broker gives the size of a large message it streams. */
    static final String LARGE_BODY_SIZE = "_AMQ_LARGE_SIZE";

    private final ClientKeys clientKeys;
    private final long maxBytes;

    public InboundEnvelope(ClientKeys clientKeys, Intake intake) {
        this.clientKeys = clientKeys;
        this.maxBytes = intake.maxBytes();
    }

    /** Wraps a message that arrived on the party's address. */
    public void wrap(Exchange exchange, Party party) throws Exception {
        var message = exchange.getMessage();
        String clientMessageId = message.getHeader("JMSMessageID", String.class);
        long size = brokerSize(exchange);
        message.removeHeaders("*");
        if (size > maxBytes) {
            message.setBody(new byte[0]);
            message.setHeader(Envelope.OVERSIZE, size);
        } else {
            byte[] body = message.getMandatoryBody(byte[].class);
            if (body.length > maxBytes) {
                message.setBody(new byte[0]);
                message.setHeader(Envelope.OVERSIZE, (long) body.length);
            } else {
                message.setBody(body);
                group(body, party).ifPresent(group -> message.setHeader(Envelope.GROUP, group));
            }
        }
        put(message, UUID.randomUUID(), party, clientMessageId);
    }

    /** The envelope of a message the HTTP intake accepted: the same headers, an id the caller already gave out. */
    public void wrap(org.apache.camel.Message message, UUID id, Party party, byte[] body) {
        message.setBody(body);
        group(body, party).ifPresent(group -> message.setHeader(Envelope.GROUP, group));
        put(message, id, party, null);
    }

    private static void put(org.apache.camel.Message message, UUID id, Party party, String clientMessageId) {
        message.setHeader(Envelope.MESSAGE_ID, id.toString());
        message.setHeader(Envelope.PARTY_ROLE, party.role().name());
        message.setHeader(Envelope.PARTY_CODE, party.code());
        if (clientMessageId != null) {
            message.setHeader(Envelope.CLIENT_MESSAGE_ID, clientMessageId);
        }
    }

    /**
     * The message group: the client key of a message about one client, the sender of a declaration (a provider's
     * declarations in order; its many clients are locked while it is judged). None for what cannot be read: the
     * intake refuses it.
     */
    Optional<String> group(byte[] body, Party party) {
        return MessagePeek.peek(body).flatMap(peek -> peek.type().kind() == MessageType.Kind.DECLARATION
                ? Optional.of("declarations-" + party.code()) : peek.bsn().map(clientKeys::of));
    }

    /** The size the broker gives for a large message, without reading its body; -1 when it gives none. */
    private static long brokerSize(Exchange exchange) throws JMSException {
        JmsMessage jms = exchange.getMessage(JmsMessage.class);
        if (jms == null || jms.getJmsMessage() == null || !jms.getJmsMessage().propertyExists(LARGE_BODY_SIZE)) {
            return -1;
        }
        return jms.getJmsMessage().getLongProperty(LARGE_BODY_SIZE);
    }
}
