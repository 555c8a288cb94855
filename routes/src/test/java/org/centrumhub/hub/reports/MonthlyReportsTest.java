package org.centrumhub.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Message;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.CoreClient;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.hub.reports.Report.Column;
import org.centrumhub.hub.reports.Report.Type;
import org.centrumhub.transform.fixtures.TestBsns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monthly run end to end on the real servers, with two report kinds made here whose rows are known: a run for a
 * month writes each registered municipality's CSV per kind and one workbook (read back with POI: the same rows),
 * readable by the hub's user only, and announces them once on the municipality's queue; a second run, or two runs at
 * once, announce nothing more; a run whose report fails announces nothing and is made up by the next run.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MonthlyReportsTest.Sources.class)
class MonthlyReportsTest {
    static final HubTestServers SERVERS = new HubTestServers();
    static final String MAASTRICHT = "0935";
    static final String HEERLEN = "0917";
    static final String MAASTRICHT_CLIENT = TestBsns.nth(7001);
    static final String HEERLEN_CLIENT = TestBsns.nth(7002);
    static final Instant NOON = Instant.parse("2026-03-04T11:00:00Z");

    static final List<Column> COLUMNS = List.of(new Column("bsn", Type.TEXT), new Column("count", Type.INTEGER),
            new Column("amount", Type.AMOUNT), new Column("rate", Type.PERCENT), new Column("date", Type.DATE),
            new Column("at", Type.TIMESTAMP));
    /** The rows of the kind "test-errors" per municipality, and the same rows as the CSV must print them. */
    static final Map<String, List<List<Object>>> ERRORS = Map.of(
            MAASTRICHT, List.of(
                    List.of(MAASTRICHT_CLIENT, 3L, new BigDecimal("1250.5"), 12.5, LocalDate.of(2026, 3, 2), NOON),
                    List.of("second, with a comma", -1L, new BigDecimal("-0.01"), 0.0, LocalDate.of(2026, 3, 31),
                            NOON.plusSeconds(3600))),
            HEERLEN, List.of(
                    List.of(HEERLEN_CLIENT, 7L, new BigDecimal("65.00"), 100.0, LocalDate.of(2026, 3, 15), NOON)));
    static final Map<String, List<List<String>>> ERRORS_CSV = Map.of(
            MAASTRICHT, List.of(
                    List.of(MAASTRICHT_CLIENT, "3", "1250.50", "12.5", "2026-03-02", "2026-03-04T11:00:00Z"),
                    List.of("second, with a comma", "-1", "-0.01", "0.0", "2026-03-31", "2026-03-04T12:00:00Z")),
            HEERLEN, List.of(
                    List.of(HEERLEN_CLIENT, "7", "65.00", "100.0", "2026-03-15", "2026-03-04T11:00:00Z")));
    /** The kind "test-volumes": one row for Maastricht, none for Heerlen. */
    static final Map<String, List<List<Object>>> VOLUMES = Map.of(
            MAASTRICHT, List.of(List.of("45A01", 120L)), HEERLEN, List.of());
    static final AtomicBoolean FAILING = new AtomicBoolean();

    @TestConfiguration
    static class Sources {
        @Bean
        ReportSource testErrors() {
            return source("test-errors", "Test errors", COLUMNS, ERRORS);
        }

        @Bean
        ReportSource testVolumes() {
            return source("test-volumes", "Test volumes", List.of(new Column("product", Type.TEXT),
                    new Column("volume", Type.INTEGER)), VOLUMES);
        }

        private static ReportSource source(String kind, String title, List<Column> columns,
                                           Map<String, List<List<Object>>> rows) {
            return new ReportSource() {
                @Override
                public String kind() {
                    return kind;
                }

                @Override
                public String title() {
                    return title;
                }

                @Override
                public Report build(String municipality, YearMonth period) {
                    if (FAILING.get()) {
                        throw new IllegalStateException("failing on purpose for " + MAASTRICHT_CLIENT);
                    }
                    return new Report(kind, title, municipality, period, columns,
                            rows.getOrDefault(municipality, List.of()));
                }
            };
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
        registry.add("centrumhub.parties.municipalities[1].code", () -> HEERLEN);
        registry.add("centrumhub.parties.municipalities[1].name", () -> "Heerlen");
    }

    @Autowired
    MonthlyReports monthly;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private CoreClient client;

    @BeforeEach
    void connect() {
        client = SERVERS.client();
        FAILING.set(false);
    }

    @AfterEach
    void close() throws Exception {
        client.close();
    }

    @Test
    void aRunWritesEachMunicipalitysFilesAndAnnouncesThemOnce() throws Exception {
        HttpResponse<String> first = run("2026-03", SERVERS.basic("operator"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(statuses(first)).isEqualTo(Map.of(MAASTRICHT, "ANNOUNCED", HEERLEN, "ANNOUNCED"));

        for (String municipality : List.of(MAASTRICHT, HEERLEN)) {
            Path folder = SERVERS.dataDir().resolve("reports").resolve(municipality).resolve("2026-03");
            Path errors = folder.resolve("test-errors.csv");
            Path volumes = folder.resolve("test-volumes.csv");
            Path workbook = folder.resolve("reports-" + municipality + "-2026-03.xlsx");
            for (Path file : List.of(errors, volumes, workbook)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo("rw-------");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(Files.list(folder).map(p -> p.getFileName().toString()))
                    .as("no temporary file left").allMatch(name -> !name.endsWith(".tmp"));

            List<List<String>> csv = csv(errors, "bsn", "count", "amount", "rate", "date", "at");
            assertThat(csv).isEqualTo(ERRORS_CSV.get(municipality));
            assertThat(csv(volumes, "product", "volume")).hasSize(VOLUMES.get(municipality).size());
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
                assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
                List<List<Object>> sheet = typedRows(book.getSheet("Test errors"));
                assertThat(sheet).hasSameSizeAs(csv).isEqualTo(ERRORS.get(municipality).stream()
                        .map(MonthlyReportsTest::asStoredInXlsx).toList());
                assertThat(book.getSheet("Test volumes").getLastRowNum()).isEqualTo(VOLUMES.get(municipality).size());
            }
            // no other municipality's client in its files
            String other = municipality.equals(MAASTRICHT) ? HEERLEN_CLIENT : MAASTRICHT_CLIENT;
            assertThat(Files.readString(errors)).doesNotContain(other);

            Message message = client.receive("hub.to-municipality." + municipality);
            assertThat(message.getStringProperty("CentrumhubKind")).isEqualTo("REPORTS");
            assertThat(message.getStringProperty("CentrumhubMessageId")).isEqualTo(jdbc.queryForObject(
                    "SELECT id::text FROM report_run WHERE municipality = ? AND period = '2026-03-01'", String.class,
                    municipality));
            String text = CoreClient.text(message);
            assertThat(text).doesNotContain(MAASTRICHT_CLIENT).doesNotContain(HEERLEN_CLIENT);
            JsonNode notice = json.readTree(text);
            assertThat(notice.get("kind").asText()).isEqualTo("REPORTS");
            assertThat(notice.get("municipality").asText()).isEqualTo(municipality);
            assertThat(notice.get("period").asText()).isEqualTo("2026-03");
            Map<String, JsonNode> kinds = new java.util.HashMap<>();
            notice.get("reports").forEach(kind -> kinds.put(kind.get("kind").asText(), kind));
            assertThat(kinds.get("test-errors").get("rows").asInt()).isEqualTo(ERRORS.get(municipality).size());
            assertThat(kinds.get("test-errors").get("file").asText()).isEqualTo("test-errors.csv");
            assertThat(kinds.get("test-errors").get("csv").asText()).isEqualTo(
                    "/api/v1/reports/test-errors?municipality=" + municipality + "&period=2026-03&format=csv");
            assertThat(kinds.get("test-volumes").get("rows").asInt()).isEqualTo(VOLUMES.get(municipality).size());
            assertThat(notice.get("workbook").get("file").asText()).isEqualTo(workbook.getFileName().toString());

            // what the notice points to answers the same rows over the API, for the municipality itself
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + kinds.get("test-errors").get("csv").asText()))
                    .header("Authorization", SERVERS.basic(municipality)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(api.body()).isEqualTo(Files.readString(errors, StandardCharsets.UTF_8));
        }

        HttpResponse<String> second = run("2026-03", SERVERS.basic("operator"));
        assertThat(statuses(second)).isEqualTo(Map.of(MAASTRICHT, "ALREADY_ANNOUNCED", HEERLEN, "ALREADY_ANNOUNCED"));
        client.nothingOn("hub.to-municipality." + MAASTRICHT, 1500);
        client.nothingOn("hub.to-municipality." + HEERLEN, 500);
    }

    @Test
    void twoNodesRunningAtOnceAnnounceEachMunicipalityOnce() throws Exception {
        YearMonth april = YearMonth.of(2026, 4);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<List<MonthlyReports.Result>> node = () -> monthly.run(april);
            Future<List<MonthlyReports.Result>> a = nodes.submit(node);
            Future<List<MonthlyReports.Result>> b = nodes.submit(node);
            List<MonthlyReports.Result> results = new ArrayList<>(a.get());
            results.addAll(b.get());
            for (String municipality : List.of(MAASTRICHT, HEERLEN)) {
                List<MonthlyReports.Status> statuses = results.stream()
                        .filter(r -> r.municipality().equals(municipality)).map(MonthlyReports.Result::status).toList();
                assertThat(statuses).hasSize(2).containsOnlyOnce(MonthlyReports.Status.ANNOUNCED)
                        .allMatch(s -> s == MonthlyReports.Status.ANNOUNCED
                                || s == MonthlyReports.Status.ALREADY_ANNOUNCED || s == MonthlyReports.Status.BUSY);
                JsonNode notice = json.readTree(CoreClient.text(client.receive("hub.to-municipality." + municipality)));
                assertThat(notice.get("period").asText()).isEqualTo("2026-04");
            }
            client.nothingOn("hub.to-municipality." + MAASTRICHT, 1500);
            client.nothingOn("hub.to-municipality." + HEERLEN, 500);
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aFailedRunAnnouncesNothingAndTheNextRunMakesItUp() throws Exception {
        FAILING.set(true);
        List<MonthlyReports.Result> failed = monthly.run(YearMonth.of(2026, 5));
        assertThat(failed).extracting(MonthlyReports.Result::status).containsOnly(MonthlyReports.Status.FAILED);
        assertThat(failed).extracting(MonthlyReports.Result::reason)
                .allMatch(reason -> reason.contains("failing on purpose") && !reason.contains(MAASTRICHT_CLIENT));
        assertThat(SERVERS.dataDir().resolve("reports").resolve(MAASTRICHT).resolve("2026-05")).doesNotExist();
        client.nothingOn("hub.to-municipality." + MAASTRICHT, 1000);

        FAILING.set(false);
        assertThat(monthly.run(YearMonth.of(2026, 5))).extracting(MonthlyReports.Result::status)
                .containsOnly(MonthlyReports.Status.ANNOUNCED);
        assertThat(json.readTree(CoreClient.text(client.receive("hub.to-municipality." + MAASTRICHT)))
                .get("period").asText()).isEqualTo("2026-05");
        client.receive("hub.to-municipality." + HEERLEN);
    }

    @Test
    void onlyOperatorsRunItAndOnlyForAMonthThatBegan() throws Exception {
        assertThat(run("2026-03", SERVERS.basic(MAASTRICHT)).statusCode()).isEqualTo(403);
        assertThat(run("2026-13", SERVERS.basic("operator")).statusCode()).isEqualTo(400);
        assertThat(run("march", SERVERS.basic("operator")).statusCode()).isEqualTo(400);
        assertThat(run(YearMonth.now().plusMonths(2).toString(), SERVERS.basic("operator")).statusCode())
                .isEqualTo(400);
    }

    private HttpResponse<String> run(String period, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/admin/reports/run?period=" + period))
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, String> statuses(HttpResponse<String> response) throws Exception {
        Map<String, String> statuses = new java.util.HashMap<>();
        json.readTree(response.body()).forEach(r -> statuses.put(r.get("municipality").asText(),
                r.get("status").asText()));
        return statuses;
    }

    private static List<List<String>> csv(Path file, String... header) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).getRecords();
        for (CSVRecord record : records) {
            assertThat(record.getParser().getHeaderNames()).containsExactly(header);
            rows.add(record.toList());
        }
        return rows;
    }

    /** The sheet's rows below its header, each cell as the type its column has there. */
    private static List<List<Object>> typedRows(Sheet sheet) {
        Row header = sheet.getRow(0);
        List<String> names = new ArrayList<>();
        header.forEach(cell -> names.add(cell.getStringCellValue()));
        assertThat(names).containsExactly("bsn", "count", "amount", "rate", "date", "at");
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell[] cells = new Cell[6];
            for (int c = 0; c < 6; c++) {
                cells[c] = row.getCell(c);
            }
            rows.add(List.of(cells[0].getStringCellValue(), cells[1].getNumericCellValue(),
                    cells[2].getNumericCellValue(), cells[3].getNumericCellValue(),
                    cells[4].getLocalDateTimeCellValue().toLocalDate(),
                    cells[5].getLocalDateTimeCellValue().toInstant(ZoneOffset.UTC)));
        }
        return rows;
    }

    /** A known row as a spreadsheet holds it: numbers as doubles, dates as dates, instants to the second in UTC. */
    private static List<Object> asStoredInXlsx(List<Object> row) {
        return List.of(row.get(0), ((Long) row.get(1)).doubleValue(), ((BigDecimal) row.get(2)).doubleValue(),
                row.get(3), row.get(4), row.get(5));
    }
}
