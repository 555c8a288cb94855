package org.centrumhub.hub.intake;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsEndpoint;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.routes.HubRouteConfiguration;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * What a message that could not be processed carries to the dead-letter queue (the reason, when, and the queue to
 * replay it to), and the notice its sender gets. Reasons never quote a BSN.
 */
@Component
public class DeadLetters {
    /** Why the message could not be processed: the failure's type and message. */
    public static final String FAILURE = "CentrumhubFailure";
    /** The queue the message was taken from, where a replay puts it back. */
    public static final String FAILED_QUEUE = "CentrumhubFailedQueue";
    public static final String FAILED_AT = "CentrumhubFailedAt";

    private final HubAddresses addresses;
    private final IntakeRecorder recorder;
    private final Clock clock;

    public DeadLetters(HubAddresses addresses, IntakeRecorder recorder, Clock clock) {
        this.addresses = addresses;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Marks the original message with why, when and where from. */
    public void mark(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        var message = exchange.getMessage();
        message.setHeader(FAILURE, reason(failure));
        message.setHeader(FAILED_AT, clock.instant().toString());
        if (exchange.getFromEndpoint() instanceof JmsEndpoint jms) {
            message.setHeader(FAILED_QUEUE, jms.getDestinationName());
        }
    }

    /** Turns the exchange into the sender's PROCESSING_FAILED notice, addressed by {@code CentrumhubQueue}. */
    public void notice(Exchange exchange) {
        var message = exchange.getMessage();
        Optional<Party> party = party(exchange);
        String hubId = message.getHeader(Envelope.MESSAGE_ID, String.class);
        Envelope envelope = new Envelope(hubId == null ? UUID.randomUUID() : UUID.fromString(hubId),
                party.orElse(null), message.getHeader(Envelope.CLIENT_MESSAGE_ID, String.class), null, null);
        String notice = recorder.notice(envelope, null, ErrorCode.PROCESSING_FAILED.name(),
                "the hub could not process this message; it is kept for the operators, who will replay it: "
                        + message.getHeader(FAILURE, String.class), List.of());
        message.removeHeaders("*");
        message.setBody(notice);
        message.setHeader(Envelope.MESSAGE_ID, envelope.id().toString());
        message.setHeader(Dispatch.KIND, Dispatch.Kind.ERROR.name());
        message.setHeader(Dispatch.QUEUE, party.map(addresses::errors).orElse(addresses.dlq()));
    }

    private static Optional<Party> party(Exchange exchange) {
        Party party = exchange.getProperty(HubRouteConfiguration.PARTY, Party.class);
        if (party != null) {
            return Optional.of(party);
        }
        String role = exchange.getMessage().getHeader(Envelope.PARTY_ROLE, String.class);
        String code = exchange.getMessage().getHeader(Envelope.PARTY_CODE, String.class);
        return role == null || code == null ? Optional.empty() : Optional.of(new Party(Party.Role.valueOf(role), code));
    }

    /** The failure in one line, with anything that looks like a BSN masked. */
    static String reason(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.replaceAll("(?<![0-9])[0-9]{9}(?![0-9])", "*********");
    }
}
