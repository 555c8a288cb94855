package org.centrumhub.hub.store;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.centrumhub.hub.intake.IntakeRecorder;
import org.centrumhub.hub.security.MessageCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases one client's personal data from every store, where the law requires it (an operator's decision):
 * <ul>
 *   <li>messages about that client only: deleted, with the parts of a split declaration and its place among the
 *       waiting declarations;</li>
 *   <li>messages that also concern other clients (a declaration): the stored XML (message, answer, parts) and the
 *       notice are erased and the client's key taken off the row; the row itself stays (type, parties,
 *       Identificatie, outcome, codes: no personal data), marked {@code erased_at}. The other clients' content goes
 *       with it: the XML cannot be cut per client without rewriting a signed-off message;</li>
 *   <li>messages the hub could not attribute to a client (refused, unreadable, invalid before its client was known):
 *       when erasing by BSN, their content is decrypted and searched for the BSN, and erased where it occurs;</li>
 *   <li>the stores the rules read: the client's assignments, deliveries, requests (and the answers to them) deleted;
 *       declaration lines kept for the settlement with the client key replaced by {@code erased}.</li>
 * </ul>
 * The ledger holds no client key; the TR056 register of Identificaties holds no personal data. Both stay. The
 * client's messages are locked as the intake locks them, so no message about the client is judged meanwhile.
 */
@Component
public class ClientErasure {
    private static final Logger LOG = LoggerFactory.getLogger(ClientErasure.class);
    /** The client key declaration lines keep after their client was erased. */
    public static final String ERASED = "erased";
    private static final int SCAN_BATCH = 50;

    private final JdbcTemplate jdbc;
    private final IntakeRecorder recorder;
    private final ClientKeys clientKeys;
    private final MessageCipher cipher;

    public ClientErasure(JdbcTemplate jdbc, IntakeRecorder recorder, ClientKeys clientKeys, MessageCipher cipher) {
        this.jdbc = jdbc;
        this.recorder = recorder;
        this.clientKeys = clientKeys;
        this.cipher = cipher;
    }

    /** What was erased; counts only. */
    public record Result(long messagesDeleted, long messagesErased, long unattributedMessagesSearched,
                         long unattributedMessagesErased, long unattributedMessagesUnreadable,
                         long declarationPartsDeleted, long waitingDeclarationsRemoved,
                         long assignmentsDeleted, long deliveriesDeleted, long requestsDeleted,
                         long requestAnswersDeleted, long declarationLinesUnlinked) {
    }

    /** Erases the client with this BSN, also from messages the hub never attributed to a client. */
    public Result eraseBsn(String bsn) {
        return erase(clientKeys.of(bsn), bsn);
    }

    /** Erases the client with this client key (messages not attributed to a client cannot be searched for it). */
    public Result eraseClientKey(String clientKey) {
        return erase(clientKey, null);
    }

    private Result erase(String key, String bsn) {
        long[] n = recorder.exclusively(List.of("client:" + key), () -> eraseAttributed(key));
        long[] scan = bsn == null ? new long[3] : eraseUnattributed(bsn);
        Result result = new Result(n[0], n[1], scan[0], scan[1], scan[2], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
        LOG.info("erasure of a client: {}", result);
        return result;
    }

    private long[] eraseAttributed(String key) {
        String[] keys = {key};
        List<UUID> only = jdbc.queryForList("SELECT id FROM message WHERE client_keys @> ?::text[] AND cardinality(client_keys) = 1",
                UUID.class, (Object) keys);
        List<UUID> shared = jdbc.queryForList("SELECT id FROM message WHERE client_keys @> ?::text[] AND cardinality(client_keys) > 1",
                UUID.class, (Object) keys);
        String[] touched = java.util.stream.Stream.concat(only.stream(), shared.stream()).map(UUID::toString)
                .toArray(String[]::new);
        long parts = jdbc.update("DELETE FROM declaration_part WHERE message_id = ANY (?::uuid[])", (Object) touched);
        long waiting = jdbc.update("DELETE FROM waiting_declaration WHERE message_id = ANY (?::uuid[])",
                (Object) touched);
        long deleted = jdbc.update("DELETE FROM message WHERE id = ANY (?::uuid[])",
                (Object) only.stream().map(UUID::toString).toArray(String[]::new));
        long erased = jdbc.update("""
                UPDATE message SET raw_xml = '\\x'::bytea, answer_xml = NULL, notice = NULL,
                                   client_keys = array_remove(client_keys, ?), erased_at = ?
                WHERE id = ANY (?::uuid[])""", key, OffsetDateTime.now(),
                shared.stream().map(UUID::toString).toArray(String[]::new));
        long assignments = jdbc.update("DELETE FROM assignment WHERE client_key = ?", key);
        long deliveries = jdbc.update("DELETE FROM delivery WHERE client_key = ?", key);
        long answers = jdbc.update("""
                DELETE FROM request_answer a USING request r
                WHERE r.client_key = ? AND a.domain = r.domain AND a.provider = r.provider AND a.reference = r.reference""",
                key);
        long requests = jdbc.update("DELETE FROM request WHERE client_key = ?", key);
        long lines = jdbc.update("UPDATE declaration_line SET client_key = ? WHERE client_key = ?", ERASED, key);
        return new long[] {deleted, erased, parts, waiting, assignments, deliveries, requests, answers, lines};
    }

    /**
     * Messages stored without a client (refused before their client was read): decrypted batch by batch and erased
     * where the BSN occurs in the message or its notice.
     */
    private long[] eraseUnattributed(String bsn) {
        byte[] needle = bsn.getBytes(StandardCharsets.US_ASCII);
        long searched = 0;
        long erased = 0;
        long unreadable = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            List<Object[]> rows = jdbc.query("""
                    SELECT id, received_at, retention_kind FROM message
                    WHERE id > ? AND client_keys = '{}' AND erased_at IS NULL
                      AND (octet_length(raw_xml) > 0 OR notice IS NOT NULL)
                    ORDER BY id LIMIT ?""", (rs, row) -> new Object[] {rs.getObject(1, UUID.class),
                    rs.getObject(2, OffsetDateTime.class), rs.getString(3)}, after, SCAN_BATCH);
            if (rows.isEmpty()) {
                return new long[] {searched, erased, unreadable};
            }
            for (Object[] row : rows) {
                UUID id = (UUID) row[0];
                searched++;
                boolean found;
                try {
                    found = mentions(id, row, needle);
                } catch (MessageCipher.StoredValueException e) {
                    unreadable++;
                    LOG.error("erasure: message {} cannot be searched: {}", id, e.getMessage());
                    continue;
                }
                if (found) {
                    jdbc.update("DELETE FROM declaration_part WHERE message_id = ?", id);
                    jdbc.update("DELETE FROM waiting_declaration WHERE message_id = ?", id);
                    erased += jdbc.update("""
                            UPDATE message SET raw_xml = '\\x'::bytea, answer_xml = NULL, notice = NULL, erased_at = ?
                            WHERE id = ? AND received_at = ? AND retention_kind = ?""", OffsetDateTime.now(), id,
                            row[1], row[2]);
                }
            }
            after = (UUID) rows.get(rows.size() - 1)[0];
        }
    }

    /** Whether the decrypted message, answer or notice of the row holds the bytes. */
    private boolean mentions(UUID id, Object[] row, byte[] needle) {
        return Boolean.TRUE.equals(jdbc.query("SELECT raw_xml, answer_xml, notice FROM message WHERE id = ? "
                + "AND received_at = ? AND retention_kind = ?", rs -> {
                    if (!rs.next()) {
                        return false;
                    }
                    for (String column : MessageStore.ENCRYPTED) {
                        byte[] plain = cipher.open(rs.getBytes(column), MessageStore.context(id, column));
                        if (plain != null && contains(plain, needle)) {
                            return true;
                        }
                    }
                    return false;
                }, row));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
