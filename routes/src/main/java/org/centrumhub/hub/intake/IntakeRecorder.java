package org.centrumhub.hub.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.IdentityHashMap;
import org.centrumhub.hub.settlement.DeclarationLedger;
import org.centrumhub.hub.store.JdbcHubStore;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.hub.store.Writes;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.declaration.DeclarationLine;
import org.centrumhub.transform.declaration.Judgement;
import org.centrumhub.transform.split.DeclarationSplit;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.StateChange;
import org.centrumhub.transform.intake.Intake;
import org.centrumhub.transform.intake.IntakeContext;
import org.centrumhub.transform.intake.IntakeDecision;
import org.centrumhub.transform.intake.Outcome;
import org.centrumhub.transform.xml.XmlElement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what the intake decided: the message row, what it changes in the stores, its Identificatie in the TR056
 * register, and a retour's verdict on the message it answers, all in one database transaction that also holds the
 * message's locks while it is judged. The transaction commits before the consumer's JMS transaction, which takes the
 * message off the intake queue and sends what was decided; if the hub dies in between, the redelivered message
 * carries the same hub id and {@link #once} finds what was decided (under the message's locks, before judging), so
 * it is sent again, never judged twice. A message costs few round trips: one takes its locks and reads what judging
 * needs first, the rules read each thing once, one writes every row, one commits.
 */
@Component
public class IntakeRecorder {
    private final MessageStore messages;
    private final JdbcHubStore stores;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    private final WaitingDeclarations waiting;
    private final HubIntakeContext context;
    private final DeclarationLedger ledger;

    public IntakeRecorder(MessageStore messages, JdbcHubStore stores, TransactionTemplate storeTransactions, JdbcTemplate jdbc,
                          ObjectMapper json, Clock clock, WaitingDeclarations waiting, HubIntakeContext context,
                          DeclarationLedger ledger) {
        this.waiting = waiting;
        this.context = context;
        this.ledger = ledger;
        this.messages = messages;
        this.stores = stores;
        this.transactions = storeTransactions;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The judgement attempt that decided a formerly waiting declaration. */
    public Optional<UUID> decisionAttempt(UUID id) {
        return messages.decisionAttempt(id);
    }

    /** The day a waiting declaration's 325 is due. */
    public java.time.LocalDate dueDate(UUID id) {
        return waiting.dueDate(id);
    }

    /** What an earlier attempt at this message decided and stored. */
    public Optional<MessageStore.Stored> earlier(UUID id) {
        return messages.find(id);
    }

    /** Takes the advisory locks of a message, sorted, so two messages sharing keys never wait for each other in turn. */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(k) FROM unnest(?::bigint[]) AS k ORDER BY k";

    /**
     * Runs {@code judgeAndRecord} in one transaction holding an exclusive lock on every key, so messages about the
     * same client, and copies of one message, are judged one after another across consumers and hub nodes.
     */
    public <T> T exclusively(List<String> lockKeys, Supplier<T> judgeAndRecord) {
        return transactions.execute(tx -> {
            if (!lockKeys.isEmpty()) {
                jdbc.query(LOCK, rs -> null, (Object) lockIds(lockKeys));
            }
            return judgeAndRecord.get();
        });
    }

    /**
     * What {@link #once} did: the decision, whether an earlier attempt had stored it (then nothing was judged), and
     * what judging learnt on the way: when the forwarded message a retour answers was received, and a judged
     * declaration's parts per participating municipality (in municipality order, as {@link MessageStore#parts}).
     */
    public record Once(MessageStore.Stored decided, boolean earlier, Instant forwardedAt, Map<String, byte[]> parts) {
    }

    /**
     * Judges a message once, in one transaction that holds its locks (as {@link #exclusively}): the first round trip
     * takes the locks and then reads what an earlier attempt stored under the message's hub id, whether its
     * Identificatie was sent already (TR056) and a number for its answer. A stored decision is returned as it is;
     * otherwise {@code judge} decides, in a context that reads the stores once per question, and the decision is
     * recorded with one round trip for all its rows.
     *
     * @param message the message as read, when it could be
     * @param judge   the judgement, given the context to judge in
     */
    public Once once(Envelope envelope, byte[] raw, Optional<Message> message, List<String> lockKeys,
                     Function<IntakeContext, IntakeDecision> judge) {
        MessageStore.SentKey sent = message.filter(m -> m.type().kind() != MessageType.Kind.RETOUR)
                .map(m -> new MessageStore.SentKey(m.sender(), Integer.parseInt(m.type().berichtCode()),
                        m.identificatie())).orElse(null);
        boolean answered = message.filter(m -> m.type().answeredByHub()).isPresent();
        return transactions.execute(tx -> {
            MessageStore.Opening opening = lockKeys.isEmpty()
                    ? messages.open(null, null, envelope.id(), sent, answered)
                    : messages.open(LOCK, new Object[] {lockIds(lockKeys)}, envelope.id(), sent, answered);
            if (opening.earlier().isPresent()) {
                return new Once(opening.earlier().get(), true, null, null);
            }
            Judging judging = new Judging(context, messages, opening,
                    new JudgementReads(stores, message.map(Intake::assignmentNumbers).orElse(List.of())));
            Map<String, byte[]> parts = new TreeMap<>();
            MessageStore.Stored stored = record(envelope, raw, judge.apply(judging), parts);
            return new Once(stored, false, judging.forwardedAt(), parts);
        });
    }

    private static Long[] lockIds(List<String> lockKeys) {
        return lockKeys.stream().map(IntakeRecorder::lockId).distinct().sorted().toArray(Long[]::new);
    }

    /** Stores a decision and applies what it changes; a declaration's parts also go to {@code parts}. */
    private MessageStore.Stored record(Envelope envelope, byte[] raw, IntakeDecision decision,
                                       Map<String, byte[]> parts) {
        MessageStore.Stored stored = decision instanceof IntakeDecision.Judged judged
                ? judged(envelope, raw, judged) : refused(envelope, raw, (IntakeDecision.Refused) decision);
        // every row the decision writes goes in one round trip
        Writes writes = new Writes();
        messages.save(stored, writes);
        if (decision instanceof IntakeDecision.Judged judged) {
            applyDeclaration(envelope.id(), judged, writes, parts);
            stores.apply(judged.changes(), envelope.id(), writes);
            Message message = judged.message();
            if (judged.outcome().countsAsSent() && !judged.retourCodes().contains("9056")) {
                messages.registerSent(message.sender(), Integer.parseInt(message.type().berichtCode()),
                        message.identificatie(), envelope.id(), writes);
            }
            for (StateChange change : judged.changes()) {
                if (change instanceof StateChange.ReceiverVerdict verdict) {
                    messages.recordVerdict(verdict.message(), verdict.rejected(), writes);
                    if (verdict.technical()) {
                        messages.unregisterSent(verdict.message(), writes);
                    }
                }
            }
        }
        writes.send(jdbc);
        return stored;
    }

    /**
     * What a judged declaration adds: its parts per participating municipality (the granted lines, split) when any
     * line is granted, or its place among the declarations waiting for their assignments.
     */
    private void applyDeclaration(UUID id, IntakeDecision.Judged judged, Writes writes, Map<String, byte[]> parts) {
        if (judged.declaration().isEmpty()) {
            return;
        }
        Judgement judgement = judged.declaration().get();
        if (judged.outcome() == Outcome.WAITING) {
            waiting.wait(id, judged.message().sender(), clock.instant(), context.dueDate(), writes);
            return;
        }
        // a declaration judged finally: answered now, so it no longer waits
        waiting.decided(id, writes);
        if (judged.outcome().passedOn()) {
            Map<XmlElement, String> participants = new IdentityHashMap<>();
            for (DeclarationLine line : judgement.grantedLines()) {
                participants.put(line.element(), line.responsible());
            }
            DeclarationSplit.split(judged.message(), participants).forEach((municipality, xml) -> {
                messages.savePart(id, municipality, xml, writes);
                parts.put(municipality, xml);
            });
            ledger.record(id, judgement, writes);
        }
    }

    /**
     * Stores the new judgement of a waiting declaration (call within {@link #exclusively}): the message row gets the
     * new outcome and answer; what it changes is applied; it leaves the waiting list unless it waits on.
     */
    public MessageStore.Stored redecide(MessageStore.Stored earlier, UUID attempt, IntakeDecision.Judged judged) {
        byte[] answer = judged.answer().map(a -> a.xml()).orElse(null);
        Writes writes = new Writes();
        if (judged.outcome() != Outcome.WAITING) {
            messages.redecide(earlier.id(), judged.outcome(), judged.retourCodes(), answer, attempt, clock.instant(),
                    writes);
        }
        applyDeclaration(earlier.id(), judged, writes, new TreeMap<>());
        stores.apply(judged.changes(), earlier.id(), writes);
        writes.send(jdbc);
        return messages.find(earlier.id()).orElseThrow();
    }

    private MessageStore.Stored judged(Envelope envelope, byte[] raw, IntakeDecision.Judged judged) {
        Message message = judged.message();
        boolean retour = judged.outcome() == Outcome.RELAYED;
        boolean advice = judged.outcome() == Outcome.FORWARDED;
        String client = message.root().text("Client/Bsn").map(stores::clientKey).orElse(null);
        return new MessageStore.Stored(envelope.id(), clock.instant(), envelope.party(), envelope.clientMessageId(),
                Integer.valueOf(message.type().berichtCode()), message.type().name(),
                retour ? message.receiver() : message.sender(), retour ? message.sender() : message.receiver(),
                message.identificatie(), client, clientKeys(message), Intake.assignmentNumbers(message), judged.outcome(),
                advice ? List.of() : judged.retourCodes(), advice ? judged.retourCodes() : List.of(), raw,
                judged.answer().map(a -> a.xml()).orElse(null), null, judged.inReplyTo().orElse(null));
    }

    private MessageStore.Stored refused(Envelope envelope, byte[] raw, IntakeDecision.Refused refused) {
        return new MessageStore.Stored(envelope.id(), clock.instant(), envelope.party(), envelope.clientMessageId(),
                refused.type().map(t -> Integer.valueOf(t.berichtCode())).orElse(null),
                refused.type().map(Enum::name).orElse(null), envelope.party().code(), null, null, null, List.of(),
                List.of(), Outcome.REFUSED, List.of(refused.code().name()), List.of(), raw, null,
                notice(envelope, refused.type().map(Enum::name).orElse(null), refused.code().name(), refused.reason(),
                        refused.findings()), null);
    }

    /** Every client the message concerns, by client key: its client, or each client of a declaration. */
    private List<String> clientKeys(Message message) {
        String path = message.type().kind() == MessageType.Kind.DECLARATION ? "Declaratie/Clienten/Client/Bsn"
                : "Client/Bsn";
        return message.root().all(path).stream().map(XmlElement::text).map(stores::clientKey).distinct().sorted()
                .toList();
    }

    /** The JSON error notice for a message's sender: no BSN, name or address, only codes, paths and reasons. */
    public String notice(Envelope envelope, String type, String code, String reason, List<Finding> findings) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("messageId", envelope.clientMessageId());
        notice.put("hubMessageId", envelope.id().toString());
        notice.put("type", type);
        notice.put("code", code);
        notice.put("reason", reason);
        notice.put("findings", findings.stream()
                .map(f -> Map.of("code", f.code(), "path", String.valueOf(f.path()), "message", f.message())).toList());
        try {
            return json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error notice could not be written", e);
        }
    }

    /** A lock key as a 64-bit advisory lock id (a collision only makes two messages wait for each other). */
    static long lockId(String key) {
        return ByteBuffer.wrap(SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    /** A digest per thread, made once and reset by each use. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    });
}
