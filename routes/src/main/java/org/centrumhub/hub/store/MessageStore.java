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
                           String sender, String receiver, String identificatie, String status,
                           List<String> retourCodes, byte[] raw, byte[] answer) {
    }

    public void save(Received message) {
        partitions.ensure(LocalDate.ofInstant(message.receivedAt(), java.time.ZoneOffset.UTC));
        jdbc.update("""
                INSERT INTO message (id, received_at, broker_message_id, bericht_code, message_type, sender, receiver,
                                     identificatie, status, retour_codes, raw_xml, answer_xml, answered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                message.id(), Timestamp.from(message.receivedAt()), message.brokerMessageId(), message.berichtCode(),
                message.type(), message.sender(), message.receiver(), message.identificatie(), message.status(),
                message.retourCodes().toArray(String[]::new), message.raw(), message.answer(),
                message.answer() == null ? null : Timestamp.from(Instant.now()));
    }

    /** The next Identificatie for an answer the hub sends: unique per hub, at most 12 characters (TR056). */
    public String nextAnswerIdentificatie() {
        Long number = jdbc.queryForObject("SELECT nextval('answer_number')", Long.class);
        return "CH" + String.format("%010d", number);
    }

    public Optional<String> status(UUID id) {
        return jdbc.queryForList("SELECT status FROM message WHERE id = ?", String.class, id).stream().findFirst();
    }

    public int count() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM message", Integer.class);
        return count == null ? 0 : count;
    }
}
