package org.centrumhub.hub.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.ValidationResult;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.intake.Intake;
import org.centrumhub.transform.intake.IntakeDecision;
import org.centrumhub.transform.intake.Outcome;
import org.centrumhub.transform.monitoring.AnswerDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Judges one message from the intake queue and leaves what was decided on the exchange ({@link Dispatch#DECISION})
 * for the route to send. A message whose decision was stored by an earlier attempt (the hub died after the database
 * commit, before the JMS commit) is not judged again: the stored decision is sent, unless it was a declaration that
 * waited and has since been decided by a later judgement, which sent the answer itself.
 */
@Component("intakeProcessor")
public class IntakeProcessor implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(IntakeProcessor.class);

    /** Set on a request to judge a waiting declaration again: the id of this attempt. */
    public static final String REJUDGE = "CentrumhubRejudge";

    private final Intake intake;
    private final HubIntakeContext context;
    private final HubState stores;
    private final IntakeRecorder recorder;
    private final MeterRegistry meters;
    private final MessageStore messages;
    private final java.time.ZoneId zone;
    private final Map<String, Timer> judgingTimers = new ConcurrentHashMap<>();

    public IntakeProcessor(Intake intake, HubIntakeContext context, HubState stores, IntakeRecorder recorder,
                           MeterRegistry meters, MessageStore messages, org.centrumhub.hub.config.HubProperties properties) {
        this.intake = intake;
        this.context = context;
        this.stores = stores;
        this.recorder = recorder;
        this.meters = meters;
        this.messages = messages;
        this.zone = properties.timeZone();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Envelope envelope = envelope(exchange);
        exchange.removeProperty(Dispatch.PARTS); // set again below only by a judgement made on this attempt
        String attempt = exchange.getMessage().getHeader(REJUDGE, String.class);
        if (attempt != null) {
            exchange.setProperty(Dispatch.DECISION, rejudge(envelope, UUID.fromString(attempt)));
            return;
        }
        byte[] raw = exchange.getMessage().getMandatoryBody(byte[].class);
        long started = System.nanoTime();
        ValidationResult read = envelope.oversize() != null ? intake.tooLarge(envelope.oversize())
                : envelope.unreadable() != null ? intake.unreadable(envelope.unreadable()) : intake.read(raw);
        List<String> locks = read.message().map(message -> Intake.lockKeys(message, stores)).orElse(List.of());
        IntakeRecorder.Once once = recorder.once(envelope, raw, read.message(), locks,
                judging -> intake.judge(read, envelope.party(), judging));
        MessageStore.Stored decided = once.decided();
        if (once.earlier()) {
            if (!decided.party().equals(envelope.party())) {
                throw new IllegalStateException("hub message id " + envelope.id() + " is stored for another party");
            }
            if (declaration(decided) && recorder.decisionAttempt(envelope.id()).isPresent()) {
                // it waited when first judged (nothing sent), and a later judgement decided it and sent the 325
                LOG.warn("declaration {} from {} is redelivered after a later judgement answered it: nothing to send",
                        envelope.id(), envelope.party());
                exchange.setProperty(Dispatch.DECISION, null);
                return;
            }
            LOG.warn("message {} from {} is redelivered after its decision was stored: sending what was decided",
                    envelope.id(), envelope.party());
        } else {
            judgingTimer(decided.type()).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            count(decided, once.forwardedAt());
            if (decided.outcome() == Outcome.REFUSED) {
                LOG.info("message {} from {} refused: {} {}", decided.id(), decided.party(), decided.retourCodes(),
                        decided.type() == null ? "(type unknown)" : decided.type());
            } else {
                LOG.info("message {} {} {} from {} to {}: {} {}{}", decided.id(), decided.type(), decided.identificatie(),
                        decided.sender(), decided.receiver(), decided.outcome(), decided.retourCodes(),
                        decided.adviceCodes().isEmpty() ? "" : " advice " + decided.adviceCodes());
            }
            if (!once.parts().isEmpty()) {
                exchange.setProperty(Dispatch.PARTS, once.parts());
            }
        }
        exchange.setProperty(Dispatch.DECISION, decided);
    }

    /** Whether a stored message is a declaration: only one of those can have waited and been decided later. */
    private static boolean declaration(MessageStore.Stored stored) {
        return stored.berichtCode() != null && MessageType.fromBerichtCode(String.valueOf(stored.berichtCode()))
                .map(type -> type.kind() == MessageType.Kind.DECLARATION).orElse(false);
    }

    /** Judging time per message type: centrumhub_judging_seconds{type}, made once per type. */
    private Timer judgingTimer(String type) {
        return judgingTimers.computeIfAbsent(type == null ? "UNKNOWN" : type, t -> Timer.builder("centrumhub.judging")
                .description("judging one message: check, store, decide (per message type)")
                .tag("type", t).publishPercentileHistogram().register(meters));
    }

    /**
     * Judges a waiting declaration again (its assignments may have arrived, or its 325 is due). What it decides is
     * sent once: a redelivery of the same attempt sends it again, any other attempt on a decided one sends nothing.
     */
    private MessageStore.Stored rejudge(Envelope envelope, UUID attempt) {
        MessageStore.Stored earlier = recorder.earlier(envelope.id()).orElseThrow(() -> new IllegalStateException(
                "no stored declaration " + envelope.id() + " to judge again"));
        if (earlier.outcome() != Outcome.WAITING) {
            return attempt.equals(recorder.decisionAttempt(envelope.id()).orElse(null)) ? earlier : null;
        }
        if (earlier.raw().length == 0) {
            LOG.warn("declaration {} waited, but its content was erased: it is not judged again", envelope.id());
            return null;
        }
        ValidationResult read = intake.read(earlier.raw());
        List<String> locks = Intake.lockKeys(read.message().orElseThrow(), stores);
        MessageStore.Stored decided = recorder.exclusively(locks, () -> {
            MessageStore.Stored current = recorder.earlier(envelope.id()).orElseThrow();
            if (current.outcome() != Outcome.WAITING) {
                return null;
            }
            IntakeDecision.Judged judged = (IntakeDecision.Judged) intake.judge(read, envelope.party(),
                    context.until(recorder.dueDate(envelope.id())));
            return recorder.redecide(current, attempt, judged);
        });
        if (decided != null && decided.outcome() != Outcome.WAITING) {
            count(decided, null);
            LOG.info("declaration {} {} from {} judged again: {} {}", decided.id(), decided.identificatie(),
                    decided.sender(), decided.outcome(), decided.retourCodes());
            return decided;
        }
        return null;
    }

    /** The envelope the inbound route (or the HTTP intake) put on the message. */
    static Envelope envelope(Exchange exchange) {
        var message = exchange.getMessage();
        return new Envelope(UUID.fromString(message.getHeader(Envelope.MESSAGE_ID, String.class)),
                new Party(Party.Role.valueOf(message.getHeader(Envelope.PARTY_ROLE, String.class)),
                        message.getHeader(Envelope.PARTY_CODE, String.class)),
                message.getHeader(Envelope.CLIENT_MESSAGE_ID, String.class),
                message.getHeader(Envelope.OVERSIZE, Long.class), message.getHeader(Envelope.UNREADABLE, String.class));
    }

    /**
     * Counts judged messages per type and outcome: centrumhub_messages_total{type, outcome, code}; and a relayed
     * retour by its deadline band, from when the hub received the message it answers ({@code forwardedAt}, when
     * judging looked it up, else read from the store).
     */
    private void count(MessageStore.Stored decided, java.time.Instant forwardedAt) {
        meters.counter("centrumhub.messages", "type", decided.type() == null ? "unknown" : decided.type(),
                "outcome", decided.outcome().name(), "code", String.join(",", decided.retourCodes())).increment();
        if (decided.outcome() == Outcome.RELAYED && decided.inReplyTo() != null) {
            Optional<java.time.Instant> sent = forwardedAt != null ? Optional.of(forwardedAt)
                    : messages.summary(decided.inReplyTo()).map(MessageStore.Summary::receivedAt);
            sent.ifPresent(at -> meters.counter("centrumhub.retours",
                    "type", decided.type() == null ? "unknown" : decided.type(),
                    "band", band(at, decided.receivedAt())).increment());
        }
    }

    /**
     * A provider's retour against the standard's deadline (OP090: 3 Dutch working days after the message it
     * answers was sent): {@code on-time}, {@code late} (within twice that) or {@code very-late}.
     */
    private String band(java.time.Instant sent, java.time.Instant answered) {
        java.time.LocalDate from = sent.atZone(zone).toLocalDate();
        java.time.LocalDate on = answered.atZone(zone).toLocalDate();
        java.time.LocalDate due = AnswerDeadline.due(from, false);
        if (!on.isAfter(due)) {
            return "on-time";
        }
        return on.isAfter(AnswerDeadline.due(due, false)) ? "very-late" : "late";
    }
}
