package org.centrumhub.hub.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.intake.IntakeProcessor;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.transform.MessageValidator;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP intake next to the queues: a posted message is put on its sender's {@code hub.from-...} queue (so it is
 * durable and judged exactly like queued traffic) and gets its hub message id at once; its status and answer are
 * read back by that id.
 */
@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "messages", description = "Send iJw/iWmo messages to the hub and read their status and answer")
public class MessageApi {
    private final ProducerTemplate producer;
    private final PartyRegistry registry;
    private final MessageStore store;
    private final long maxBytes;

    public MessageApi(ProducerTemplate producer, PartyRegistry registry, MessageStore store, MessageValidator validator) {
        this.producer = producer;
        this.registry = registry;
        this.store = store;
        this.maxBytes = validator.maxBytes();
    }

    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Send a message", description = "Queues the XML for the hub's intake; 202 with the message id. "
            + "The answer follows on the sender's hub.to-... queue and at /api/v1/messages/{id}/answer.")
    public ResponseEntity<Map<String, Object>> send(
            @Parameter(description = "AGB code of the sending provider or CBS code of the sending municipality")
            @RequestParam String sender, HttpServletRequest request) throws IOException {
        String address;
        if (registry.providerCodes().contains(sender)) {
            address = "hub.from-provider." + sender;
        } else if (registry.municipalityCodes().contains(sender)) {
            address = "hub.from-municipality." + sender;
        } else {
            return ResponseEntity.badRequest().body(Map.of("code", "UNKNOWN_SENDER",
                    "reason", "sender " + sender + " is not a registered provider or municipality"));
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("code", "MESSAGE_TOO_LARGE",
                    "reason", "the message is larger than the limit of " + maxBytes + " bytes"));
        }
        UUID id = UUID.randomUUID();
        producer.sendBodyAndHeader("jms:queue:" + address, body, IntakeProcessor.MESSAGE_ID, id.toString());
        return ResponseEntity.accepted().location(URI.create("/api/v1/messages/" + id))
                .body(Map.of("id", id.toString(), "status", "queued"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status of a message", description = "Type, sender, receiver, status (queued messages are "
            + "not known yet: 404), retourcodes and times. Never the content.")
    public ResponseEntity<MessageStore.Summary> status(@PathVariable UUID id) {
        return store.find(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/{id}/answer", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The hub's answer to a message", description = "The retour (or 325) the hub sent; 404 when "
            + "there is none (not yet judged, refused on transport, a forwarded retour, or a declaration awaiting "
            + "judgement).")
    public ResponseEntity<byte[]> answer(@PathVariable UUID id) {
        return store.answer(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }
}
