package org.centrumhub.hub.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.intake.Dispatch;
import org.centrumhub.hub.intake.Envelope;
import org.centrumhub.hub.security.SecretFiles;
import org.centrumhub.schema.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly run: for a month, each registered municipality's reports (every {@link ReportSource}) are written under
 * {@code <data dir>/reports/<CBS>/<YYYY-MM>/} ({@code <kind>.csv} each, and {@code reports-<CBS>-<YYYY-MM>.xlsx} with a
 * sheet per kind), each file atomically and readable by the hub's user only (the error list holds BSNs), then
 * announced with a JSON notice on the municipality's outbound queue ({@code CentrumhubKind} {@value #KIND}): kinds,
 * file names, row counts, the period and where to fetch each over the API; no personal data.
 * <p>
 * Once per municipality and month, also with several hub nodes: the {@code report_run} row of (municipality, month)
 * is held with {@code FOR UPDATE SKIP LOCKED} for the whole run (another node skips it; a node that dies releases it)
 * and marked announced in the same transaction after the notice went out. The notice's {@code CentrumhubMessageId} is
 * the row's id, so the one copy a crash between sending and committing can cause is dropped by the receiver.
 */
@Component
public class MonthlyReports implements SchedulingConfigurer {
    /** The {@code CentrumhubKind} of the notice. */
    public static final String KIND = "REPORTS";
    /** The route that sends a notice to the queue in its {@link Dispatch#QUEUE} header. */
    static final String NOTICE_ROUTE = "direct:report-notice";

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyReports.class);

    private final List<ReportSource> sources;
    private final PartyRegistry registry;
    private final HubAddresses addresses;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate outsideTransactions;
    private final ProducerTemplate producer;
    private final ObjectMapper json;
    private final Clock clock;
    private final Path folder;
    private final HubProperties hub;
    private final MonthlyReportsProperties schedule;

    public MonthlyReports(List<ReportSource> sources, PartyRegistry registry, HubAddresses addresses, JdbcTemplate jdbc,
                          TransactionTemplate storeTransactions, ProducerTemplate producer, ObjectMapper json,
                          Clock clock, HubProperties hub, MonthlyReportsProperties schedule) {
        this.sources = List.copyOf(sources);
        this.registry = registry;
        this.addresses = addresses;
        this.jdbc = jdbc;
        this.transactions = storeTransactions;
        this.outsideTransactions = new TransactionTemplate(storeTransactions.getTransactionManager());
        this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.producer = producer;
        this.json = json;
        this.clock = clock;
        this.folder = hub.dataDir().resolve("reports");
        this.hub = hub;
        this.schedule = schedule;
        for (ReportSource source : sources) {
            if (!source.kind().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalStateException("a report kind is lower case with hyphens (it names a file): "
                        + source.kind());
            }
        }
    }

    /** What became of one municipality's month. */
    public enum Status {
        /** written and announced now */
        ANNOUNCED,
        /** announced before (by this node or another): nothing done */
        ALREADY_ANNOUNCED,
        /** another node is writing it right now: nothing done here */
        BUSY,
        /** building or writing failed: nothing announced, tried again by the next run */
        FAILED,
        /** there is no kind of report: nothing written */
        NO_REPORTS
    }

    /** One file written: the kind (null for the workbook), its file name and the rows of its report. */
    public record Written(String kind, String file, long rows) {
    }

    /** One municipality's month: what became of it, the files written now, and why it failed. */
    public record Result(String municipality, String period, Status status, List<Written> files, String reason) {
    }

    /** The daily check at {@code centrumhub.reports.monthly.at}, in the hub's time zone. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (schedule.enabled()) {
            registrar.addCronTask(new CronTask(this::scheduled, new CronTrigger(schedule.cron(), hub.timeZone())));
        }
    }

    void scheduled() {
        schedule.due(LocalDate.now(clock)).ifPresent(this::run);
    }

    /** The folder of a municipality's month. */
    public Path folder(String municipality, YearMonth period) {
        return folder.resolve(municipality).resolve(period.toString());
    }

    /** Writes and announces the month for every registered municipality that has not had it yet. */
    public List<Result> run(YearMonth period) {
        List<Result> results = new ArrayList<>();
        for (PartyRegistry.Entry municipality : registry.municipalities()) {
            Result result = runFor(municipality.code(), period);
            results.add(result);
            switch (result.status()) {
                case ANNOUNCED -> LOG.info("reports {} {}: {} files written, announced on {}", result.municipality(),
                        period, result.files().size(), outbound(result.municipality()));
                case FAILED -> LOG.warn("reports {} {}: not written ({}); the next run tries again",
                        result.municipality(), period, result.reason());
                default -> LOG.debug("reports {} {}: {}", result.municipality(), period, result.status());
            }
        }
        return results;
    }

    private Result runFor(String municipality, YearMonth period) {
        if (sources.isEmpty()) {
            return new Result(municipality, period.toString(), Status.NO_REPORTS, List.of(), null);
        }
        Date month = Date.valueOf(period.atDay(1));
        try {
            // committed at once, so another node finds the row to skip instead of waiting for this insert
            jdbc.update("INSERT INTO report_run (municipality, period, id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    municipality, month, UUID.randomUUID());
            return transactions.execute(tx -> {
                List<Map<String, Object>> claimed = jdbc.queryForList("""
                        SELECT id, announced_at FROM report_run WHERE municipality = ? AND period = ?
                        FOR UPDATE SKIP LOCKED""", municipality, month);
                if (claimed.isEmpty()) {
                    return new Result(municipality, period.toString(), Status.BUSY, List.of(), null);
                }
                if (claimed.get(0).get("announced_at") != null) {
                    return new Result(municipality, period.toString(), Status.ALREADY_ANNOUNCED, List.of(), null);
                }
                UUID id = (UUID) claimed.get(0).get("id");
                List<Report> reports = sources.stream().map(source -> source.build(municipality, period)).toList();
                List<Written> files = write(municipality, period, reports);
                // sent and committed on the broker now, not deferred to this transaction's commit: at worst a copy
                outsideTransactions.executeWithoutResult(none -> announce(id, municipality, period, reports, files));
                jdbc.update("UPDATE report_run SET announced_at = ?, kinds = ?, rows = ? WHERE id = ?",
                        java.sql.Timestamp.from(clock.instant()),
                        reports.stream().map(Report::kind).toArray(String[]::new),
                        reports.stream().map(r -> (long) r.rows().size()).toArray(Long[]::new), id);
                return new Result(municipality, period.toString(), Status.ANNOUNCED, files, null);
            });
        } catch (RuntimeException e) {
            return new Result(municipality, period.toString(), Status.FAILED, List.of(), reason(e));
        }
    }

    /** The failure in one line, anything that looks like a BSN masked: it goes to the log and the operator. */
    static String reason(Throwable failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.replaceAll("(?<![0-9])[0-9]{9}(?![0-9])", "*********");
    }

    private List<Written> write(String municipality, YearMonth period, List<Report> reports) {
        Path into = folder(municipality, period);
        List<Written> files = new ArrayList<>();
        for (Report report : reports) {
            String file = report.kind() + ".csv";
            SecretFiles.replace(into.resolve(file), ReportFiles.csv(report));
            files.add(new Written(report.kind(), file, report.rows().size()));
        }
        String workbook = workbook(municipality, period);
        SecretFiles.replace(into.resolve(workbook), ReportFiles.xlsx(reports));
        files.add(new Written(null, workbook, reports.stream().mapToLong(r -> r.rows().size()).sum()));
        return files;
    }

    /** The workbook's file name: every kind, a sheet each. */
    public static String workbook(String municipality, YearMonth period) {
        return "reports-" + municipality + "-" + period + ".xlsx";
    }

    private void announce(UUID id, String municipality, YearMonth period, List<Report> reports, List<Written> files) {
        String query = "?municipality=" + municipality + "&period=" + period;
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            Map<String, Object> kind = new LinkedHashMap<>();
            kind.put("kind", report.kind());
            kind.put("title", report.title());
            kind.put("rows", report.rows().size());
            kind.put("file", files.get(i).file());
            kind.put("json", "/api/v1/reports/" + report.kind() + query);
            kind.put("csv", "/api/v1/reports/" + report.kind() + query + "&format=csv");
            kinds.add(kind);
        }
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("kind", KIND);
        notice.put("municipality", municipality);
        notice.put("period", period.toString());
        notice.put("reports", kinds);
        Map<String, Object> workbook = new LinkedHashMap<>();
        workbook.put("file", workbook(municipality, period));
        workbook.put("xlsx", "/api/v1/reports/all" + query + "&format=xlsx");
        notice.put("workbook", workbook);
        notice.put("announcedAt", clock.instant().toString());
        String body;
        try {
            body = json.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the reports notice could not be written", e);
        }
        producer.sendBodyAndHeaders(NOTICE_ROUTE, body, Map.of(Dispatch.QUEUE, outbound(municipality),
                Dispatch.KIND, KIND, Envelope.MESSAGE_ID, id.toString()));
    }

    private String outbound(String municipality) {
        return addresses.outbound(new Party(Party.Role.MUNICIPALITY, municipality));
    }
}
