package org.centrumhub.hub.reports.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.reports.MonthlyReports;
import org.centrumhub.hub.reports.Report;
import org.centrumhub.hub.reports.ReportFiles;
import org.centrumhub.hub.reports.ReportSource;
import org.centrumhub.hub.security.MessageCipher;
import org.centrumhub.hub.store.ClientKeys;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.transform.region.Regions;
import org.centrumhub.transform.xml.MessageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How long each report takes on a store holding a year of a region's traffic. Not part of the test suite (the name
 * is no test's, and it runs only with {@code -Dcentrumhub.bench.reports=true}); it asserts nothing, it prints:
 * <pre>
 * ./mvnw -B -pl routes -am test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *        -Dcentrumhub.bench.reports=true
 * cat routes/target/report-benchmark/figures.txt
 * </pre>
 * The hub starts on its embedded PostgreSQL with its data in {@code target/report-benchmark} (or
 * {@code -Dcentrumhub.bench.data-dir}); when the store is empty a year is generated into it ({@link RegionYear}:
 * 16 municipalities, 250 providers, about 200,000 messages and 1,000,000 declaration lines; scale with
 * {@code -Dcentrumhub.bench.episodes}, default 28000 care episodes starting in the year), otherwise the store there
 * is used again (delete the folder to generate anew). Then every {@link ReportSource} bean builds its report for
 * a few municipalities (the centre, a middle one, a small one) and months, and the monthly run writes and announces
 * them all for the last month. The figures go to {@code figures.txt} in that folder and to the test's output.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@EnabledIfSystemProperty(named = "centrumhub.bench.reports", matches = "true")
class ReportBenchmark {
    static final Path DATA = Path.of(System.getProperty("centrumhub.bench.data-dir", "target/report-benchmark"))
            .toAbsolutePath();
    static final BenchRegion REGION = new BenchRegion(150, 100, 10);
    static final List<String> MUNICIPALITIES = List.of("0935", "1883", "0981");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        YearMonth current = YearMonth.now(ZoneId.of("Europe/Amsterdam"));
        Path regions = DATA.resolve("regions");
        REGION.writeArrangement(regions, current.minusYears(2).atDay(1), current.plusYears(1).atEndOfMonth());
        registry.add("centrumhub.data-dir", DATA::toString);
        registry.add("centrumhub.broker.acceptor", () -> "");
        registry.add("centrumhub.regions.folder", regions::toString);
        // nothing else may use the two cores while reports are timed: no route runs (the intake would judge the
        // waiting declarations again) but the monthly run's notice, no job but the timed ones
        registry.add("camel.main.auto-startup", () -> "false");
        registry.add("centrumhub.reports.monthly.enabled", () -> "false");
        registry.add("centrumhub.encryption.reencrypt-initial-delay", () -> "PT100000H");
        registry.add("centrumhub.encryption.reencrypt-every", () -> "PT100000H");
        for (int i = 0; i < BenchRegion.MUNICIPALITIES.size(); i++) {
            BenchRegion.Municipality m = BenchRegion.MUNICIPALITIES.get(i);
            registry.add("centrumhub.parties.municipalities[" + i + "].code", m::code);
            registry.add("centrumhub.parties.municipalities[" + i + "].name", m::name);
        }
        for (int i = 0; i < REGION.providers.size(); i++) {
            String code = REGION.providers.get(i).code();
            registry.add("centrumhub.parties.providers[" + i + "].code", () -> code);
            registry.add("centrumhub.parties.providers[" + i + "].name", () -> "Aanbieder " + code.substring(5));
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectProvider<ReportSource> sources;
    @Autowired
    MonthlyReports monthly;
    @Autowired
    Regions regions;
    @Autowired
    ClientKeys clientKeys;
    @Autowired
    MessageCipher cipher;
    @Autowired
    HubProperties hub;
    @Autowired
    CamelContext camel;
    @Autowired
    MessageStore store;

    private final StringBuilder figures = new StringBuilder();

    @Test
    void timesEveryReportOnAYearOfARegionsTraffic() throws Exception {
        LocalDate today = LocalDate.now(hub.timeZone());
        int episodes = Integer.getInteger("centrumhub.bench.episodes", 28_000);
        RegionYear year = new RegionYear(REGION, regions, clientKeys, cipher, hub.timeZone(), today, episodes, 10);
        Long stored = jdbc.queryForObject("SELECT count(*) FROM message", Long.class);
        if (stored == null || stored == 0) {
            long started = System.nanoTime();
            HikariDataSource pool = (HikariDataSource) dataSource;
            RegionYear.Counts counts = year.generate(() -> DriverManager.getConnection(pool.getJdbcUrl(),
                    pool.getUsername(), pool.getPassword()));
            print("Generated %s to %s (%d care episodes starting in the year) in %.1f s (%s)%n", year.first(),
                    year.last(), episodes, (System.nanoTime() - started) / 1e9, counts.seconds());
            readBack();
        } else {
            print("Using the store generated before in %s (%d messages); delete the folder to generate anew%n", DATA,
                    stored);
        }
        printStore();

        List<ReportSource> all = sources.orderedStream().toList();
        YearMonth last = year.last();
        List<YearMonth> months = List.of(last, last.minusMonths(6));
        if (all.isEmpty()) {
            print("%nNo ReportSource beans in this build: nothing to time.%n");
        } else {
            // warm-up, not timed: the JIT, the page cache, POI's classes
            ReportFiles.xlsx(all.stream().map(s -> s.build(MUNICIPALITIES.get(1), last.minusMonths(1))).toList());
            print("%n%-22s %-12s %-8s %9s %9s%n", "report", "municipality", "month", "ms", "rows");
            for (ReportSource source : all) {
                for (String municipality : MUNICIPALITIES) {
                    for (YearMonth month : months) {
                        long started = System.nanoTime();
                        Report report = source.build(municipality, month);
                        print("%-22s %-12s %-8s %9.0f %9d%n", source.kind(), municipality, month,
                                (System.nanoTime() - started) / 1e6, report.rows().size());
                    }
                }
            }
            for (String municipality : MUNICIPALITIES) {
                long started = System.nanoTime();
                List<Report> reports = all.stream().map(s -> s.build(municipality, last)).toList();
                byte[] workbook = ReportFiles.xlsx(reports);
                print("%-22s %-12s %-8s %9.0f %9d  (%d KB)%n", "all (one XLSX)", municipality, last,
                        (System.nanoTime() - started) / 1e6, reports.stream().mapToLong(r -> r.rows().size()).sum(),
                        workbook.length / 1024);
            }
            jdbc.update("DELETE FROM report_run WHERE period = ?", java.sql.Date.valueOf(last.atDay(1)));
            camel.getRouteController().startRoute("report-notice");
            long started = System.nanoTime();
            List<MonthlyReports.Result> run = monthly.run(last);
            print("%nMonthly run for %s, %d municipalities, every kind: %.1f s; %s%n", last, run.size(),
                    (System.nanoTime() - started) / 1e9, run.stream().map(r -> r.status().name()).distinct().toList());
        }
        Files.writeString(DATA.resolve("figures.txt"), figures, StandardCharsets.UTF_8);
    }

    /** Some generated messages as the hub reads them: decrypted under their row and column, and valid. */
    private void readBack() {
        MessageReader reader = new MessageReader(MessageReader.DEFAULT_MAX_BYTES);
        List<UUID> sample = jdbc.queryForList("SELECT id FROM message WHERE outcome <> 'REFUSED' ORDER BY random() "
                + "LIMIT 200", UUID.class);
        for (UUID id : sample) {
            MessageStore.Stored stored = store.find(id).orElseThrow();
            if (!reader.read(stored.raw()).schemaValid()
                    || stored.answer() != null && !reader.read(stored.answer()).schemaValid()) {
                throw new IllegalStateException("generated message " + id + " or its answer is not valid");
            }
        }
        print("Read back through the message store: %d messages and their answers, decrypted and valid%n",
                sample.size());
    }

    private void printStore() {
        print("%n%-22s %12s %10s%n", "table", "rows", "MB");
        for (String table : List.of("message", "sent_identificatie", "assignment", "delivery", "request",
                "request_answer", "declaration", "declaration_line", "waiting_declaration", "ledger_entry")) {
            Map<String, Object> row = jdbc.queryForMap("SELECT count(*) AS rows, pg_total_relation_size(?) AS bytes "
                    + "FROM " + table, table);
            long bytes = ((Number) row.get("bytes")).longValue();
            if (table.equals("message")) {
                Long partitions = jdbc.queryForObject("""
                        SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
                        WHERE c.relname LIKE 'message\\_%' AND c.relkind = 'r'""", Long.class);
                bytes = partitions == null ? bytes : partitions;
            }
            print("%-22s %12d %10d%n", table, ((Number) row.get("rows")).longValue(), bytes / (1024 * 1024));
        }
        List<String> mix = new ArrayList<>();
        jdbc.query("""
                SELECT coalesce(message_type, '-') AS type, outcome, count(*) AS n FROM message
                GROUP BY 1, 2 ORDER BY 1, 2""", rs -> {
            mix.add(rs.getString("type") + " " + rs.getString("outcome") + " " + rs.getLong("n"));
        });
        print("%nMessages by type and outcome: %s%n", String.join(", ", mix));
        Map<String, Object> lines = jdbc.queryForMap("""
                SELECT count(*) FILTER (WHERE granted) AS granted, count(*) FILTER (WHERE NOT granted) AS rejected,
                       count(*) FILTER (WHERE amount_cents < 0) AS credits FROM declaration_line""");
        print("Declaration lines: %s%n", lines);
    }

    private void print(String format, Object... args) {
        String text = String.format(format, args);
        figures.append(text);
        System.out.print(text);
    }
}
