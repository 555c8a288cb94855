package org.centrumhub.hub.reports;

import static org.centrumhub.hub.reports.MonitoringMonth.euros;
import static org.centrumhub.hub.reports.MonitoringMonth.percent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.reports.Report.Column;
import org.centrumhub.hub.reports.Report.Type;
import org.centrumhub.transform.monitoring.AnswerDeadline;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A municipality's month per provider and product category, and in total (provider and category {@code ALL}):
 * <ul>
 * <li>{@code clients_in_care}: clients with a current assignment (the latest version no provider rejected, not
 * deleted) valid on a day of the month; the total counts each client once;</li>
 * <li>{@code new_assignments}: assignment numbers first assigned (Toewijzingsdatum) in the month;</li>
 * <li>{@code starts}, {@code stops}: reported care starting (305 Begindatum) or ending (307 Einddatum) in the month,
 * not withdrawn;</li>
 * <li>{@code delivered_volume}, {@code declared}, {@code granted}, {@code rejected}: the lines it is responsible for
 * in the declarations of the month (DeclaratiePeriode): granted volume (credits subtracted, in each line's own
 * unit) and signed amounts; a declaration rejected as a whole has no lines (see the rejections report);</li>
 * <li>{@code rejection_rate}: rejected lines / declared lines, by number of lines (not amount);</li>
 * <li>{@code answers_on_time}: the messages received in the month that concern it (sent by it, addressed to it, or a
 * declaration with its lines) answered within the standard's deadline (a retour 3 working days, a 325 10); one
 * still unanswered counts as late once its deadline has passed and not at all before. A message counts in the rows
 * of the categories of the assignments it names and of its declaration lines; one naming none only in the total;</li>
 * <li>{@code days_request_to_assignment}: median days from a 315's Dagtekening to the Toewijzingsdatum of the new
 * assignments that honour it; {@code days_assignment_to_start}: median days from an assignment's Ingangsdatum to
 * the Begindatum of the month's starts. Medians of an even count are the mean of the middle two, rounded half up.</li>
 * </ul>
 * Only counts and sums: no client of the municipality, let alone of another, is named.
 */
@Component
public class MonitoringReport implements ReportSource {
    static final String ALL = "ALL";
    static final List<Column> COLUMNS = List.of(
            new Column("month", Type.TEXT), new Column("provider", Type.TEXT), new Column("provider_name", Type.TEXT),
            new Column("category", Type.TEXT), new Column("clients_in_care", Type.INTEGER),
            new Column("new_assignments", Type.INTEGER), new Column("starts", Type.INTEGER),
            new Column("stops", Type.INTEGER), new Column("delivered_volume", Type.INTEGER),
            new Column("declared", Type.AMOUNT), new Column("granted", Type.AMOUNT),
            new Column("rejected", Type.AMOUNT), new Column("rejection_rate", Type.PERCENT),
            new Column("answers_on_time", Type.PERCENT), new Column("days_request_to_assignment", Type.INTEGER),
            new Column("days_assignment_to_start", Type.INTEGER));

    /** The current version of each of the municipality's assignment numbers. */
    private static final String CURRENT = """
            SELECT DISTINCT ON (domain, number) provider, coalesce(category, '') AS category, client_key, start_date,
                   end_date, reden_wijziging
            FROM assignment WHERE NOT rejected AND municipality = ?
            ORDER BY domain, number, assigned_at DESC, id DESC""";
    /** The first version of each of the municipality's assignment numbers. */
    private static final String FIRST = """
            SELECT DISTINCT ON (domain, number) domain, provider, coalesce(category, '') AS category, reference,
                   assigned_at
            FROM assignment WHERE NOT rejected AND municipality = ?
            ORDER BY domain, number, assigned_at, id""";
    private static final String BY_PROVIDER_AND_CATEGORY = " GROUP BY GROUPING SETS ((provider, category), ())";
    /** The reden wijziging of a deleted assignment (Einddatum = Ingangsdatum). */
    static final String DELETED = "13";

    private final JdbcTemplate jdbc;
    private final PartyRegistry registry;
    private final HubProperties properties;
    private final Clock clock;

    public MonitoringReport(JdbcTemplate jdbc, PartyRegistry registry, HubProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "monitoring";
    }

    @Override
    public String title() {
        return "Monitoring";
    }

    @Override
    public Report build(String municipality, YearMonth period) {
        MonitoringMonth month = new MonitoringMonth(period, properties.timeZone());
        Figures figures = new Figures();
        jdbc.query("WITH latest AS (" + CURRENT + """
                ) SELECT provider, category, GROUPING(provider) = 1 AS total, count(DISTINCT client_key) AS clients
                FROM latest WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)
                AND reden_wijziging IS DISTINCT FROM ?""" + BY_PROVIDER_AND_CATEGORY,
                rs -> {
                    figures.of(rs).clients = rs.getLong("clients");
                }, municipality, month.lastDay(), month.firstDay(), DELETED);
        jdbc.query("WITH earliest AS (" + FIRST + """
                ) SELECT f.provider AS provider, f.category AS category, GROUPING(f.provider) = 1 AS total,
                       count(*) AS assignments,
                       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY f.assigned_at::date - r.dagtekening)::numeric)
                           AS days
                FROM earliest f LEFT JOIN request r ON r.domain = f.domain AND r.provider = f.provider
                     AND r.reference = f.reference AND r.message_number = 315
                WHERE f.assigned_at >= ? AND f.assigned_at < ?
                GROUP BY GROUPING SETS ((f.provider, f.category), ())""",
                rs -> {
                    Figures.Row row = figures.of(rs);
                    row.newAssignments = rs.getLong("assignments");
                    row.daysRequestToAssignment = longOrNull(rs, "days");
                }, municipality, month.start(), month.end());
        jdbc.query("""
                WITH reported AS (
                    SELECT d.kind, d.provider, d.begin_date, d.assignment_start,
                           coalesce(d.category, (SELECT a.category FROM assignment a WHERE a.domain = d.domain
                                AND a.municipality = d.municipality AND a.number = d.assignment_number
                                ORDER BY a.assigned_at DESC, a.id DESC LIMIT 1), '') AS category
                    FROM delivery d WHERE d.deleted_by IS NULL AND d.municipality = ?
                    AND ((d.kind = 'START' AND d.begin_date BETWEEN ? AND ?)
                         OR (d.kind = 'STOP' AND d.end_date BETWEEN ? AND ?)))
                SELECT provider, category, GROUPING(provider) = 1 AS total,
                       count(*) FILTER (WHERE kind = 'START') AS starts, count(*) FILTER (WHERE kind = 'STOP') AS stops,
                       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY begin_date - assignment_start)
                             FILTER (WHERE kind = 'START')::numeric) AS days
                FROM reported""" + BY_PROVIDER_AND_CATEGORY,
                rs -> {
                    Figures.Row row = figures.of(rs);
                    row.starts = rs.getLong("starts");
                    row.stops = rs.getLong("stops");
                    row.daysAssignmentToStart = longOrNull(rs, "days");
                }, municipality, month.firstDay(), month.lastDay(), month.firstDay(), month.lastDay());
        jdbc.query("""
                SELECT l.provider AS provider, l.category AS category, GROUPING(l.provider) = 1 AS total,
                       count(*) AS lines, count(*) FILTER (WHERE NOT l.granted) AS rejected_lines,
                       coalesce(sum(l.amount_cents), 0) AS declared,
                       coalesce(sum(l.amount_cents) FILTER (WHERE l.granted), 0) AS granted,
                       coalesce(sum(l.amount_cents) FILTER (WHERE NOT l.granted), 0) AS rejected,
                       coalesce(sum(CASE WHEN l.amount_cents < 0 OR l.previous_reference IS NOT NULL THEN -l.volume
                                         ELSE l.volume END) FILTER (WHERE l.granted), 0) AS volume
                FROM declaration d JOIN declaration_line l ON l.message_id = d.message_id
                WHERE d.period = ? AND l.municipality = ?
                GROUP BY GROUPING SETS ((l.provider, l.category), ())""",
                rs -> {
                    Figures.Row row = figures.of(rs);
                    row.lines = rs.getLong("lines");
                    row.rejectedLines = rs.getLong("rejected_lines");
                    row.declared = rs.getLong("declared");
                    row.granted = rs.getLong("granted");
                    row.rejected = rs.getLong("rejected");
                    row.volume = rs.getLong("volume");
                }, month.firstDay(), municipality);
        answers(municipality, month, figures);
        return new Report(kind(), title(), municipality, period, COLUMNS, figures.rows(period, names()));
    }

    /** Each message of the month that concerns the municipality, judged against its deadline as of today. */
    private void answers(String municipality, MonitoringMonth month, Figures figures) {
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        jdbc.query("""
                SELECT m.message_type, m.received_at,
                       CASE WHEN m.party_role = 'PROVIDER' THEN m.sender ELSE m.receiver END AS provider,
                       coalesce(m.answered_at, (SELECT min(r.received_at) FROM message r WHERE r.in_reply_to = m.id))
                           AS answered_at,
                       ARRAY(SELECT a.category FROM assignment a
                             WHERE a.domain = CASE WHEN m.message_type LIKE 'WMO%' THEN 'IWMO' ELSE 'IJW' END
                             AND a.municipality = ? AND a.number = ANY (m.assignment_numbers) AND a.category IS NOT NULL
                             UNION SELECT l.category FROM declaration_line l
                             WHERE l.message_id = m.id AND l.municipality = ?) AS categories
                FROM message m
                WHERE m.received_at >= ? AND m.received_at < ? AND m.outcome NOT IN ('REFUSED', 'RELAYED')
                AND ((m.party_role = 'PROVIDER' AND m.receiver = ?) OR (m.party_role = 'MUNICIPALITY' AND m.sender = ?)
                     OR (m.bericht_code IN (490, 484) AND EXISTS (SELECT 1 FROM declaration_line l
                         WHERE l.message_id = m.id AND l.municipality = ?)))""",
                rs -> {
                    boolean declaration = rs.getString("message_type").endsWith("323");
                    AnswerDeadline.Verdict verdict = AnswerDeadline.verdict(
                            month.date(rs.getObject("received_at", OffsetDateTime.class)), declaration,
                            month.date(rs.getObject("answered_at", OffsetDateTime.class)), today);
                    if (verdict == AnswerDeadline.Verdict.PENDING) {
                        return;
                    }
                    String provider = rs.getString("provider");
                    List<Figures.Row> rows = new ArrayList<>();
                    rows.add(figures.total);
                    for (String category : (String[]) rs.getArray("categories").getArray()) {
                        rows.add(figures.row(provider, category));
                    }
                    for (Figures.Row row : rows) {
                        row.answers++;
                        row.answersOnTime += verdict == AnswerDeadline.Verdict.ON_TIME ? 1 : 0;
                    }
                }, municipality, municipality, month.from(), month.until(), municipality, municipality, municipality);
    }

    private Map<String, String> names() {
        return registry.providers().stream().collect(Collectors.toMap(PartyRegistry.Entry::code,
                e -> e.name() == null ? e.code() : e.name(), (a, b) -> a));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** The figures per provider and category, and the total. */
    private static final class Figures {
        private record Key(String provider, String category) {
        }

        private static final class Row {
            long clients;
            long newAssignments;
            long starts;
            long stops;
            long volume;
            long declared;
            long granted;
            long rejected;
            long lines;
            long rejectedLines;
            long answers;
            long answersOnTime;
            Long daysRequestToAssignment;
            Long daysAssignmentToStart;

            List<Object> values(YearMonth period, String provider, String name, String category) {
                return Arrays.asList(period.toString(), provider, name, category, clients, newAssignments, starts,
                        stops, volume, euros(declared), euros(granted), euros(rejected),
                        percent(rejectedLines, lines), percent(answersOnTime, answers), daysRequestToAssignment,
                        daysAssignmentToStart);
            }
        }

        private final Map<Key, Row> rows = new TreeMap<>(Comparator.comparing(Key::provider)
                .thenComparing(Key::category));
        private final Row total = new Row();

        Row row(String provider, String category) {
            return rows.computeIfAbsent(new Key(provider, category), k -> new Row());
        }

        /** The row a grouping-sets result row is about. */
        Row of(ResultSet rs) throws SQLException {
            return rs.getBoolean("total") ? total : row(rs.getString("provider"), rs.getString("category"));
        }

        /** One row per provider and category (a category-less assignment's category is empty), then the total. */
        List<List<Object>> rows(YearMonth period, Map<String, String> names) {
            List<List<Object>> values = new ArrayList<>();
            rows.forEach((key, row) -> values.add(row.values(period, key.provider(), names.get(key.provider()),
                    key.category().isEmpty() ? null : key.category())));
            values.add(total.values(period, ALL, "All providers", ALL));
            return values;
        }
    }
}
