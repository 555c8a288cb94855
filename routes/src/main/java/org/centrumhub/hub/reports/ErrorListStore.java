package org.centrumhub.hub.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.intake.Outcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The error list's reads of the stores, for one month of receipt: what the hub rejected or refused, by whom and
 * what it concerned; the content (XML, notices) is read afterwards through {@link MessageStore}, decrypted.
 */
@Repository
public class ErrorListStore {
    /** The declaration types (323): these are listed per line, for the line's responsible municipality. */
    private static final String[] DECLARATIONS = Arrays.stream(MessageType.values())
            .filter(type -> type.kind() == MessageType.Kind.DECLARATION).map(Enum::name).toArray(String[]::new);

    /** A message the hub judged and rejected (codes from the standard) or found invalid (0001). */
    public record Judged(UUID id, Instant receivedAt, String provider, String type, String identificatie,
                         String receiver, Outcome outcome, List<String> retourCodes) {
    }

    /** A rejected line of a declaration judged line by line. */
    public record Line(UUID messageId, Instant receivedAt, String provider, String type, String identificatie,
                       long id, String reference, String category, String code, List<String> messageCodes) {
    }

    /** A message refused on transport, from the party whose address it arrived on. */
    public record Refused(UUID id, Instant receivedAt, String party, String type, List<String> codes) {
    }

    private final JdbcTemplate jdbc;

    public ErrorListStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Provider messages other than declarations for the municipality (its receiver as judged), rejected or invalid. */
    public List<Judged> rejectedMessages(String municipality, Instant from, Instant to) {
        return jdbc.query("""
                SELECT id, received_at, sender, message_type, identificatie, receiver, outcome, retour_codes
                FROM message
                WHERE receiver = ? AND received_at >= ? AND received_at < ? AND party_role = 'PROVIDER'
                  AND outcome IN ('REJECTED', 'INVALID') AND message_type <> ALL (?)""", JUDGED, municipality,
                MessageStore.utc(from), MessageStore.utc(to), DECLARATIONS);
    }

    /**
     * Declarations addressed to one of these municipalities that were rejected as a whole (on the header or the
     * class Declaratie, or invalid): no line of them was stored, so their lines are read from the message.
     */
    public List<Judged> wholeRejectedDeclarations(Collection<String> receivers, Instant from, Instant to) {
        return jdbc.query("""
                SELECT id, received_at, sender, message_type, identificatie, receiver, outcome, retour_codes
                FROM message m
                WHERE receiver = ANY (?) AND received_at >= ? AND received_at < ? AND party_role = 'PROVIDER'
                  AND outcome IN ('REJECTED', 'INVALID') AND message_type = ANY (?)
                  AND NOT EXISTS (SELECT 1 FROM declaration d WHERE d.message_id = m.id)""", JUDGED,
                receivers.toArray(String[]::new), MessageStore.utc(from), MessageStore.utc(to), DECLARATIONS);
    }

    /** The rejected lines the municipality is responsible for, of declarations received in the month. */
    public List<Line> rejectedLines(String municipality, Instant from, Instant to) {
        return jdbc.query("""
                SELECT l.message_id, m.received_at, l.provider, m.message_type, m.identificatie, l.id, l.reference,
                       l.category, l.code, m.retour_codes
                FROM declaration_line l JOIN message m ON m.id = l.message_id
                WHERE l.municipality = ? AND NOT l.granted AND m.received_at >= ? AND m.received_at < ?
                ORDER BY l.id""", (rs, row) -> new Line(rs.getObject("message_id", UUID.class),
                instant(rs, "received_at"), rs.getString("provider"), rs.getString("message_type"),
                rs.getString("identificatie"), rs.getLong("id"), rs.getString("reference"), rs.getString("category"),
                rs.getString("code"), codes(rs)), municipality, MessageStore.utc(from), MessageStore.utc(to));
    }

    /** Every message a provider sent that was refused on transport in the month (whoever it was addressed to). */
    public List<Refused> refused(Instant from, Instant to) {
        return jdbc.query("""
                SELECT id, received_at, party_code, message_type, retour_codes FROM message
                WHERE retention_kind = 'refused' AND outcome = 'REFUSED' AND party_role = 'PROVIDER'
                  AND received_at >= ? AND received_at < ?""", (rs, row) -> new Refused(rs.getObject("id", UUID.class),
                instant(rs, "received_at"), rs.getString("party_code"), rs.getString("message_type"), codes(rs)),
                MessageStore.utc(from), MessageStore.utc(to));
    }

    /** Per client key, every municipality that gave the client an assignment (in any domain). */
    public Map<String, Set<String>> assigningMunicipalities(Collection<String> clientKeys) {
        Map<String, Set<String>> municipalities = new HashMap<>();
        if (clientKeys.isEmpty()) {
            return municipalities;
        }
        jdbc.query("SELECT DISTINCT client_key, municipality FROM assignment WHERE client_key = ANY (?)",
                rs -> {
                    municipalities.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }, (Object) clientKeys.toArray(String[]::new));
        return municipalities;
    }

    /** The municipality of a granted line with this ReferentieNummer: the one a credit of it concerns. */
    public Optional<String> municipalityOfGrantedLine(Standard domain, String provider, String reference) {
        return jdbc.query("""
                SELECT municipality FROM declaration_line
                WHERE domain = ? AND provider = ? AND reference = ? AND granted ORDER BY id LIMIT 1""", (rs, row) -> rs.getString(1), domain.name(), provider, reference)
                .stream().findFirst();
    }

    private static final RowMapper<Judged> JUDGED = (rs, row) -> new Judged(rs.getObject("id", UUID.class),
            instant(rs, "received_at"), rs.getString("sender"), rs.getString("message_type"),
            rs.getString("identificatie"), rs.getString("receiver"), Outcome.valueOf(rs.getString("outcome")),
            codes(rs));

    private static List<String> codes(ResultSet rs) throws SQLException {
        return List.of((String[]) rs.getArray("retour_codes").getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
