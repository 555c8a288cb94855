package org.centrumhub.hub.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Party;
import org.springframework.stereotype.Component;

/**
 * What the hub sends about a message, from what was stored about it: the one function used both when a message is
 * first judged and when a redelivery replays an earlier decision. Each message sent carries the hub's id of the
 * message it is about ({@code CentrumhubMessageId}: a consumer that sees one twice on its queue drops the second)
 * and what it is ({@code CentrumhubKind}); the route sends each to the queue in {@code CentrumhubQueue}.
 */
@Component("dispatch")
public class Dispatch {
    /** The exchange property that holds the stored decision between the processor and the splitter. */
    public static final String DECISION = "CentrumhubDecision";
    /**
     * The exchange property that holds a declaration's parts as they were just stored, when it was judged on this
     * exchange; without it (a redelivery, a judgement again) the parts are read from the store.
     */
    public static final String PARTS = "CentrumhubParts";
    public static final String QUEUE = "CentrumhubQueue";
    public static final String KIND = "CentrumhubKind";
    public static final String ADVICE = "CentrumhubAdvice";

    /** What a sent message is. */
    public enum Kind {
        /** The hub's retour or 325 to the sender. */
        ANSWER,
        /** The message itself, forwarded to its receiver. */
        FORWARD,
        /** A provider's retour, relayed to the municipality. */
        RELAY,
        /** A JSON error notice to the sender. */
        ERROR,
        /**
         * A participating municipality's part of a declaration the hub judged and answered for the region: its own
         * clients' granted lines, for its administration. Not to be answered.
         */
        DECLARATION
    }

    /** One message to send: where to, what, and what it is. */
    public record Outgoing(String queue, Object body, Kind kind) {
    }

    private final HubAddresses addresses;
    private final MessageStore store;

    public Dispatch(HubAddresses addresses, MessageStore store) {
        this.addresses = addresses;
        this.store = store;
    }

    /**
     * Exactly what follows from a stored decision, in order; a declaration's parts as just stored, or read from the
     * store when {@code parts} is null.
     */
    public List<Outgoing> of(MessageStore.Stored stored, Map<String, byte[]> parts) {
        List<Outgoing> outgoing = new ArrayList<>(2);
        if (stored.notice() != null) {
            outgoing.add(new Outgoing(addresses.errors(stored.party()), stored.notice(), Kind.ERROR));
        }
        if (stored.answer() != null) {
            outgoing.add(new Outgoing(addresses.outbound(stored.party()), stored.answer(), Kind.ANSWER));
        }
        if (stored.outcome().passedOn() && stored.type() != null
                && MessageType.valueOf(stored.type()).kind() == MessageType.Kind.DECLARATION) {
            (parts != null ? parts : store.parts(stored.id())).forEach((municipality, xml) -> outgoing.add(new Outgoing(
                    addresses.outbound(new Party(Party.Role.MUNICIPALITY, municipality)), xml, Kind.DECLARATION)));
        } else if (stored.outcome().passedOn()) {
            Party receiver = new Party(stored.party().role().counterpart(), stored.receiver());
            outgoing.add(new Outgoing(addresses.outbound(receiver), stored.raw(),
                    stored.inReplyTo() != null ? Kind.RELAY : Kind.FORWARD));
        }
        return outgoing;
    }

    /** The splitter's view: the messages to send for the decision on the exchange, each with its headers. */
    public List<Message> messages(Exchange exchange) {
        MessageStore.Stored stored = exchange.getProperty(DECISION, MessageStore.Stored.class);
        CamelContext camel = exchange.getContext();
        List<Message> messages = new ArrayList<>();
        if (stored == null) {
            return messages; // a re-judgement of a declaration another attempt already decided: nothing to send
        }
        @SuppressWarnings("unchecked")
        Map<String, byte[]> parts = exchange.getProperty(PARTS, Map.class);
        for (Outgoing out : of(stored, parts)) {
            Message message = new DefaultMessage(camel);
            message.setBody(out.body());
            message.setHeader(QUEUE, out.queue());
            message.setHeader(KIND, out.kind().name());
            message.setHeader(Envelope.MESSAGE_ID, stored.id().toString());
            if (out.kind() == Kind.FORWARD && !stored.adviceCodes().isEmpty()) {
                message.setHeader(ADVICE, String.join(",", stored.adviceCodes()));
            }
            messages.add(message);
        }
        return messages;
    }
}
