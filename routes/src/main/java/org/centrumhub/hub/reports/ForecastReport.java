package org.centrumhub.hub.reports;

import static org.centrumhub.hub.reports.MonitoringMonth.euros;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.forecast.Forecast;
import org.centrumhub.transform.forecast.Forecast.DomainForecast;
import org.centrumhub.transform.forecast.Forecast.RunningAssignment;
import org.centrumhub.transform.region.Arrangement;
import org.centrumhub.transform.region.DomainArrangement;
import org.centrumhub.transform.region.Participant;
import org.centrumhub.transform.region.Regions;
import org.centrumhub.hub.reports.Report.Column;
import org.centrumhub.hub.reports.Report.Type;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A municipality's expected year per domain, for the year of the period ({@link Forecast}): the granted costs booked
 * in the ledger for its DeclaratiePeriodes January up to the period (its own lines and its share of jointly paid
 * ones), the projected cost of the assignments still running after the period (its own, and its share of the
 * region's jointly paid categories) at the region's contract tariffs, the advances it paid so far and the expected
 * balance at the year end. The assignments are as the hub knows them now: their current versions, ended early by a
 * stop that no later start resumed.
 */
@Component
public class ForecastReport implements ReportSource {
    static final List<Column> COLUMNS = List.of(new Column("domain", Type.TEXT),
            new Column("granted_so_far", Type.AMOUNT), new Column("projected_running", Type.AMOUNT),
            new Column("expected_year_total", Type.AMOUNT), new Column("advances_paid", Type.AMOUNT),
            new Column("expected_balance", Type.AMOUNT), new Column("tariff_missing", Type.INTEGER));

    private final JdbcTemplate jdbc;
    private final Regions regions;

    public ForecastReport(JdbcTemplate jdbc, Regions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    @Override
    public String kind() {
        return "forecast";
    }

    @Override
    public String title() {
        return "Forecast";
    }

    @Override
    public Report build(String municipality, YearMonth period) {
        Map<String, Long> granted = new HashMap<>();
        jdbc.query("""
                SELECT domain, sum(amount_cents) AS cents FROM ledger_entry
                WHERE participant = ? AND period BETWEEN ? AND ? GROUP BY domain""",
                rs -> {
                    granted.put(rs.getString("domain"), rs.getLong("cents"));
                }, municipality, Date.valueOf(LocalDate.of(period.getYear(), 1, 1)), Date.valueOf(period.atDay(1)));
        List<List<Object>> rows = new ArrayList<>();
        for (Standard domain : Standard.values()) {
            Optional<Arrangement> region = regions.regionOf(domain, municipality);
            DomainArrangement arrangement = region.flatMap(r -> r.domain(domain)).orElse(null);
            DomainForecast forecast = Forecast.forecast(domain, municipality, period,
                    granted.getOrDefault(domain.name(), 0L),
                    running(domain, municipality, period, region.orElse(null), arrangement), arrangement);
            rows.add(Arrays.asList(domain.name(), euros(forecast.grantedSoFarCents()),
                    euros(forecast.projectedCents()), euros(forecast.expectedYearTotalCents()),
                    euros(forecast.advancesPaidCents()), euros(forecast.expectedBalanceCents()),
                    (long) forecast.tariffMissing()));
        }
        return new Report(kind(), title(), municipality, period, COLUMNS, rows);
    }

    /**
     * The current assignments that may run after the period within its year: the municipality's own and, in a
     * region, the jointly paid ones of every municipality of the region; each with the end of care a stop reported
     * (a stop's Einddatum, unless a start after it resumed care).
     */
    private List<RunningAssignment> running(Standard domain, String municipality, YearMonth period, Arrangement region,
                                            DomainArrangement arrangement) {
        Set<String> municipalities = new LinkedHashSet<>();
        municipalities.add(municipality);
        if (region != null && arrangement != null) {
            municipalities.add(region.centre());
            arrangement.participants().stream().map(Participant::code).forEach(municipalities::add);
        }
        String[] codes = municipalities.toArray(String[]::new);
        // a product's category is fixed for its number (a new product gets a new number), so filtering the
        // versions by category before taking the current one is the same as after
        String[] joint = arrangement == null ? new String[0] : arrangement.jointCategories().toArray(String[]::new);
        return jdbc.query("""
                WITH latest AS (
                    SELECT DISTINCT ON (municipality, number) * FROM assignment
                    WHERE NOT rejected AND domain = ? AND municipality = ANY (?)
                    AND (municipality = ? OR category = ANY (?))
                    ORDER BY municipality, number, assigned_at DESC, id DESC),
                stopped AS (
                    SELECT s.provider, s.municipality, s.client_key, s.assignment_number, max(s.end_date) AS stopped_on
                    FROM delivery s
                    WHERE s.kind = 'STOP' AND s.deleted_by IS NULL AND s.domain = ? AND s.municipality = ANY (?)
                    AND NOT EXISTS (SELECT 1 FROM delivery r WHERE r.kind = 'START' AND r.deleted_by IS NULL
                        AND r.domain = s.domain AND r.provider = s.provider AND r.municipality = s.municipality
                        AND r.client_key = s.client_key AND r.assignment_number = s.assignment_number
                        AND r.begin_date > s.end_date)
                    GROUP BY s.provider, s.municipality, s.client_key, s.assignment_number)
                SELECT c.municipality, c.provider, c.category, c.code, c.start_date, c.end_date, c.volume, c.unit,
                       c.frequency, c.budget, st.stopped_on
                FROM latest c LEFT JOIN stopped st ON st.provider = c.provider AND st.municipality = c.municipality
                     AND st.client_key = c.client_key AND st.assignment_number = c.number
                WHERE c.reden_wijziging IS DISTINCT FROM ? AND c.start_date <= ?
                AND (c.end_date IS NULL OR c.end_date > ?)""",
                (rs, row) -> new RunningAssignment(rs.getString("municipality"), rs.getString("provider"),
                        rs.getString("category"), rs.getString("code"), date(rs, "start_date"), date(rs, "end_date"),
                        date(rs, "stopped_on"), (Long) rs.getObject("volume"), rs.getString("unit"),
                        rs.getString("frequency"), (Long) rs.getObject("budget")),
                domain.name(), codes, municipality, joint, domain.name(), codes, MonitoringReport.DELETED,
                Date.valueOf(LocalDate.of(period.getYear(), 12, 31)), Date.valueOf(period.atEndOfMonth()));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
