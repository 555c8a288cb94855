package org.centrumhub.hub.intake;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
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
 * than the limit is not read at all: the broker's size of it goes on instead of its body; a JMS message that is
 * neither bytes nor text goes on with the reason it cannot be read.
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

    /**
     * Wraps a message that arrived on the party's address. The route hands over the JMS message itself (Camel's
     * {@code mapJmsMessage=false}), so nothing reads its body before the size the broker gives has been checked.
     */
    public void wrap(Exchange exchange, Party party) throws JMSException, InvalidPayloadException {
        var message = exchange.getMessage();
        jakarta.jms.Message jms = message.getMandatoryBody(jakarta.jms.Message.class);
        String clientMessageId = jms.getJMSMessageID();
        message.removeHeaders("*");
        long brokerSize = jms.propertyExists(LARGE_BODY_SIZE) ? jms.getLongProperty(LARGE_BODY_SIZE) : -1;
        byte[] body = brokerSize > maxBytes ? null : body(jms);
        long size = body != null ? body.length : brokerSize;
        if (size > maxBytes) {
            message.setBody(new byte[0]);
            message.setHeader(Envelope.OVERSIZE, size);
        } else if (body == null) {
            message.setBody(new byte[0]);
            message.setHeader(Envelope.UNREADABLE, "a JMS " + jms.getClass().getSimpleName().replace("ActiveMQ", "")
                    + " carries no message of the standard: send the XML as bytes or as text");
        } else {
            message.setBody(body);
            group(body, party).ifPresent(group -> message.setHeader(Envelope.GROUP, group));
        }
        put(message, UUID.randomUUID(), party, clientMessageId);
    }

    /** The body of a bytes or text message; null for other kinds of JMS message. */
    private static byte[] body(jakarta.jms.Message jms) throws JMSException {
        if (jms instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            return body;
        }
        if (jms instanceof TextMessage text) {
            return text.getText() == null ? new byte[0] : text.getText().getBytes(StandardCharsets.UTF_8);
        }
        return null;
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

}
