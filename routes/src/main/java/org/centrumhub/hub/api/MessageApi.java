package org.centrumhub.hub.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.camel.ProducerTemplate;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.intake.InboundEnvelope;
import org.centrumhub.hub.security.Callers;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.intake.Intake;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP intake next to the queues: a posted message goes onto the intake queue with the same envelope the sender's
 * inbound address would give it (so it is durable and judged exactly like queued traffic) and gets its hub message id
 * at once; its status and answer are read back by that id. A body over the size limit is refused before it is read
 * (from its Content-Length) or as soon as it passes the limit, and only a few large bodies are read at a time.
 */
@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "messages", description = "Send iJw/iWmo messages to the hub and read their status and answer")
public class MessageApi {
    private final ProducerTemplate producer;
    private final PartyRegistry registry;
    private final MessageStore store;
    private final InboundEnvelope envelope;
    private final String intakeQueue;
    private final long maxBytes;
    private final long largeBody;
    private final Semaphore largeBodies;

    public MessageApi(ProducerTemplate producer, PartyRegistry registry, MessageStore store, InboundEnvelope envelope,
                      Intake intake, HubProperties properties,
                      @Value("${centrumhub.addresses.intake}") String intakeQueue) {
        this.producer = producer;
        this.registry = registry;
        this.store = store;
        this.envelope = envelope;
        this.intakeQueue = intakeQueue;
        this.maxBytes = intake.maxBytes();
        this.largeBody = properties.http().largeBody().toBytes();
        this.largeBodies = new Semaphore(properties.http().concurrentLargeBodies());
    }

    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Send a message", description = "Queues the XML for the hub's intake; 202 with the message id. "
            + "The sender is the party logged in (HTTP Basic with its code and password). "
            + "The answer follows on the sender's hub.to-... queue and at /api/v1/messages/{id}/answer. 413 when the "
            + "body is over the size limit, 503 with Retry-After when too many large bodies are being received.")
    public ResponseEntity<Map<String, Object>> send(Authentication caller, HttpServletRequest request)
            throws IOException, InterruptedException {
        Optional<Party> sender = party(caller);
        if (sender.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("code", "NOT_A_PARTY",
                    "reason", "only a registered provider or municipality sends messages; log in with its code"));
        }
        if (request.getParameter("sender") != null) {
            return ResponseEntity.badRequest().body(Map.of("code", "SENDER_IS_THE_LOGIN",
                    "reason", "the sender is the party you log in as; leave out the sender parameter"));
        }
        Party party = sender.get();
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            return tooLarge();
        }
        boolean large = declared < 0 || declared >= largeBody;
        if (large && !largeBodies.tryAcquire(5, TimeUnit.SECONDS)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                    .body(Map.of("code", "BUSY", "reason", "too many large messages are being received; try again"));
        }
        try {
            byte[] body;
            try (InputStream in = request.getInputStream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (body.length > maxBytes) {
                return tooLarge();
            }
            UUID id = UUID.randomUUID();
            producer.send("jms:queue:" + intakeQueue, exchange -> envelope.wrap(exchange.getMessage(), id, party, body));
            return ResponseEntity.accepted().location(URI.create("/api/v1/messages/" + id))
                    .body(Map.of("id", id.toString(), "status", "queued"));
        } finally {
            if (large) {
                largeBodies.release();
            }
        }
    }

    private ResponseEntity<Map<String, Object>> tooLarge() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("code", "MESSAGE_TOO_LARGE",
                "reason", "the message is larger than the limit of " + maxBytes + " bytes"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status of a message", description = "Type, sender, receiver, outcome (queued messages are "
            + "not known yet: 404), retourcodes, advice, the receiver's verdict and times. Never the content.")
    public ResponseEntity<MessageStore.Summary> status(@PathVariable UUID id, Authentication caller) {
        return store.summary(id).filter(summary -> mayRead(caller, summary)).map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/{id}/answer", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The hub's answer to a message", description = "The retour (or 325) the hub sent; 404 when "
            + "there is none (not yet judged, refused on transport, forwarded to a provider who answers it, or a "
            + "declaration awaiting judgement).")
    public ResponseEntity<byte[]> answer(@PathVariable UUID id, Authentication caller) {
        if (store.summary(id).filter(summary -> mayRead(caller, summary)).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return store.answer(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    /** The party that logged in, when it is a registered one. */
    private Optional<Party> party(Authentication caller) {
        String code = caller.getName();
        if (registry.providerCodes().contains(code)) {
            return Optional.of(Party.provider(code));
        }
        if (registry.municipalityCodes().contains(code)) {
            return Optional.of(Party.municipality(code));
        }
        return Optional.empty();
    }

    /**
     * Operators read every message; a party only the messages it sent or received (and so their answers). Anything
     * else is answered as if it did not exist, so ids of other parties' messages cannot be probed.
     */
    private static boolean mayRead(Authentication caller, MessageStore.Summary summary) {
        if (Callers.isOperator(caller)) {
            return true;
        }
        String code = caller.getName();
        return code.equals(summary.sender()) || code.equals(summary.receiver());
    }
}
