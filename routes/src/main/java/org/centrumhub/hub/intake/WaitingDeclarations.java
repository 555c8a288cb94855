package org.centrumhub.hub.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.hub.store.Writes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Declarations waiting for their assignments: judged again once an assignment to their provider arrives after
 * their last judgement, and finally on the day their 325 is due, whatever arrived by then.
 */
@Repository
public class WaitingDeclarations {
    private final JdbcTemplate jdbc;

    public WaitingDeclarations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One waiting declaration to judge again. */
    public record Due(UUID messageId, String provider, LocalDate due) {
    }

    public void wait(UUID messageId, String provider, Instant at, LocalDate due, Writes writes) {
        writes.add("""
                INSERT INTO waiting_declaration (message_id, provider, received_at, due, judged_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (message_id) DO UPDATE SET judged_at = EXCLUDED.judged_at, queued_at = NULL""",
                messageId, provider, MessageStore.utc(at), due, MessageStore.utc(at));
    }

    public void decided(UUID messageId, Writes writes) {
        writes.add("DELETE FROM waiting_declaration WHERE message_id = ?", messageId);
    }

    public LocalDate dueDate(UUID messageId) {
        return jdbc.queryForObject("SELECT due FROM waiting_declaration WHERE message_id = ?", LocalDate.class, messageId);
    }

    /**
     * The waiting declarations to judge again now (an assignment to their provider arrived since, or their 325 is
     * due today), marked as queued so the next look does not queue them twice; a queued one not judged within
     * {@code requeueAfterSeconds} is queued again.
     */
    public List<Due> takeDue(LocalDate today, Instant now, int requeueAfterSeconds) {
        return jdbc.query("""
                UPDATE waiting_declaration w SET queued_at = ? WHERE message_id IN (
                    SELECT message_id FROM waiting_declaration v
                    WHERE (v.queued_at IS NULL OR v.queued_at < ?::timestamptz - make_interval(secs => ?))
                      AND (v.due <= ? OR EXISTS (SELECT 1 FROM assignment a WHERE a.provider = v.provider
                                                 AND a.arrived_at > v.judged_at))
                    ORDER BY v.received_at LIMIT 100 FOR UPDATE SKIP LOCKED)
                RETURNING message_id, provider, due""",
                (rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class)),
                MessageStore.utc(now), MessageStore.utc(now), requeueAfterSeconds, today);
    }
}
