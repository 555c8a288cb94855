package org.centrumhub.hub.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.store.JdbcHubState;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.intake.Intake;
import org.centrumhub.transform.intake.IntakeContext;
import org.centrumhub.transform.intake.IntakeDecision;
import org.centrumhub.transform.intake.Party;
import org.centrumhub.transform.retour.AnswerHeader;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.xml.XmlElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Judges one received message (the transformers' {@link Intake}), stores it with the verdict and what it changes,
 * and sets the body to the messages to send: the error notice, or the answer and the forwarded message.
 * <p>
 * Exactly once: the store rows commit (one database transaction) before the consumer's JMS transaction, which
 * takes the message off its queue and sends the results. If the process dies in between, the broker redelivers the
 * message; its stored attempt is then found by broker message id and what it decided is sent, without judging it
 * again (which would see its own store changes).
 */
@Component("intakeProcessor")
public class IntakeProcessor implements Processor {
    public static final String PARTY_ROLE = "CentrumhubPartyRole";
    public static final String PARTY_CODE = "CentrumhubPartyCode";
    public static final String MESSAGE_ID = "CentrumhubMessageId";
    private static final Logger LOG = LoggerFactory.getLogger(IntakeProcessor.class);

    private final Intake intake;
    private final MessageStore store;
    private final JdbcHubState state;
    private final TransactionTemplate storeTransactions;
    private final PartyRegistry registry;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    public IntakeProcessor(Intake intake, MessageStore store, JdbcHubState state, TransactionTemplate storeTransactions,
                           PartyRegistry registry, ObjectMapper json, MeterRegistry meters) {
        this.intake = intake;
        this.store = store;
        this.state = state;
        this.storeTransactions = storeTransactions;
        this.registry = registry;
        this.json = json;
        this.meters = meters;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        byte[] raw = exchange.getMessage().getMandatoryBody(byte[].class);
        Party from = new Party(Party.Role.valueOf(exchange.getMessage().getHeader(PARTY_ROLE, String.class)),
                exchange.getMessage().getHeader(PARTY_CODE, String.class));
        String brokerId = exchange.getMessage().getHeader("JMSMessageID", String.class);
        var earlier = store.attempt(brokerId);
        if (earlier.isPresent()) {
            LOG.warn("broker message {} from {} {} is redelivered after a stored attempt: sending what it decided",
                    brokerId, from.role(), from.code());
            exchange.getMessage().setHeader(MESSAGE_ID, earlier.get().id().toString());
            exchange.getMessage().setBody(replay(earlier.get(), from));
            return;
        }
        UUID id = assignedId(exchange.getMessage().getHeader(MESSAGE_ID, String.class));
        IntakeDecision decision = intake.decide(raw, from, context());
        List<OutgoingMessage> outgoing = new ArrayList<>();
        if (decision instanceof IntakeDecision.Refused refused) {
            String notice = errorNotice(id, brokerId, refused);
            store.save(new MessageStore.Received(id, Instant.now(), brokerId, refused.type().map(t -> Integer.valueOf(
                    t.berichtCode())).orElse(null), refused.type().map(Enum::name).orElse(null), from.code(), null, null,
                    null, List.of(), "refused", List.of(refused.code().name()), raw, null, notice));
            outgoing.add(new OutgoingMessage(errorQueue(from), notice, "error"));
            count(refused.type().map(Enum::name).orElse("unknown"), "refused", refused.code().name());
            LOG.info("message {} from {} {} refused: {} {}", id, from.role(), from.code(), refused.code(),
                    refused.type().map(Enum::name).orElse("(type unknown)"));
        } else if (decision instanceof IntakeDecision.Judged judged) {
            Message message = judged.message();
            String status = !judged.accepted() ? "rejected" : judged.forwarded() ? "accepted" : "received";
            List<String> codes = judged.findings().stream().map(Finding::retourCode).distinct().toList();
            byte[] answer = judged.answer().map(a -> a.xml()).orElse(null);
            String client = message.root().text("Client/Bsn").map(state::clientKey).orElse(null);
            storeTransactions.executeWithoutResult(tx -> {
                store.save(new MessageStore.Received(id, Instant.now(), brokerId,
                        Integer.valueOf(message.type().berichtCode()), message.type().name(), message.sender(),
                        message.receiver(), message.identificatie(), client, assignmentNumbers(message), status, codes,
                        raw, answer, null));
                state.apply(judged.changes(), id);
            });
            if (answer != null) {
                outgoing.add(new OutgoingMessage(replyQueue(from), answer, "answer"));
            }
            if (judged.forwarded()) {
                outgoing.add(new OutgoingMessage(forwardQueue(from, message.receiver()), raw, "forward"));
            }
            count(message.type().name(), status, String.join(",", codes));
            LOG.info("message {} {} {} from {} to {}: {} {}", id, message.type(), message.identificatie(),
                    message.sender(), message.receiver(), status, judged.findings().stream().map(Finding::code).toList());
        }
        exchange.getMessage().setHeader(MESSAGE_ID, id.toString());
        exchange.getMessage().setBody(outgoing);
    }

    /** Every ToewijzingNummer the message names, at any depth. */
    private static List<Long> assignmentNumbers(Message message) {
        List<Long> numbers = new ArrayList<>();
        collect(message.root(), numbers);
        return numbers.stream().distinct().toList();
    }

    private static void collect(XmlElement element, List<Long> numbers) {
        for (var child : element.children()) {
            if (child.name().equals("ToewijzingNummer")) {
                numbers.add(Long.parseLong(child.text()));
            }
            collect(child, numbers);
        }
    }

    private IntakeContext context() {
        return new IntakeContext() {
            @Override
            public boolean isKnown(Party.Role role, String code) {
                return (role == Party.Role.PROVIDER ? registry.providerCodes() : registry.municipalityCodes()).contains(code);
            }

            @Override
            public boolean alreadyReceived(String sender, MessageType type, String identificatie) {
                return store.alreadyReceived(sender, Integer.parseInt(type.berichtCode()), identificatie);
            }

            @Override
            public HubState state() {
                return state;
            }

            @Override
            public AnswerHeader answerHeader() {
                return new AnswerHeader(store.nextAnswerIdentificatie(), LocalDate.now(), RuleCatalog.VERSION);
            }
        };
    }

    /** What a stored attempt decided, to send now that its JMS transaction did not commit. */
    private static List<OutgoingMessage> replay(MessageStore.Attempt attempt, Party from) {
        List<OutgoingMessage> outgoing = new ArrayList<>();
        if (attempt.notice() != null) {
            outgoing.add(new OutgoingMessage(errorQueue(from), attempt.notice(), "error"));
        }
        if (attempt.answer() != null) {
            outgoing.add(new OutgoingMessage(replyQueue(from), attempt.answer(), "answer"));
        }
        if ("accepted".equals(attempt.status())) {
            outgoing.add(new OutgoingMessage(forwardQueue(from, attempt.receiver()), attempt.raw(), "forward"));
        }
        return outgoing;
    }

    private static String errorQueue(Party from) {
        return "hub.errors." + from.code();
    }

    private static String replyQueue(Party from) {
        return (from.role() == Party.Role.PROVIDER ? "hub.to-provider." : "hub.to-municipality.") + from.code();
    }

    private static String forwardQueue(Party from, String receiver) {
        return (from.role() == Party.Role.PROVIDER ? "hub.to-municipality." : "hub.to-provider.") + receiver;
    }

    /** Counts received messages per type and outcome: centrumhub_messages_total{type, status, code}. */
    private void count(String type, String status, String code) {
        meters.counter("centrumhub.messages", "type", type, "status", status, "code", code).increment();
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

    private String errorNotice(UUID id, String brokerId, IntakeDecision.Refused refused) throws JsonProcessingException {
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
