package org.centrumhub.hub.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * carries the same hub id and {@link #earlier} finds what was decided, so it is sent again, never judged twice.
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

    /**
     * Runs {@code judgeAndRecord} in one transaction holding an exclusive lock on every key, so messages about the
     * same client, and copies of one message, are judged one after another across consumers and hub nodes.
     */
    public <T> T exclusively(List<String> lockKeys, Supplier<T> judgeAndRecord) {
        return transactions.execute(tx -> {
            if (!lockKeys.isEmpty()) {
                Long[] ids = lockKeys.stream().map(IntakeRecorder::lockId).distinct().sorted().toArray(Long[]::new);
                // sorted, so two messages sharing keys never wait for each other in opposite orders
                jdbc.query("SELECT pg_advisory_xact_lock(k) FROM unnest(?::bigint[]) AS k ORDER BY k",
                        rs -> null, (Object) ids);
            }
            return judgeAndRecord.get();
        });
    }

    /** Stores a decision and applies what it changes; call within {@link #exclusively}. */
    public MessageStore.Stored record(Envelope envelope, byte[] raw, IntakeDecision decision) {
        MessageStore.Stored stored = decision instanceof IntakeDecision.Judged judged
                ? judged(envelope, raw, judged) : refused(envelope, raw, (IntakeDecision.Refused) decision);
        // every row the decision writes goes in one round trip
        Writes writes = new Writes();
        messages.save(stored, writes);
        if (decision instanceof IntakeDecision.Judged judged) {
            applyDeclaration(envelope.id(), judged, writes);
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
    private void applyDeclaration(UUID id, IntakeDecision.Judged judged, Writes writes) {
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
            DeclarationSplit.split(judged.message(), participants).forEach((municipality, xml) ->
                    messages.savePart(id, municipality, xml, writes));
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
        applyDeclaration(earlier.id(), judged, writes);
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
