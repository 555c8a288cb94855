package org.centrumhub.hub.reports;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.crossmessage.Assignment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signals: one municipality's business that missed a deadline of the standard or is about to, and care that looks
 * stuck, as it stood at the end of the month (or now, for the current month). Read from the stores only, as of that
 * moment: a message, assignment version or delivery counts once it was received by then, an answer once it came by
 * then. Only the municipality's own business: messages it sent or that were addressed to it (for a region, the
 * participant responsible for the client), assignments it issued, declarations addressed to it or naming its
 * assignments. Clients are never named: the {@code bsn} column stays empty, the detail holds dates, codes and numbers.
 */
@Component
public class SignalsReport implements ReportSource {
    public static final String KIND = "signals";

    /** The report's columns; the dashboard reads them by these names. */
    public static final List<Report.Column> COLUMNS = List.of(
            new Report.Column("signal", Report.Type.TEXT), new Report.Column("status", Report.Type.TEXT),
            new Report.Column("due", Report.Type.DATE), new Report.Column("days_over", Report.Type.INTEGER),
            new Report.Column("provider", Report.Type.TEXT), new Report.Column("provider_name", Report.Type.TEXT),
            new Report.Column("message_type", Report.Type.TEXT), new Report.Column("identificatie", Report.Type.TEXT),
            new Report.Column("assignment", Report.Type.TEXT), new Report.Column("detail", Report.Type.TEXT),
            new Report.Column("bsn", Report.Type.TEXT));

    /** What a signal says. */
    public enum Signal {
        /** a 301 or 319 forwarded to a provider whose 302 or 320 has not come within 3 working days (OP090) */
        RETOUR_LATE,
        /** a declaration still waiting for its assignments whose 325 is due within 2 working days, or late (OP090x4) */
        DECLARATION_ANSWER_LATE,
        /** a provider's request (315 line, 317) without a 301 or 319 within 5 working days (OP274, OP346) */
        REQUEST_UNANSWERED,
        /** an assignment that ended while its care had a start and no stop, 5 working days on (OP272) */
        STOP_LATE,
        /**
         * an assignment without any start some days (centrumhub.reports.assignment-without-start-days) after it began,
         * or after it was sent when that was later
         */
        ASSIGNMENT_WITHOUT_START,
        /** started care with nothing declared and granted for two months */
        START_WITHOUT_DECLARATION,
        /** a stop rejected for want of its start (TR382, 9069) that no start and stop have followed (OP072, OP295) */
        STOP_WITHOUT_START,
        /**
         * a declaration waiting for its assignments, its 325 further away than the at-risk window; always AT_RISK (its
         * lines are rejected on the due date unless their assignments come), days_over counting down to that date
         */
        DECLARATION_WAITING
    }

    private static final int RETOUR_WITHIN = 3;
    private static final int REQUEST_ANSWER_WITHIN = 5;
    private static final int STOP_WITHIN = 5;
    private static final int DECISION_WITHIN_WEEKS = 8;
    private static final int DECLARE_WITHIN_MONTHS = 2;
    /** TR382's retourcode: no start with the stop's ToewijzingNummer, product and Begindatum. */
    private static final String NO_START = "9069";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, String> providerNames;
    private final int answerWithin;
    private final int startWithinDays;

    public SignalsReport(JdbcTemplate jdbc, Clock clock, HubProperties properties, PartyRegistry registry,
                         @Value("${centrumhub.declarations.answer-within-working-days:10}") int answerWithin,
                         @Value("${centrumhub.reports.assignment-without-start-days:30}") int startWithinDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.providerNames = registry.providers().stream()
                .collect(Collectors.toMap(PartyRegistry.Entry::code, PartyRegistry.Entry::name, (a, b) -> a));
        this.answerWithin = answerWithin;
        this.startWithinDays = startWithinDays;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "Signals";
    }

    /** One signal, before it becomes a row. */
    record Row(Signal signal, Deadline.Status status, LocalDate due, long daysOver, String provider, String messageType,
               String identificatie, String assignment, String detail) {
    }

    /**
     * The moment the signals stand at: the end of the month, or now when that is earlier; {@code at} includes
     * everything received up to it, {@code today} is its business date.
     */
    record AsOf(OffsetDateTime at, LocalDate today) {
    }

    AsOf asOf(YearMonth period) {
        Instant now = clock.instant();
        Instant end = period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant at = now.isBefore(end) ? now : end.minus(1, ChronoUnit.MICROS);
        return new AsOf(MessageStore.utc(at), at.atZone(zone).toLocalDate());
    }

    @Override
    public Report build(String municipality, YearMonth period) {
        AsOf asOf = asOf(period);
        List<Row> rows = new ArrayList<>();
        retoursLate(municipality, asOf, rows);
        waitingDeclarations(municipality, asOf, rows);
        unansweredRequests(municipality, asOf, rows);
        care(municipality, asOf, rows);
        stopsWithoutStart(municipality, asOf, rows);
        rows.sort(Comparator.comparing(Row::due).thenComparing(Row::signal).thenComparing(Row::provider)
                .thenComparing(Row::identificatie, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Row::assignment, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Report(KIND, title(), municipality, period, COLUMNS, rows.stream().map(this::values).toList());
    }

    private List<Object> values(Row row) {
        return Arrays.asList(row.signal().name(), row.status().name(), row.due(), row.daysOver(),
                row.provider(), providerNames.get(row.provider()), row.messageType(), row.identificatie(),
                row.assignment(), row.detail(), null);
    }

    /** Adds the signal when its deadline is overdue or at risk on the day. */
    private static void signal(List<Row> rows, Signal signal, Deadline deadline, LocalDate today, String provider,
                               String type, String identificatie, String assignment, String detail) {
        deadline.status(today).ifPresent(status -> rows.add(new Row(signal, status, deadline.due(),
                deadline.daysOver(today), provider, type, identificatie, assignment, detail)));
    }

    /**
     * RETOUR_LATE: the 301s and 319s this municipality sent that the hub forwarded to their provider, whose retour
     * had not come by then (a refused retour does not count: it was never relayed).
     */
    private void retoursLate(String municipality, AsOf asOf, List<Row> rows) {
        // unanswered now, or answered by a retour that came only after the moment asked
        jdbc.query("""
                SELECT m.receiver, m.message_type, m.identificatie, m.assignment_numbers, m.received_at
                FROM message m
                WHERE m.outcome = 'FORWARDED' AND m.receiver_verdict IS NULL AND m.sender = ? AND m.received_at <= ?
                UNION ALL
                SELECT m.receiver, m.message_type, m.identificatie, m.assignment_numbers, m.received_at
                FROM message r JOIN message m ON m.id = r.in_reply_to
                WHERE r.outcome = 'RELAYED' AND r.receiver = ? AND r.received_at > ?
                  AND m.outcome = 'FORWARDED' AND m.sender = ? AND m.received_at <= ?""", rs -> {
            LocalDate sent = date(rs, "received_at");
            MessageType type = MessageType.valueOf(rs.getString("message_type"));
            String retour = type.standard() == Standard.IJW ? "JW" + (type.number() + 1) : "WMO" + (type.number() + 1);
            signal(rows, Signal.RETOUR_LATE, Deadline.workingDaysAfter(sent, RETOUR_WITHIN), asOf.today(),
                    rs.getString("receiver"), type.name(), rs.getString("identificatie"), numbers(rs),
                    type.name() + " forwarded to the provider on " + sent + "; its " + retour
                            + " retour, due within " + RETOUR_WITHIN + " working days, has not come");
        }, municipality, asOf.at(), municipality, asOf.at(), municipality, asOf.at());
    }

    /**
     * DECLARATION_ANSWER_LATE and DECLARATION_WAITING: declarations addressed to this municipality, or naming one of
     * its assignments, that were waiting for their assignments then (received, not yet answered). Answered at once,
     * a declaration's answer time is its arrival; only one that waited was answered later (or not yet).
     */
    private void waitingDeclarations(String municipality, AsOf asOf, List<Row> rows) {
        jdbc.query("""
                SELECT m.sender, m.message_type, m.identificatie, m.received_at, w.due,
                       ARRAY(SELECT n FROM unnest(m.assignment_numbers) n WHERE NOT EXISTS (
                           SELECT 1 FROM assignment a JOIN message am ON am.id = a.message_id
                           WHERE a.domain = d.domain AND a.number = n AND a.provider = m.sender AND NOT a.rejected
                             AND am.received_at <= ?) ORDER BY n) AS missing
                FROM message m
                CROSS JOIN LATERAL (SELECT CASE WHEN m.bericht_code = 490 THEN 'IJW' ELSE 'IWMO' END AS domain) d
                LEFT JOIN waiting_declaration w ON w.message_id = m.id
                WHERE m.bericht_code IN (490, 484) AND m.outcome <> 'REFUSED'
                  AND (m.answered_at IS NULL OR m.answered_at > m.received_at)
                  AND m.received_at <= ? AND (m.answered_at IS NULL OR m.answered_at > ?)
                  AND (m.receiver = ? OR EXISTS (
                      SELECT 1 FROM assignment a WHERE a.domain = d.domain AND a.number = ANY (m.assignment_numbers)
                        AND a.municipality = ? AND a.provider = m.sender))""", rs -> {
            LocalDate received = date(rs, "received_at");
            LocalDate storedDue = rs.getObject("due", LocalDate.class);
            Deadline deadline = storedDue != null ? new Deadline(storedDue)
                    : Deadline.workingDaysAfter(received, answerWithin);
            String type = rs.getString("message_type");
            String answer = type.replace("323", "325");
            String missing = numbers(rs.getArray("missing"));
            String waitsFor = missing == null ? "is waiting to be judged again"
                    : "waits for assignment " + missing;
            Optional<Deadline.Status> status = deadline.status(asOf.today());
            if (status.isPresent()) {
                rows.add(new Row(Signal.DECLARATION_ANSWER_LATE, status.get(), deadline.due(),
                        deadline.daysOver(asOf.today()), rs.getString("sender"), type, rs.getString("identificatie"),
                        missing, type + " received " + received + " " + waitsFor + "; its " + answer
                        + " is due within " + answerWithin + " working days of receipt"));
            } else {
                // further away than the at-risk window: still a signal, the municipality's assignment is missing
                rows.add(new Row(Signal.DECLARATION_WAITING, Deadline.Status.AT_RISK, deadline.due(),
                        deadline.daysOver(asOf.today()), rs.getString("sender"), type, rs.getString("identificatie"),
                        missing, type + " received " + received + " " + waitsFor + "; lines whose assignment has not "
                        + "come by " + deadline.due() + " are rejected in its " + answer));
            }
        }, asOf.at(), asOf.at(), asOf.at(), municipality, municipality);
    }

    /** A request line (315 AangevraagdProduct or 317 Verzoek) with when it came and how it was answered by then. */
    private record Request(String domain, String provider, String reference, String type, String identificatie,
                           LocalDate received) {
    }

    /**
     * REQUEST_UNANSWERED: the requests addressed to this municipality (its clients' requests, for a region) that had
     * no 301 with their reference and no rejecting 319 by then. The 316 goes out the day a request arrives, so the
     * 5 working days run from that day; a 319 "under investigation" answers in time, and then the decision is due
     * within 8 weeks of the request.
     */
    private void unansweredRequests(String municipality, AsOf asOf, List<Row> rows) {
        List<Request> requests = jdbc.query("""
                SELECT r.domain, r.provider, r.reference, m.message_type, m.identificatie, m.received_at
                FROM request r JOIN message m ON m.id = r.message_id
                WHERE r.municipality = ? AND m.receiver = ? AND m.bericht_code IN (446, 444, 486, 480)
                  AND m.received_at <= ?""", (rs, i) -> new Request(rs.getString("domain"), rs.getString("provider"),
                rs.getString("reference"), rs.getString("message_type"), rs.getString("identificatie"),
                date(rs, "received_at")), municipality, municipality, asOf.at());
        if (requests.isEmpty()) {
            return;
        }
        Set<String> decided = new HashSet<>();
        Map<String, LocalDate> investigating = new HashMap<>();
        String[] domains = requests.stream().map(Request::domain).toArray(String[]::new);
        String[] providers = requests.stream().map(Request::provider).toArray(String[]::new);
        String[] references = requests.stream().map(Request::reference).toArray(String[]::new);
        // the answers then: a 301 with the reference, a 319 (1 rejects, 2 is under investigation); a version or answer
        // the provider's retour rejected by then does not count
        jdbc.query("""
                WITH asked (domain, provider, reference) AS (SELECT * FROM unnest(?::text[], ?::text[], ?::text[]))
                SELECT a.domain, a.provider, a.reference, '301' AS answer, m.received_at
                FROM assignment a JOIN asked q USING (domain, provider, reference)
                JOIN message m ON m.id = a.message_id
                WHERE m.received_at <= ? AND (NOT a.rejected OR NOT EXISTS (SELECT 1 FROM message r
                    WHERE r.in_reply_to = a.message_id AND r.outcome = 'RELAYED' AND r.received_at <= ?))
                UNION ALL
                SELECT ra.domain, ra.provider, ra.reference, ra.verzoek_antwoord, m.received_at
                FROM request_answer ra JOIN asked q USING (domain, provider, reference)
                JOIN message m ON m.id = ra.message_id
                WHERE m.received_at <= ? AND (NOT ra.rejected OR NOT EXISTS (SELECT 1 FROM message r
                    WHERE r.in_reply_to = ra.message_id AND r.outcome = 'RELAYED' AND r.received_at <= ?))""", rs -> {
            String key = rs.getString("domain") + "/" + rs.getString("provider") + "/" + rs.getString("reference");
            if ("2".equals(rs.getString("answer"))) {
                investigating.merge(key, date(rs, "received_at"), (a, b) -> a.isBefore(b) ? a : b);
            } else {
                decided.add(key);
            }
        }, domains, providers, references, asOf.at(), asOf.at(), asOf.at(), asOf.at());
        for (Request request : requests) {
            String key = request.domain() + "/" + request.provider() + "/" + request.reference();
            if (decided.contains(key)) {
                continue;
            }
            String answers = request.type().startsWith("JW") ? "JW301 or JW319" : "WMO301 or WMO319";
            String what = request.type() + " request (reference " + request.reference() + ") received "
                    + request.received();
            LocalDate since = investigating.get(key);
            if (since == null) {
                signal(rows, Signal.REQUEST_UNANSWERED,
                        Deadline.workingDaysAfter(request.received(), REQUEST_ANSWER_WITHIN), asOf.today(),
                        request.provider(), request.type(), request.identificatie(), null,
                        what + "; no " + answers + " within " + REQUEST_ANSWER_WITHIN + " working days");
            } else {
                signal(rows, Signal.REQUEST_UNANSWERED,
                        new Deadline(request.received().plusWeeks(DECISION_WITHIN_WEEKS)), asOf.today(),
                        request.provider(), request.type(), request.identificatie(), null,
                        what + "; under investigation since " + since + ", the decision is due within "
                                + DECISION_WITHIN_WEEKS + " weeks of the request");
            }
        }
    }

    /** The current version (then) of one of this municipality's assignment numbers, with when it was first sent. */
    private record CurrentAssignment(Assignment assignment, LocalDate firstSent, String type, String identificatie) {
    }

    /** A start or stop that stood then, with the message that reported it. */
    private record Reported(String kind, AssignedTo assigned, String category, String code, LocalDate begin,
                            LocalDate end, String type, String identificatie) {
        /** Same client, assigned product and Begindatum: the start a stop belongs to (TR382). */
        Care care() {
            return new Care(assigned, category, code, begin);
        }
    }

    /** The assignment a start or stop names: its provider, client and ToewijzingNummer (null: task-based). */
    private record AssignedTo(String domain, String provider, String client, Long number) {
        static AssignedTo of(Assignment a) {
            return new AssignedTo(a.domain().name(), a.provider(), a.client(), a.number());
        }
    }

    /** One delivered product: what a stop copies from its start. */
    private record Care(AssignedTo assigned, String category, String code, LocalDate begin) {
    }

    /** ASSIGNMENT_WITHOUT_START, STOP_LATE and START_WITHOUT_DECLARATION: this municipality's assignments and care. */
    private void care(String municipality, AsOf asOf, List<Row> rows) {
        List<CurrentAssignment> assignments = jdbc.query("""
                SELECT DISTINCT ON (a.domain, a.number) a.*,
                       first_value(m.received_at) OVER versions AS first_sent,
                       first_value(m.message_type) OVER versions AS first_type,
                       first_value(m.identificatie) OVER versions AS first_identificatie
                FROM assignment a JOIN message m ON m.id = a.message_id
                WHERE a.municipality = ? AND m.sender = ? AND m.bericht_code IN (436, 414) AND m.received_at <= ?
                  AND (NOT a.rejected OR NOT EXISTS (SELECT 1 FROM message r WHERE r.in_reply_to = a.message_id
                      AND r.outcome = 'RELAYED' AND r.received_at <= ?))
                WINDOW versions AS (PARTITION BY a.domain, a.number ORDER BY m.received_at, a.id)
                ORDER BY a.domain, a.number, a.assigned_at DESC, a.id DESC""", (rs, i) -> new CurrentAssignment(new Assignment(Standard.valueOf(rs.getString("domain")),
                rs.getString("municipality"), rs.getString("provider"), rs.getString("client_key"),
                rs.getLong("number"), rs.getString("category"), rs.getString("code"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("reden_wijziging"), null, null, null, null, null, null),
                date(rs, "first_sent"), rs.getString("first_type"), rs.getString("first_identificatie")),
                municipality, municipality, asOf.at(), asOf.at());
        List<Reported> deliveries = jdbc.query("""
                SELECT d.kind, d.domain, d.provider, d.client_key, d.assignment_number, d.category, d.code,
                       d.begin_date, d.end_date, m.received_at, m.message_type, m.identificatie
                FROM delivery d JOIN message m ON m.id = d.message_id
                WHERE d.municipality = ? AND m.receiver = ? AND m.bericht_code IN (438, 418, 440, 420)
                  AND m.received_at <= ?
                  AND (d.deleted_by IS NULL OR NOT EXISTS (SELECT 1 FROM message x WHERE x.id = d.deleted_by
                      AND x.received_at <= ?))""", (rs, i) -> new Reported(rs.getString("kind"),
                new AssignedTo(rs.getString("domain"), rs.getString("provider"), rs.getString("client_key"),
                        (Long) rs.getObject("assignment_number")), rs.getString("category"), rs.getString("code"),
                rs.getObject("begin_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("message_type"), rs.getString("identificatie")), municipality, municipality, asOf.at(),
                asOf.at());
        List<Reported> starts = deliveries.stream().filter(d -> d.kind().equals("START")).toList();
        Map<AssignedTo, List<Reported>> startsOn = starts.stream().collect(Collectors.groupingBy(Reported::assigned));
        // the latest end each started product was stopped with (a stop may leave it empty)
        Map<Care, Optional<LocalDate>> stopped = deliveries.stream().filter(d -> d.kind().equals("STOP"))
                .collect(Collectors.groupingBy(Reported::care, Collectors.mapping(Reported::end,
                        Collectors.filtering(Objects::nonNull, Collectors.maxBy(Comparator.naturalOrder())))));

        for (CurrentAssignment current : assignments) {
            Assignment a = current.assignment();
            if (a.withdrawn()) {
                continue;
            }
            String number = Long.toString(a.number());
            List<Reported> itsStarts = startsOn.getOrDefault(AssignedTo.of(a), List.of());
            if (itsStarts.isEmpty()) {
                // an assignment sent after it began (retro-actively) gets its days from the day it was sent
                LocalDate from = a.start().isAfter(current.firstSent()) ? a.start() : current.firstSent();
                signal(rows, Signal.ASSIGNMENT_WITHOUT_START, new Deadline(from.plusDays(startWithinDays)),
                        asOf.today(), a.provider(), current.type(), current.identificatie(), number,
                        "assigned from " + a.start() + " (sent " + current.firstSent() + "); no start reported within "
                                + startWithinDays + " days");
            }
            if (a.end() == null) {
                continue;
            }
            for (Reported start : itsStarts) {
                if (!start.begin().isAfter(a.end()) && !stopped.containsKey(start.care())) {
                    signal(rows, Signal.STOP_LATE, Deadline.workingDaysAfter(a.end(), STOP_WITHIN), asOf.today(),
                            a.provider(), start.type(), start.identificatie(), number, "assignment ended " + a.end()
                                    + "; care started " + start.begin() + " and no stop reported within "
                                    + STOP_WITHIN + " working days of the end");
                }
            }
        }
        startsWithoutDeclaration(municipality, asOf, starts, stopped, rows);
    }

    /**
     * START_WITHOUT_DECLARATION: a start on an assignment (task-based work without a number is never declared in the
     * message traffic) whose care went two months without a line declared and granted on its assignment: from the
     * start, or from the day after the last granted line's period. Care stopped before that day is fully declared.
     */
    private void startsWithoutDeclaration(String municipality, AsOf asOf, List<Reported> starts,
                                          Map<Care, Optional<LocalDate>> stopped, List<Row> rows) {
        List<Reported> numbered = starts.stream().filter(s -> s.assigned().number() != null).toList();
        if (numbered.isEmpty()) {
            return;
        }
        Map<AssignedTo, LocalDate> declaredUntil = new HashMap<>();
        List<AssignedTo> assigned = numbered.stream().map(Reported::assigned).distinct().toList();
        jdbc.query("""
                SELECT l.domain, l.provider, l.client_key, l.assignment_number, max(l.end_date) AS until
                FROM unnest(?::text[], ?::text[], ?::bigint[]) AS s (domain, provider, number)
                JOIN declaration_line l ON l.domain = s.domain AND l.provider = s.provider
                                       AND l.assignment_number = s.number AND l.granted
                JOIN message m ON m.id = l.message_id
                WHERE l.municipality = ? AND m.bericht_code IN (490, 484) AND m.received_at <= ?
                GROUP BY l.domain, l.provider, l.client_key, l.assignment_number""", rs -> {
            declaredUntil.put(new AssignedTo(rs.getString("domain"), rs.getString("provider"),
                    rs.getString("client_key"), rs.getLong("assignment_number")), rs.getObject("until", LocalDate.class));
        }, assigned.stream().map(AssignedTo::domain).toArray(String[]::new),
                assigned.stream().map(AssignedTo::provider).toArray(String[]::new),
                assigned.stream().map(AssignedTo::number).toArray(Long[]::new), municipality, asOf.at());
        for (Reported start : numbered) {
            LocalDate until = declaredUntil.get(start.assigned());
            LocalDate since = until == null || until.isBefore(start.begin()) ? start.begin() : until.plusDays(1);
            Optional<LocalDate> ended = stopped.getOrDefault(start.care(), Optional.empty());
            if (ended.isPresent() && since.isAfter(ended.get())) {
                continue;
            }
            signal(rows, Signal.START_WITHOUT_DECLARATION, new Deadline(since.plusMonths(DECLARE_WITHIN_MONTHS)),
                    asOf.today(), start.assigned().provider(), start.type(), start.identificatie(),
                    start.assigned().number().toString(),
                    (until == null || until.isBefore(start.begin()) ? "care started " + start.begin()
                            + "; nothing declared and granted on the assignment since"
                            : "care started " + start.begin() + "; nothing declared and granted after " + until)
                            + " (" + DECLARE_WITHIN_MONTHS + " months)");
        }
    }

    /**
     * STOP_WITHOUT_START: stops addressed to this municipality that the hub rejected with TR382's 9069 (no start with
     * their ToewijzingNummer, product and Begindatum), not followed by a stop on the same assignment that it
     * accepted. Their start was missing when the stop came, so the signal is due that day.
     */
    private void stopsWithoutStart(String municipality, AsOf asOf, List<Row> rows) {
        jdbc.query("""
                SELECT m.sender, m.message_type, m.identificatie, m.received_at, m.assignment_numbers
                FROM message m
                WHERE m.receiver = ? AND m.bericht_code IN (440, 420) AND m.outcome = 'REJECTED'
                  AND ? = ANY (m.retour_codes) AND m.received_at <= ?
                  AND NOT EXISTS (SELECT 1 FROM delivery d JOIN message s ON s.id = d.message_id
                      WHERE d.kind = 'STOP' AND d.municipality = m.receiver AND d.provider = m.sender
                        AND d.client_key = m.client_key AND d.assignment_number = ANY (m.assignment_numbers)
                        AND s.received_at > m.received_at AND s.received_at <= ?)""", rs -> {
            LocalDate received = date(rs, "received_at");
            String type = rs.getString("message_type");
            String startType = type.replace("307", "305");
            signal(rows, Signal.STOP_WITHOUT_START, new Deadline(received), asOf.today(), rs.getString("sender"), type,
                    rs.getString("identificatie"), numbers(rs), type + " received " + received + " was rejected with "
                            + NO_START + ": no " + startType + " start with its ToewijzingNummer, product and "
                            + "Begindatum; no accepted stop has followed");
        }, municipality, NO_START, asOf.at(), asOf.at());
    }

    private LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant().atZone(zone).toLocalDate();
    }

    private static String numbers(ResultSet rs) throws SQLException {
        return numbers(rs.getArray("assignment_numbers"));
    }

    /** ToewijzingNummers as text, comma-separated; null for none. */
    private static String numbers(Array array) throws SQLException {
        Long[] numbers = (Long[]) array.getArray();
        return numbers.length == 0 ? null
                : Arrays.stream(numbers).map(String::valueOf).collect(Collectors.joining(", "));
    }
}
