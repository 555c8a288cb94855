package org.centrumhub.hub.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.config.SchedulerLocks;
import org.centrumhub.hub.security.MessageCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites every stored value that is not under the newest data key (an older key, or stored before encryption)
 * under the newest one, in batches of rows locked for the time of their batch (skipped when the intake holds them:
 * the next pass takes them). Afterwards it tells which keys no stored value uses any more: their files may be
 * removed. Runs on a schedule and on {@code POST /api/v1/admin/keys/reencrypt}; one pass at a time per hub, several
 * hubs share the work. The scheduled pass runs once per {@code reencrypt-every} across all hub nodes
 * ({@link SchedulerLocks}): the node that runs it holds the job that long, so the other nodes' schedules skip it.
 */
@Component
public class Reencryption {
    private static final Logger LOG = LoggerFactory.getLogger(Reencryption.class);
    private static final UUID FIRST = new UUID(0, 0);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MessageCipher cipher;
    private final int batchSize;

    @Autowired
    public Reencryption(JdbcTemplate jdbc, TransactionTemplate storeTransactions, MessageCipher cipher,
                        HubProperties properties) {
        this(jdbc, storeTransactions, cipher, properties.encryption().batchSize());
    }

    public Reencryption(JdbcTemplate jdbc, TransactionTemplate transactions, MessageCipher cipher, int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cipher = cipher;
        this.batchSize = batchSize;
    }

    /**
     * What a pass did and what is stored now.
     *
     * @param newestKey    the key every value was rewritten under
     * @param rewritten    values rewritten
     * @param failed       values that could not be read (altered, or under a key no longer in the folder): logged
     * @param valuesPerKey stored values per key id ({@link MessageCipher#NO_KEY}: stored before encryption)
     * @param removable    keys in the folder that no stored value uses (not the newest): their files may be removed
     * @param missing      keys stored values use that are not in the folder
     */
    public record Pass(int newestKey, long rewritten, long failed, Map<Integer, Long> valuesPerKey,
                       List<Integer> removable, List<Integer> missing) {
    }

    @Scheduled(initialDelayString = "${centrumhub.encryption.reencrypt-initial-delay:PT1M}",
            fixedDelayString = "${centrumhub.encryption.reencrypt-every:PT24H}")
    @SchedulerLock(name = SchedulerLocks.REENCRYPTION, lockAtLeastFor = "${centrumhub.encryption.reencrypt-every:PT24H}",
            lockAtMostFor = "${centrumhub.encryption.reencrypt-every:PT24H}")
    public void scheduled() {
        run();
    }

    public synchronized Pass run() {
        cipher.keys().rescan();
        int newest = cipher.keys().newest();
        long[] done = new long[2];
        UUID after = FIRST;
        while (after != null) {
            UUID from = after;
            after = transactions.execute(tx -> messageBatch(from, newest, done));
        }
        String[] afterPart = {FIRST.toString(), ""};
        while (afterPart != null) {
            String[] from = afterPart;
            afterPart = transactions.execute(tx -> partBatch(from, newest, done));
        }
        Map<Integer, Long> perKey = valuesPerKey();
        List<Integer> removable = new ArrayList<>();
        for (int id : cipher.keys().ids()) {
            if (id != newest && !perKey.containsKey(id)) {
                removable.add(id);
            }
        }
        List<Integer> missing = perKey.keySet().stream()
                .filter(id -> id != MessageCipher.NO_KEY && !cipher.keys().ids().contains(id)).toList();
        Pass pass = new Pass(newest, done[0], done[1], perKey, removable, missing);
        if (pass.rewritten() > 0 || pass.failed() > 0) {
            LOG.info("re-encryption: {} stored values rewritten under data key {}, {} could not be read; stored values "
                    + "per key: {}", pass.rewritten(), newest, pass.failed(), perKey);
        }
        for (int id : removable) {
            LOG.info("re-encryption: no stored value uses data key {} any more: {} may be removed", id,
                    cipher.keys().files().get(id));
        }
        if (!missing.isEmpty()) {
            LOG.error("re-encryption: stored values use data keys {}, which are not in {}", missing,
                    cipher.keys().folder());
        }
        return pass;
    }

    /** Rewrites one batch of message rows after {@code after}; the last id, or null when there were none. */
    private UUID messageBatch(UUID after, int newest, long[] done) {
        List<Object[]> rows = jdbc.query("""
                SELECT id, received_at, retention_kind FROM message
                WHERE id > ? AND (stored_key(raw_xml) <> ? OR stored_key(answer_xml) <> ? OR stored_key(notice) <> ?)
                ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""",
                (rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3)},
                after, newest, newest, newest, batchSize);
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            Map<String, byte[]> values = new LinkedHashMap<>();
            jdbc.query("SELECT raw_xml, answer_xml, notice FROM message WHERE id = ? AND received_at = ? "
                    + "AND retention_kind = ?", rs -> {
                        for (String column : MessageStore.ENCRYPTED) {
                            values.put(column, rs.getBytes(column));
                        }
                    }, row);
            Map<String, byte[]> changed = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> value : values.entrySet()) {
                try {
                    byte[] resealed = cipher.reseal(value.getValue(), MessageStore.context(id, value.getKey()));
                    if (resealed != value.getValue()) {
                        changed.put(value.getKey(), resealed);
                    }
                } catch (MessageCipher.StoredValueException e) {
                    done[1]++;
                    LOG.error("re-encryption: {}", e.getMessage());
                }
            }
            if (!changed.isEmpty()) {
                List<Object> arguments = new ArrayList<>(changed.values());
                arguments.add(row[0]);
                arguments.add(row[1]);
                arguments.add(row[2]);
                jdbc.update("UPDATE message SET " + String.join(", ", changed.keySet().stream().map(c -> c + " = ?")
                        .toList()) + " WHERE id = ? AND received_at = ? AND retention_kind = ?", arguments.toArray());
                done[0] += changed.size();
            }
        }
        return rows.isEmpty() ? null : (UUID) rows.get(rows.size() - 1)[0];
    }

    /** Rewrites one batch of declaration parts after {@code after} (message id, municipality). */
    private String[] partBatch(String[] after, int newest, long[] done) {
        List<String[]> rows = jdbc.query("""
                SELECT message_id::text, municipality FROM declaration_part
                WHERE (message_id, municipality) > (?::uuid, ?) AND stored_key(xml) <> ?
                ORDER BY message_id, municipality LIMIT ? FOR UPDATE SKIP LOCKED""",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}, after[0], after[1], newest, batchSize);
        for (String[] row : rows) {
            UUID id = UUID.fromString(row[0]);
            byte[] xml = jdbc.queryForObject("SELECT xml FROM declaration_part WHERE message_id = ? AND municipality = ?",
                    byte[].class, id, row[1]);
            try {
                byte[] resealed = cipher.reseal(xml, MessageStore.partContext(id, row[1]));
                if (resealed != xml) {
                    jdbc.update("UPDATE declaration_part SET xml = ? WHERE message_id = ? AND municipality = ?",
                            resealed, id, row[1]);
                    done[0]++;
                }
            } catch (MessageCipher.StoredValueException e) {
                done[1]++;
                LOG.error("re-encryption: {}", e.getMessage());
            }
        }
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }

    /** How many stored values each key holds ({@link MessageCipher#NO_KEY}: stored before encryption). */
    public Map<Integer, Long> valuesPerKey() {
        Map<Integer, Long> perKey = new TreeMap<>();
        jdbc.query("""
                SELECT k, count(*) FROM (
                    SELECT unnest(ARRAY[stored_key(raw_xml), stored_key(answer_xml), stored_key(notice)]) AS k
                    FROM message
                    UNION ALL
                    SELECT stored_key(xml) FROM declaration_part) v
                WHERE k IS NOT NULL GROUP BY k""", rs -> {
                    perKey.put(rs.getInt(1), rs.getLong(2));
                });
        return perKey;
    }
}
