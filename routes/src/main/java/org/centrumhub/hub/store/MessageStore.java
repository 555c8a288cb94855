package org.centrumhub.hub.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.centrumhub.hub.security.MessageCipher;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.intake.Outcome;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The message store: every message received, raw, with what became of it and what the hub sent about it; and the
 * register of Identificaties that count as sent (TR056, unique per sender and message type). The XML (the message,
 * the answer, the parts of a split declaration) and the error notice are encrypted before they are stored and
 * decrypted when read ({@link MessageCipher}), each bound to its row and column.
 */
@Repository
public class MessageStore {
    private final JdbcTemplate jdbc;
    private final MessageCipher cipher;

    public MessageStore(JdbcTemplate jdbc, MessageCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The encrypted columns of the message table. */
    public static final List<String> ENCRYPTED = List.of("raw_xml", "answer_xml", "notice");

    /** What a value in a column of a message row is bound to (the GCM additional data): that row and column. */
    public static String context(UUID messageId, String column) {
        return "message/" + messageId + "/" + column;
    }

    /** What the part of a split declaration is bound to: its declaration and municipality. */
    public static String partContext(UUID messageId, String municipality) {
        return "declaration_part/" + messageId + "/" + municipality;
    }

    /**
     * One received message and what the hub made of it.
     *
     * @param party       whose address it arrived on
     * @param sender      who sent it in the exchange (the party, also for a retour)
     * @param receiver    who it is for: the Ontvanger of a heen message, the municipality a retour goes back to
     * @param clientKeys  every client the message concerns: its client, or each client of a declaration
     * @param adviceCodes for a forwarded message: the retourcodes the hub's stores predict
     * @param inReplyTo   for a relayed retour: the forwarded message it answers
     */
    public record Stored(UUID id, Instant receivedAt, Party party, String clientMessageId, Integer berichtCode,
                         String type, String sender, String receiver, String identificatie, String clientKey,
                         List<String> clientKeys, List<Long> assignmentNumbers, Outcome outcome, List<String> retourCodes,
                         List<String> adviceCodes, byte[] raw, byte[] answer, String notice, UUID inReplyTo) {
    }

    public void save(Stored message) {
        Writes writes = new Writes();
        save(message, writes);
        writes.send(jdbc);
    }

    /** {@link #save(Stored)} among a message's other writes. */
    public void save(Stored message, Writes writes) {
        UUID id = message.id();
        writes.add("""
                INSERT INTO message (id, received_at, retention_kind, party_role, party_code, client_message_id,
                                     bericht_code, message_type, sender, receiver, identificatie, client_key,
                                     client_keys, assignment_numbers, outcome, retour_codes, advice_codes, raw_xml,
                                     answer_xml, answered_at, notice, in_reply_to)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, utc(message.receivedAt()), RetentionKind.of(message.type(), message.outcome()).column(),
                message.party().role().name(), message.party().code(),
                message.clientMessageId(), message.berichtCode(), message.type(), message.sender(), message.receiver(),
                message.identificatie(), message.clientKey(), message.clientKeys().toArray(String[]::new),
                message.assignmentNumbers().toArray(Long[]::new),
                message.outcome().name(), message.retourCodes().toArray(String[]::new),
                message.adviceCodes().toArray(String[]::new), cipher.seal(message.raw(), context(id, "raw_xml")),
                cipher.seal(message.answer(), context(id, "answer_xml")),
                message.answer() == null ? null : utc(message.receivedAt()),
                cipher.sealText(message.notice(), context(id, "notice")), message.inReplyTo());
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Stored(id, instant(rs, "received_at"),
                new Party(Party.Role.valueOf(rs.getString("party_role")), rs.getString("party_code")),
                rs.getString("client_message_id"), (Integer) rs.getObject("bericht_code"), rs.getString("message_type"),
                rs.getString("sender"), rs.getString("receiver"), rs.getString("identificatie"),
                rs.getString("client_key"), List.of((String[]) rs.getArray("client_keys").getArray()),
                List.of((Long[]) rs.getArray("assignment_numbers").getArray()), Outcome.valueOf(rs.getString("outcome")),
                List.of((String[]) rs.getArray("retour_codes").getArray()),
                List.of((String[]) rs.getArray("advice_codes").getArray()),
                cipher.open(rs.getBytes("raw_xml"), context(id, "raw_xml")),
                cipher.open(rs.getBytes("answer_xml"), context(id, "answer_xml")),
                cipher.openText(rs.getBytes("notice"), context(id, "notice")), rs.getObject("in_reply_to", UUID.class));
    }

    private static final String FIND = "SELECT * FROM message WHERE id = ?";
    private static final String ALREADY_SENT = """
            SELECT EXISTS (SELECT 1 FROM sent_identificatie WHERE sender = ? AND bericht_code = ?
                           AND identificatie = ?)""";
    private static final String NEXT_ANSWER_NUMBER = "SELECT nextval('answer_number')";

    /** The stored message with this hub id: what an earlier attempt decided, to send it again without judging. */
    public Optional<Stored> find(UUID id) {
        return jdbc.query(FIND, this::stored, id).stream().findFirst();
    }

    /** Whether this sender's Identificatie for this message type counts as sent (TR056). */
    public boolean alreadySent(String sender, int berichtCode, String identificatie) {
        return Boolean.TRUE.equals(jdbc.queryForObject(ALREADY_SENT, Boolean.class, sender, berichtCode, identificatie));
    }

    /** A sender's Identificatie of a message type: what TR056 keeps unique. */
    public record SentKey(String sender, int berichtCode, String identificatie) {
    }

    /**
     * What judging a message reads before anything else: the decision an earlier attempt stored under its hub id;
     * whether its Identificatie counts as sent already (asked for by {@code sent}); an Identificatie for its answer
     * (when {@code answerNumber}; a number not used later leaves a gap, as a sequence may).
     */
    public record Opening(Optional<Stored> earlier, SentKey sent, boolean alreadySent, String answerIdentificatie) {
    }

    /**
     * Reads a message's {@link Opening} in one round trip, after {@code first} (a statement whose rows are ignored,
     * such as taking the message's locks, or null): the statements run one after another, each seeing what was
     * committed when it started, so the reads see everything committed before {@code first} finished.
     */
    public Opening open(String first, Object[] firstValues, UUID id, SentKey sent, boolean answerNumber) {
        List<String> statements = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (first != null) {
            statements.add(first);
            values.addAll(Arrays.asList(firstValues));
        }
        statements.add(FIND);
        values.add(id);
        if (sent != null) {
            statements.add(ALREADY_SENT);
            values.addAll(List.of(sent.sender(), sent.berichtCode(), sent.identificatie()));
        }
        if (answerNumber) {
            statements.add(NEXT_ANSWER_NUMBER);
        }
        return jdbc.execute(String.join(";\n", statements), (PreparedStatement statement) -> {
            new ArgumentPreparedStatementSetter(values.toArray()).setValues(statement);
            statement.execute();
            if (first != null) {
                statement.getMoreResults();
            }
            Stored earlier;
            try (ResultSet rows = statement.getResultSet()) {
                earlier = rows.next() ? stored(rows, 0) : null;
            }
            boolean alreadySent = false;
            if (sent != null) {
                statement.getMoreResults();
                try (ResultSet rows = statement.getResultSet()) {
                    alreadySent = rows.next() && rows.getBoolean(1);
                }
            }
            String answer = null;
            if (answerNumber) {
                statement.getMoreResults();
                try (ResultSet rows = statement.getResultSet()) {
                    rows.next();
                    answer = answerIdentificatie(rows.getLong(1));
                }
            }
            return new Opening(Optional.ofNullable(earlier), sent, alreadySent, answer);
        });
    }

    /** Registers an Identificatie as sent; the primary key backs TR056 should two copies ever race past the check. */
    public void registerSent(String sender, int berichtCode, String identificatie, UUID messageId, Writes writes) {
        writes.add("INSERT INTO sent_identificatie (sender, bericht_code, identificatie, message_id) VALUES (?, ?, ?, ?)",
                sender, berichtCode, identificatie, messageId);
    }

    /** A message rejected by its receiver on an in-message rule counts as never sent (OP286): its Identificatie is free. */
    public void unregisterSent(UUID messageId, Writes writes) {
        writes.add("DELETE FROM sent_identificatie WHERE message_id = ?", messageId);
    }

    /** A forwarded message awaiting its receiver's retour: its hub id and when the hub received it. */
    public record Forwarded(UUID id, Instant receivedAt) {
    }

    /** The oldest forwarded message that awaits its receiver's retour, by the header the retour copies. */
    public Optional<Forwarded> awaitingRetour(int berichtCode, String sender, String receiver, String identificatie) {
        return jdbc.query("""
                SELECT id, received_at FROM message WHERE bericht_code = ? AND sender = ? AND receiver = ?
                AND identificatie = ? AND outcome = 'FORWARDED' AND receiver_verdict IS NULL
                ORDER BY received_at LIMIT 1""",
                (rs, row) -> new Forwarded(rs.getObject(1, UUID.class), instant(rs, "received_at")), berichtCode,
                sender, receiver, identificatie).stream().findFirst();
    }

    /** Keeps one participating municipality's part of a split declaration, to send (and send again) from the store. */
    public void savePart(UUID messageId, String municipality, byte[] xml) {
        Writes writes = new Writes();
        savePart(messageId, municipality, xml, writes);
        writes.send(jdbc);
    }

    /** {@link #savePart(UUID, String, byte[])} among a message's other writes. */
    public void savePart(UUID messageId, String municipality, byte[] xml, Writes writes) {
        writes.add("INSERT INTO declaration_part (message_id, municipality, xml) VALUES (?, ?, ?)", messageId,
                municipality, cipher.seal(xml, partContext(messageId, municipality)));
    }

    /** The parts of a split declaration per municipality, in municipality order. */
    public java.util.LinkedHashMap<String, byte[]> parts(UUID messageId) {
        java.util.LinkedHashMap<String, byte[]> parts = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT municipality, xml FROM declaration_part WHERE message_id = ? ORDER BY municipality",
                rs -> {
                    String municipality = rs.getString(1);
                    parts.put(municipality, cipher.open(rs.getBytes(2), partContext(messageId, municipality)));
                }, messageId);
        return parts;
    }

    /**
     * Stores the new judgement of a waiting declaration: what it now decided and the judgement attempt that decided
     * it, so a redelivery of that attempt sends the same again and any other attempt sends nothing.
     */
    public void redecide(UUID id, Outcome outcome, List<String> retourCodes, byte[] answer, UUID attempt,
                         Instant at, Writes writes) {
        writes.add("""
                UPDATE message SET outcome = ?, retour_codes = ?, answer_xml = ?, answered_at = ?, decision_attempt = ?
                WHERE id = ?""", outcome.name(), retourCodes.toArray(String[]::new),
                cipher.seal(answer, context(id, "answer_xml")), answer == null ? null : utc(at), attempt, id);
    }

    /** The judgement attempt that decided a formerly waiting declaration. */
    public Optional<UUID> decisionAttempt(UUID id) {
        return jdbc.query("SELECT decision_attempt FROM message WHERE id = ? AND decision_attempt IS NOT NULL",
                (rs, row) -> rs.getObject(1, UUID.class), id).stream().findFirst();
    }

    /** Notes the receiver's verdict on a forwarded message. */
    public void recordVerdict(UUID messageId, boolean rejected, Writes writes) {
        writes.add("UPDATE message SET receiver_verdict = ? WHERE id = ?", rejected ? "REJECTED" : "ACCEPTED", messageId);
    }

    /** The next Identificatie for an answer the hub sends: unique per hub, at most 12 characters (TR056). */
    public String nextAnswerIdentificatie() {
        return answerIdentificatie(jdbc.queryForObject(NEXT_ANSWER_NUMBER, Long.class));
    }

    private static String answerIdentificatie(long number) {
        return "CH" + String.format("%010d", number);
    }

    /** What the API shows of a stored message: no content, so no personal data. */
    public record Summary(UUID id, String type, String sender, String receiver, String identificatie, Outcome outcome,
                          List<String> retourCodes, List<String> adviceCodes, String receiverVerdict,
                          Instant receivedAt, Instant answeredAt, boolean hasAnswer) {
    }

    public Optional<Summary> summary(UUID id) {
        return jdbc.query("""
                SELECT id, message_type, sender, receiver, identificatie, outcome, retour_codes, advice_codes,
                       receiver_verdict, received_at, answered_at, answer_xml IS NOT NULL AS has_answer
                FROM message WHERE id = ?""", (rs, row) -> new Summary(rs.getObject("id", UUID.class),
                rs.getString("message_type"), rs.getString("sender"), rs.getString("receiver"),
                rs.getString("identificatie"), Outcome.valueOf(rs.getString("outcome")),
                List.of((String[]) rs.getArray("retour_codes").getArray()),
                List.of((String[]) rs.getArray("advice_codes").getArray()), rs.getString("receiver_verdict"),
                instant(rs, "received_at"), instant(rs, "answered_at"), rs.getBoolean("has_answer")), id)
                .stream().findFirst();
    }

    public Optional<byte[]> answer(UUID id) {
        return jdbc.query("SELECT answer_xml FROM message WHERE id = ? AND answer_xml IS NOT NULL",
                (rs, row) -> cipher.open(rs.getBytes(1), context(id, "answer_xml")), id).stream().findFirst();
    }

    public int count() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM message", Integer.class);
        return count == null ? 0 : count;
    }

    /** Instants go to the database with their offset, so the session's time zone cannot move them. */
    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
