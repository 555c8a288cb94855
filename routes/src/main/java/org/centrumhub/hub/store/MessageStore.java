package org.centrumhub.hub.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The message store: every message received, raw, with the hub's verdict and its answer. */
@Repository
public class MessageStore {
    private final JdbcTemplate jdbc;
    private final MessagePartitions partitions;

    public MessageStore(JdbcTemplate jdbc, MessagePartitions partitions) {
        this.jdbc = jdbc;
        this.partitions = partitions;
    }

    /** One received message and what the hub made of it. */
    public record Received(UUID id, Instant receivedAt, String brokerMessageId, Integer berichtCode, String type,
                           String sender, String receiver, String identificatie, String clientKey,
                           List<Long> assignmentNumbers, String status, List<String> retourCodes, byte[] raw,
                           byte[] answer, String notice) {
    }

    public void save(Received message) {
        partitions.ensure(LocalDate.ofInstant(message.receivedAt(), java.time.ZoneOffset.UTC));
        jdbc.update("""
                INSERT INTO message (id, received_at, broker_message_id, bericht_code, message_type, sender, receiver,
                                     identificatie, client_key, assignment_numbers, status, retour_codes, raw_xml,
                                     answer_xml, answered_at, notice)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                message.id(), Timestamp.from(message.receivedAt()), message.brokerMessageId(), message.berichtCode(),
                message.type(), message.sender(), message.receiver(), message.identificatie(), message.clientKey(),
                message.assignmentNumbers().toArray(Long[]::new), message.status(), message.retourCodes().toArray(String[]::new), message.raw(), message.answer(),
                message.answer() == null ? null : Timestamp.from(Instant.now()), message.notice());
    }

    /**
     * Whether this sender already sent a message of this type with this Identificatie that reached the rules
     * (TR056); refused messages count as never sent (OP286).
     */
    public boolean alreadyReceived(String sender, int berichtCode, String identificatie) {
        Boolean exists = jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM message WHERE sender = ? AND bericht_code = ? AND identificatie = ?
                               AND status IN ('accepted', 'received', 'rejected'))""", Boolean.class, sender, berichtCode, identificatie);
        return Boolean.TRUE.equals(exists);
    }

    /** What an earlier attempt at this broker message stored, to send again what it decided. */
    public record Attempt(UUID id, String status, String receiver, byte[] raw, byte[] answer, String notice) {
    }

    public Optional<Attempt> attempt(String brokerMessageId) {
        if (brokerMessageId == null) {
            return Optional.empty();
        }
        return jdbc.query("""
                SELECT id, status, receiver, raw_xml, answer_xml, notice FROM message WHERE broker_message_id = ?
                ORDER BY received_at LIMIT 1""", (rs, row) -> new Attempt(rs.getObject("id", UUID.class),
                rs.getString("status"), rs.getString("receiver"), rs.getBytes("raw_xml"), rs.getBytes("answer_xml"),
                rs.getString("notice")), brokerMessageId).stream().findFirst();
    }

    /** The next Identificatie for an answer the hub sends: unique per hub, at most 12 characters (TR056). */
    public String nextAnswerIdentificatie() {
        Long number = jdbc.queryForObject("SELECT nextval('answer_number')", Long.class);
        return "CH" + String.format("%010d", number);
    }

    /** What the API shows of a stored message: no content, so no personal data. */
    public record Summary(UUID id, String type, String sender, String receiver, String identificatie, String status,
                          List<String> retourCodes, Instant receivedAt, Instant answeredAt, boolean hasAnswer) {
    }

    public Optional<Summary> find(UUID id) {
        return jdbc.query("""
                SELECT id, message_type, sender, receiver, identificatie, status, retour_codes, received_at, answered_at,
                       answer_xml IS NOT NULL AS has_answer
                FROM message WHERE id = ?""", (rs, row) -> new Summary(rs.getObject("id", UUID.class),
                rs.getString("message_type"), rs.getString("sender"), rs.getString("receiver"),
                rs.getString("identificatie"), rs.getString("status"),
                List.of((String[]) rs.getArray("retour_codes").getArray()),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant(),
                rs.getBoolean("has_answer")), id).stream().findFirst();
    }

    public Optional<byte[]> answer(UUID id) {
        return jdbc.query("SELECT answer_xml FROM message WHERE id = ? AND answer_xml IS NOT NULL",
                (rs, row) -> rs.getBytes(1), id).stream().findFirst();
    }

    public int count() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM message", Integer.class);
        return count == null ? 0 : count;
    }
}
