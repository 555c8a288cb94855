package org.centrumhub.hub.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.centrumhub.schema.MessageType;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.intake.Intake;
import org.centrumhub.transform.intake.IntakeContext;
import org.centrumhub.transform.intake.IntakeDecision;
import org.centrumhub.transform.intake.Party;
import org.centrumhub.transform.retour.AnswerHeader;
import org.centrumhub.transform.rules.RuleCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Judges one received message (the transformers' {@link Intake}), stores it with the verdict and sets the body to
 * the messages to send: the error notice, or the answer and the forwarded message. Thin: decisions are made in
 * transformers.
 */
@Component("intakeProcessor")
public class IntakeProcessor implements Processor {
    public static final String PARTY_ROLE = "CentrumhubPartyRole";
    public static final String PARTY_CODE = "CentrumhubPartyCode";
    public static final String MESSAGE_ID = "CentrumhubMessageId";
    private static final Logger LOG = LoggerFactory.getLogger(IntakeProcessor.class);

    private final Intake intake;
    private final MessageStore store;
    private final PartyRegistry registry;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    public IntakeProcessor(Intake intake, MessageStore store, PartyRegistry registry, ObjectMapper json,
                           MeterRegistry meters) {
        this.intake = intake;
        this.store = store;
        this.registry = registry;
        this.json = json;
        this.meters = meters;
    }

    /** Counts received messages per type and outcome: centrumhub_messages_total{type, status, code}. */
    private void count(String type, String status, String code) {
        meters.counter("centrumhub.messages", "type", type, "status", status, "code", code).increment();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        byte[] raw = exchange.getMessage().getMandatoryBody(byte[].class);
        Party from = new Party(Party.Role.valueOf(exchange.getMessage().getHeader(PARTY_ROLE, String.class)),
                exchange.getMessage().getHeader(PARTY_CODE, String.class));
        String brokerId = exchange.getMessage().getHeader("JMSMessageID", String.class);
        UUID id = assignedId(exchange.getMessage().getHeader(MESSAGE_ID, String.class));
        Instant receivedAt = Instant.now();
        if (store.forgetUncommittedAttempt(brokerId) > 0) {
            LOG.warn("broker message {} from {} {} is redelivered after an uncommitted attempt: judging it afresh",
                    brokerId, from.role(), from.code());
        }
        IntakeDecision decision = intake.decide(raw, from, new IntakeContext() {
            @Override
            public boolean isKnown(Party.Role role, String code) {
                return (role == Party.Role.PROVIDER ? registry.providerCodes() : registry.municipalityCodes()).contains(code);
            }

            @Override
            public boolean alreadyReceived(String sender, MessageType type, String identificatie) {
                return store.alreadyReceived(sender, Integer.parseInt(type.berichtCode()), identificatie);
            }

            @Override
            public AnswerHeader answerHeader() {
                return new AnswerHeader(store.nextAnswerIdentificatie(), LocalDate.now(), RuleCatalog.VERSION);
            }
        });
        List<OutgoingMessage> outgoing = new ArrayList<>();
        String replyTo = "hub.to-" + (from.role() == Party.Role.PROVIDER ? "provider." : "municipality.") + from.code();
        if (decision instanceof IntakeDecision.Refused refused) {
            store.save(new MessageStore.Received(id, receivedAt, brokerId, refused.type().map(t -> Integer.valueOf(
                    t.berichtCode())).orElse(null), refused.type().map(Enum::name).orElse(null), from.code(), null, null,
                    "refused", List.of(refused.code().name()), raw, null));
            outgoing.add(new OutgoingMessage("hub.errors." + from.code(), errorNotice(id, brokerId, refused), "error"));
            count(refused.type().map(Enum::name).orElse("unknown"), "refused", refused.code().name());
            LOG.info("message {} from {} {} refused: {} {}", id, from.role(), from.code(), refused.code(),
                    refused.type().map(Enum::name).orElse("(type unknown)"));
        } else if (decision instanceof IntakeDecision.Judged judged) {
            var message = judged.message();
            String status = judged.accepted() ? "accepted" : "rejected";
            List<String> codes = judged.answer().map(a -> a.headerCodes()).orElse(List.of());
            byte[] answer = judged.answer().map(a -> a.xml()).orElse(null);
            store.save(new MessageStore.Received(id, receivedAt, brokerId, Integer.valueOf(message.type().berichtCode()),
                    message.type().name(), message.sender(), message.receiver(), message.identificatie(), status, codes,
                    raw, answer));
            if (answer != null) {
                outgoing.add(new OutgoingMessage(replyTo, answer, "answer"));
            }
            if (judged.accepted()) {
                String to = from.role() == Party.Role.PROVIDER ? "hub.to-municipality." : "hub.to-provider.";
                outgoing.add(new OutgoingMessage(to + message.receiver(), raw, "forward"));
            }
            count(message.type().name(), status, String.join(",", codes));
            LOG.info("message {} {} {} from {} to {}: {} {}", id, message.type(), message.identificatie(),
                    message.sender(), message.receiver(), status, judged.findings().stream().map(Finding::code).toList());
        }
        exchange.getMessage().setHeader(MESSAGE_ID, id.toString());
        exchange.getMessage().setBody(outgoing);
    }

    /** The id the HTTP intake gave the message when it queued it, or a new one. */
    private static UUID assignedId(String given) {
        if (given != null) {
            try {
                return UUID.fromString(given);
            } catch (IllegalArgumentException e) {
                LOG.warn("ignoring a {} header that is not a UUID", MESSAGE_ID);
            }
        }
        return UUID.randomUUID();
    }

    private String errorNotice(UUID id, String brokerId, IntakeDecision.Refused refused) throws Exception {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("messageId", brokerId);
        notice.put("hubMessageId", id.toString());
        notice.put("type", refused.type().map(Enum::name).orElse(null));
        notice.put("code", refused.code().name());
        notice.put("reason", refused.reason());
        notice.put("findings", refused.findings().stream()
                .map(f -> Map.of("code", f.code(), "path", String.valueOf(f.path()), "message", f.message())).toList());
        return json.writeValueAsString(notice);
    }
}
