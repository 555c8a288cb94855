package org.centrumhub.hub.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.crossmessage.Assignment;
import org.centrumhub.transform.crossmessage.Declaration;
import org.centrumhub.transform.crossmessage.DeclaredLine;
import org.centrumhub.transform.crossmessage.Delivery;
import org.centrumhub.transform.crossmessage.HubStore;
import org.centrumhub.transform.crossmessage.Request;
import org.centrumhub.transform.crossmessage.RequestAnswer;
import org.centrumhub.transform.crossmessage.StateChange;
import org.centrumhub.transform.crossmessage.Tariff;
import org.centrumhub.transform.region.Participant;
import org.centrumhub.transform.region.Regions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The assignment, delivery and request stores in PostgreSQL, as the cross-message rules read them and accepted
 * messages change them. Assignments are versions, one per 301 line: the current one is the latest Toewijzingsdatum +
 * Toewijzingstijd among the versions no provider rejected.
 */
@Repository
public class JdbcHubStore implements HubStore {
    private final JdbcTemplate jdbc;
    private final ClientKeys clientKeys;

    private final Regions regions;

    public JdbcHubStore(JdbcTemplate jdbc, ClientKeys clientKeys, Regions regions) {
        this.jdbc = jdbc;
        this.clientKeys = clientKeys;
        this.regions = regions;
    }

    /** The participants of the region (in this domain) the addressee is the centre or a participant of. */
    @Override
    public List<String> participants(Standard domain, String addressee) {
        return regions.regionOf(domain, addressee).flatMap(region -> region.domain(domain))
                .map(d -> d.participants().stream().map(Participant::code).toList())
                .filter(codes -> !codes.isEmpty()).orElse(List.of(addressee));
    }

    /** The contract tariff in the arrangement of the region the municipality participates in. */
    @Override
    public Optional<Tariff> contractTariff(Standard domain, String municipality, String provider, String productCode,
                                           LocalDate on) {
        return regions.regionOf(domain, municipality).flatMap(region -> region.domain(domain))
                .flatMap(d -> d.tariff(provider, productCode, on))
                .map(t -> new Tariff(t.unit(), t.tariffCents()));
    }

    @Override
    public String clientKey(String bsn) {
        return clientKeys.of(bsn);
    }

    private static final RowMapper<Assignment> ASSIGNMENT = (rs, row) -> new Assignment(
            Standard.valueOf(rs.getString("domain")), rs.getString("municipality"), rs.getString("provider"),
            rs.getString("client_key"), rs.getLong("number"), rs.getString("category"), rs.getString("code"),
            date(rs, "start_date"), date(rs, "end_date"), rs.getString("reden_wijziging"), rs.getString("reference"),
            (Long) rs.getObject("volume"), rs.getString("unit"), rs.getString("frequency"), (Long) rs.getObject("budget"),
            rs.getObject("assigned_at", LocalDateTime.class));

    /** The current version of every assignment number of a municipality in a domain (and any further filter). */
    private static final String CURRENT = """
            SELECT DISTINCT ON (number) * FROM assignment WHERE NOT rejected AND domain = ? AND municipality = ? %s
            ORDER BY number, assigned_at DESC, id DESC""";

    private static final RowMapper<Request> REQUEST = (rs, row) -> new Request(Standard.valueOf(rs.getString("domain")),
            rs.getString("provider"), rs.getString("municipality"), rs.getString("client_key"), rs.getString("reference"),
            rs.getInt("message_number"), date(rs, "dagtekening"));

    @Override
    public Optional<Assignment> assignment(Standard domain, String municipality, long number) {
        return jdbc.query(CURRENT.formatted("AND number = ?"), ASSIGNMENT, domain.name(), municipality, number)
                .stream().findFirst();
    }

    @Override
    public List<Assignment> assignments(Standard domain, String municipality, String provider, String client) {
        // the numbers this client ever had here, then their current versions, which must still be this client's
        return jdbc.query(CURRENT.formatted("""
                AND number IN (SELECT number FROM assignment WHERE domain = ? AND municipality = ? AND client_key = ?)"""),
                ASSIGNMENT, domain.name(), municipality, domain.name(), municipality, client).stream()
                .filter(a -> a.provider().equals(provider) && a.client().equals(client)).toList();
    }

    @Override
    public List<Assignment> assignmentsForReference(Standard domain, String provider, String reference) {
        return jdbc.query("SELECT * FROM assignment WHERE NOT rejected AND domain = ? AND provider = ? AND reference = ? "
                + "ORDER BY id", ASSIGNMENT, domain.name(), provider, reference);
    }

    @Override
    public Optional<Request> request(Standard domain, String provider, String reference) {
        return jdbc.query("SELECT * FROM request WHERE domain = ? AND provider = ? AND reference = ?", REQUEST,
                domain.name(), provider, reference).stream().findFirst();
    }

    @Override
    public List<Request> requests(Standard domain, String provider, String municipality, String client) {
        return jdbc.query("SELECT * FROM request WHERE domain = ? AND provider = ? AND municipality = ? "
                + "AND client_key = ?", REQUEST, domain.name(), provider, municipality, client);
    }

    @Override
    public List<RequestAnswer> answers(Standard domain, String provider, String reference) {
        return jdbc.query("SELECT * FROM request_answer WHERE NOT rejected AND domain = ? AND provider = ? "
                        + "AND reference = ? ORDER BY id",
                (rs, row) -> new RequestAnswer(Standard.valueOf(rs.getString("domain")), rs.getString("municipality"),
                        rs.getString("provider"), rs.getString("reference"), rs.getString("verzoek_antwoord")),
                domain.name(), provider, reference);
    }

    @Override
    public List<Delivery> deliveries(Standard domain, String provider, String municipality, String client) {
        return jdbc.query("""
                SELECT * FROM delivery WHERE domain = ? AND provider = ? AND municipality = ? AND client_key = ?
                AND deleted_by IS NULL ORDER BY id""",
                (rs, row) -> new Delivery(Delivery.Kind.valueOf(rs.getString("kind")), Standard.valueOf(rs.getString("domain")),
                        rs.getString("provider"), rs.getString("municipality"), rs.getString("client_key"),
                        (Long) rs.getObject("assignment_number"), rs.getString("category"), rs.getString("code"),
                        date(rs, "assignment_start"), date(rs, "begin_date"), date(rs, "end_date"), rs.getString("reason")),
                domain.name(), provider, municipality, client);
    }

    /** Call within the transaction that stores the message, so both commit together. */
    @Override
    public void apply(List<StateChange> changes, UUID messageId) {
        Writes writes = new Writes();
        apply(changes, messageId, writes);
        writes.send(jdbc);
    }

    /** {@link #apply(List, UUID)} among the message's other writes. */
    public void apply(List<StateChange> changes, UUID messageId, Writes writes) {
        for (StateChange change : changes) {
            if (change instanceof StateChange.AssignmentVersion version) {
                Assignment a = version.assignment();
                writes.add("""
                        INSERT INTO assignment (domain, municipality, number, provider, client_key, category, code,
                                                start_date, end_date, reden_wijziging, reference, volume, unit,
                                                frequency, budget, assigned_at, message_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        a.domain().name(), a.municipality(), a.number(), a.provider(), a.client(), a.category(), a.code(),
                        sql(a.start()), sql(a.end()), a.redenWijziging(), a.reference(), a.volume(), a.unit(),
                        a.frequency(), a.budget(), a.assignedAt(), messageId);
            } else if (change instanceof StateChange.DeliveryReported reported) {
                Delivery d = reported.delivery();
                writes.add("""
                        INSERT INTO delivery (kind, domain, provider, municipality, client_key, assignment_number, category,
                                              code, assignment_start, begin_date, end_date, reason, message_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        d.kind().name(), d.domain().name(), d.provider(), d.municipality(), d.client(), d.assignmentNumber(),
                        d.category(), d.code(), sql(d.assignmentStart()), sql(d.begin()), sql(d.end()), d.reason(), messageId);
            } else if (change instanceof StateChange.RequestReceived received) {
                Request r = received.request();
                writes.add("""
                        INSERT INTO request (domain, provider, reference, municipality, client_key, message_number,
                                             dagtekening, message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                        r.domain().name(), r.provider(), r.reference(), r.municipality(), r.client(), r.messageNumber(),
                        sql(r.dagtekening()), messageId);
            } else if (change instanceof StateChange.RequestAnswered answered) {
                RequestAnswer a = answered.answer();
                writes.add("""
                        INSERT INTO request_answer (domain, municipality, provider, reference, verzoek_antwoord, message_id)
                        VALUES (?, ?, ?, ?, ?, ?)""", a.domain().name(), a.municipality(), a.provider(), a.reference(),
                        a.verzoekAntwoord(), messageId);
            } else if (change instanceof StateChange.DeclarationReceived received) {
                storeDeclaration(received, messageId, writes);
            } else if (change instanceof StateChange.ReceiverVerdict verdict && verdict.rejected()) {
                writes.add("UPDATE assignment SET rejected = true WHERE message_id = ?", verdict.message());
                writes.add("UPDATE request_answer SET rejected = true WHERE message_id = ?", verdict.message());
            } else if (change instanceof StateChange.DeliveryDeleted deleted) {
                Delivery d = deleted.delivery();
                writes.add("""
                        UPDATE delivery SET deleted_by = ? WHERE deleted_by IS NULL AND kind = ? AND domain = ?
                          AND provider = ? AND municipality = ? AND client_key = ?
                          AND assignment_number IS NOT DISTINCT FROM ? AND category IS NOT DISTINCT FROM ?
                          AND code IS NOT DISTINCT FROM ? AND begin_date = ?
                          AND (kind = 'START' OR (reason IS NOT DISTINCT FROM ? AND end_date IS NOT DISTINCT FROM ?))""",
                        messageId, d.kind().name(), d.domain().name(), d.provider(), d.municipality(), d.client(),
                        d.assignmentNumber(), d.category(), d.code(), sql(d.begin()), d.reason(), sql(d.end()));
            }
        }
    }

    private static final RowMapper<DeclaredLine> LINE = (rs, row) -> new DeclaredLine(
            Standard.valueOf(rs.getString("domain")), rs.getString("provider"), rs.getString("municipality"),
            rs.getString("client_key"), rs.getString("reference"), rs.getString("previous_reference"),
            rs.getLong("assignment_number"), rs.getString("category"), rs.getString("code"), date(rs, "begin_date"),
            date(rs, "end_date"), rs.getLong("volume"), rs.getString("unit"), rs.getLong("amount_cents"),
            rs.getBoolean("granted"));

    @Override
    public Map<Long, List<Assignment>> assignmentsNumbered(Standard domain, String provider, Collection<Long> numbers) {
        return numbered(currentVersions(domain, numbers), provider);
    }

    /**
     * The current version of every assignment with one of these numbers in a domain, one per number and municipality
     * (number unique per municipality, TR332), in number and municipality order: what {@link #assignment} and
     * {@link #assignmentsNumbered} answer from, for several numbers in one read.
     */
    public List<Assignment> currentVersions(Standard domain, Collection<Long> numbers) {
        return jdbc.query("""
                SELECT DISTINCT ON (number, municipality) * FROM assignment
                WHERE NOT rejected AND domain = ? AND number = ANY (?)
                ORDER BY number, municipality, assigned_at DESC, id DESC""", ASSIGNMENT, domain.name(),
                numbers.toArray(Long[]::new));
    }

    /** Of {@link #currentVersions}, a provider's, per number. */
    public static Map<Long, List<Assignment>> numbered(List<Assignment> versions, String provider) {
        Map<Long, List<Assignment>> result = new HashMap<>();
        versions.stream().filter(a -> a.provider().equals(provider))
                .forEach(a -> result.computeIfAbsent(a.number(), n -> new ArrayList<>()).add(a));
        return result;
    }

    @Override
    public Set<String> usedReferences(Standard domain, String provider, Collection<String> references) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT reference FROM declaration_line WHERE domain = ? "
                + "AND provider = ? AND reference = ANY (?)", String.class, domain.name(), provider,
                references.toArray(String[]::new)));
    }

    @Override
    public List<DeclaredLine> declaredOnAssignments(Standard domain, String provider, Collection<Long> numbers) {
        return jdbc.query("SELECT * FROM declaration_line WHERE domain = ? AND provider = ? "
                + "AND assignment_number = ANY (?) AND granted ORDER BY id", LINE, domain.name(), provider,
                numbers.toArray(Long[]::new));
    }

    @Override
    public boolean declarationNumberUsed(Standard domain, String provider, String number) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM declaration WHERE domain = ? "
                + "AND provider = ? AND number = ?)", Boolean.class, domain.name(), provider, number));
    }

    @Override
    public Optional<YearMonth> latestDeclarationPeriod(Standard domain, String provider, String municipality) {
        Date latest = jdbc.queryForObject("SELECT max(period) FROM declaration WHERE domain = ? AND provider = ? "
                + "AND municipality = ?", Date.class, domain.name(), provider, municipality);
        return Optional.ofNullable(latest).map(d -> YearMonth.from(d.toLocalDate()));
    }

    /**
     * The declaration and all its lines in two statements, whatever the number of lines: the lines' values go as one
     * array per column, unnested into rows in their order (so their ids follow the document).
     */
    private void storeDeclaration(StateChange.DeclarationReceived received, UUID messageId, Writes writes) {
        Declaration d = received.declaration();
        writes.add("INSERT INTO declaration (message_id, domain, provider, municipality, number, period) "
                + "VALUES (?, ?, ?, ?, ?, ?)", messageId, d.domain().name(), d.provider(), d.municipality(), d.number(),
                sql(d.period().atDay(1)));
        List<DeclaredLine> lines = received.lines();
        if (lines.isEmpty()) {
            return;
        }
        writes.add("""
                INSERT INTO declaration_line (message_id, domain, provider, municipality, client_key, reference,
                    previous_reference, assignment_number, category, code, begin_date, end_date, volume, unit,
                    amount_cents, granted)
                SELECT ?::uuid, domain, provider, municipality, client_key, reference, previous_reference,
                       assignment_number, category, code, begin_date, end_date, volume, unit, amount_cents, granted
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[],
                            ?::text[], ?::date[], ?::date[], ?::bigint[], ?::text[], ?::bigint[], ?::boolean[])
                     WITH ORDINALITY AS line (domain, provider, municipality, client_key, reference, previous_reference,
                                              assignment_number, category, code, begin_date, end_date, volume, unit,
                                              amount_cents, granted, n)
                ORDER BY n""", messageId,
                column(lines, l -> l.domain().name()), column(lines, DeclaredLine::provider),
                column(lines, DeclaredLine::municipality), column(lines, DeclaredLine::client),
                column(lines, DeclaredLine::reference), column(lines, DeclaredLine::previousReference),
                lines.stream().map(DeclaredLine::assignmentNumber).toArray(Long[]::new),
                column(lines, DeclaredLine::category), column(lines, DeclaredLine::code),
                column(lines, l -> l.begin().toString()), column(lines, l -> l.end().toString()),
                lines.stream().map(DeclaredLine::volume).toArray(Long[]::new), column(lines, DeclaredLine::unit),
                lines.stream().map(DeclaredLine::amountCents).toArray(Long[]::new),
                lines.stream().map(DeclaredLine::granted).toArray(Boolean[]::new));
    }

    private static <T> String[] column(List<T> rows, java.util.function.Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
