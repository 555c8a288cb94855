package org.centrumhub.hub.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.region.Arrangement;
import org.centrumhub.transform.region.Regions;
import org.centrumhub.transform.settlement.GrantedLine;
import org.centrumhub.transform.settlement.LedgerEntry;
import org.centrumhub.transform.settlement.Settlement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The settlement API over HTTP against the real ledger in PostgreSQL, for the three-participant test region
 * (src/test/resources/regions/proefregio.yml: Maastricht 0.5 advance 100.00, Heerlen 0.3 advance 50.00,
 * Sittard-Geleen 0.2 no advance; category 43 joint). The ledger, October 2026:
 * <pre>
 *   R1 12345678 Heerlen        cat 45  780.00        -> Heerlen own 780.00
 *   R2 12345678 Sittard-Geleen cat 45 -130.00 credit -> Sittard-Geleen own -130.00
 *   R3 12345678 Maastricht     cat 43  100.01        -> 50.01 / 30.00 / 20.00 (the remainder cent to .5)
 *   R4 22000001 Heerlen        cat 43   -9.99 credit -> -4.99 / -3.00 / -2.00 (mirror of 4.995/2.997/1.998)
 *   R5 12345678 Maastricht     cat 45   50.00 in September; R6 outside any region (0344)
 *                     own    joint  advance  balance
 *   Maastricht       0.00    45.02   100.00   -54.98
 *   Heerlen        780.00    27.00    50.00   757.00
 *   Sittard-Geleen -130.00   18.00     0.00  -112.00
 *   total          650.00    90.02   150.00   590.02   providers: 12345678 750.01, 22000001 -9.99 = 740.02
 * </pre>
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementApiTest {
    static final HubTestServers SERVERS = new HubTestServers();
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static boolean recorded;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
        registry.add("centrumhub.regions.folder", () -> Path.of("src", "test", "resources", "regions").toAbsolutePath()
                .toString());
        registry.add("centrumhub.parties.municipalities[1].code", () -> "0917");
        registry.add("centrumhub.parties.municipalities[1].name", () -> "Heerlen");
        registry.add("centrumhub.parties.municipalities[2].code", () -> "1883");
        registry.add("centrumhub.parties.municipalities[2].name", () -> "Sittard-Geleen");
    }

    @LocalServerPort
    int port;
    @Autowired
    LedgerStore ledger;
    @Autowired
    Regions regions;

    @BeforeEach
    void recordTheLedgerOnce() {
        if (recorded) {
            return;
        }
        Arrangement region = regions.named("Proefregio").orElseThrow();
        UUID message = UUID.randomUUID();
        List<LedgerEntry> entries = new ArrayList<>();
        entries.addAll(Settlement.entries(region, line("12345678", "0917", "45", OCTOBER, 78_000, "R1")));
        entries.addAll(Settlement.entries(region, line("12345678", "1883", "45", OCTOBER, -13_000, "R2")));
        entries.addAll(Settlement.entries(region, line("12345678", "0935", "43", OCTOBER, 10_001, "R3")));
        ledger.record(entries, message);
        ledger.record(Settlement.entries(region, line("22000001", "0917", "43", OCTOBER, -999, "R4")), UUID.randomUUID());
        ledger.record(Settlement.entries(region, line("12345678", "0935", "45", OCTOBER.minusMonths(1), 5_000, "R5")),
                UUID.randomUUID());
        ledger.record(Settlement.entries(null, line("12345678", "0344", "45", OCTOBER, 123_456, "R6")), UUID.randomUUID());
        assertThat(ledger.entries(message)).containsExactlyElementsOf(entries);
        recorded = true;
    }

    @Test
    void aParticipantReadsOnlyItsOwnRowsAndTheCentreTheWholeRegion() throws Exception {
        String month = "/api/v1/settlement?region=Proefregio&period=2026-10";
        assertThat(as("0917", month + "&municipality=0917").statusCode()).isEqualTo(200);
        HttpResponse<String> others = as("0917", month + "&municipality=1883");
        assertThat(others.statusCode()).isEqualTo(403);
        assertThat(others.body()).contains("NOT_YOURS").contains("municipality=0917");
        assertThat(as("0917", month).statusCode()).as("the whole region").isEqualTo(403);
        assertThat(as("0917", "/api/v1/settlement/year?region=Proefregio&year=2026&municipality=1883").statusCode())
                .isEqualTo(403);
        assertThat(as("0935", month).statusCode()).as("the centre").isEqualTo(200);
        assertThat(as("12345678", month).statusCode()).as("a provider").isEqualTo(403);
    }

    private HttpResponse<String> as(String login, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", SERVERS.basic(login)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theMonthAsJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/settlement?region=Proefregio&period=2026-10", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        JsonNode month = json.readTree(response.body());
        assertThat(month.get("region").asText()).isEqualTo("Proefregio");
        assertThat(month.get("period").asText()).isEqualTo("2026-10");
        assertThat(rows(month.get("participants"), "municipality", "domain", "ownCosts", "jointShare", "advance",
                "balance")).containsExactly(
                List.of("0935", "jeugd", "0.00", "45.02", "100.00", "-54.98"),
                List.of("0917", "jeugd", "780.00", "27.00", "50.00", "757.00"),
                List.of("1883", "jeugd", "-130.00", "18.00", "0.00", "-112.00"));
        assertThat(month.get("participants").get(0).get("balanceCents").asLong()).isEqualTo(-5_498);
        assertThat(rows(month.get("providers"), "provider", "domain", "amount")).containsExactly(
                List.of("12345678", "jeugd", "750.01"), List.of("22000001", "jeugd", "-9.99"));
        JsonNode totals = month.get("totals");
        assertThat(List.of(totals.get("ownCosts").asText(), totals.get("jointShare").asText(),
                totals.get("costs").asText(), totals.get("advance").asText(), totals.get("balance").asText(),
                totals.get("providers").asText())).containsExactly("650.00", "90.02", "740.02", "150.00", "590.02",
                "740.02");
        assertThat(totals.get("costsCents").asLong()).isEqualTo(totals.get("providersCents").asLong()).isEqualTo(74_002);
    }

    @Test
    void oneMunicipalitysMonthShowsWhatTheCentrePaysForItsPart() throws Exception {
        JsonNode month = json.readTree(get("/api/v1/settlement?region=Proefregio&period=2026-10&municipality=0917",
                null).body());
        assertThat(rows(month.get("participants"), "municipality", "ownCosts", "jointShare", "advance", "balance"))
                .containsExactly(List.of("0917", "780.00", "27.00", "50.00", "757.00"));
        assertThat(rows(month.get("providers"), "provider", "amount")).containsExactly(List.of("12345678", "810.00"),
                List.of("22000001", "-3.00"));
        assertThat(month.get("totals").get("providers").asText()).isEqualTo("807.00");
        assertThat(month.get("totals").get("costs").asText()).isEqualTo("807.00");
    }

    @Test
    void theMonthAsCsvByAcceptHeaderOrFormat() throws Exception {
        HttpResponse<String> byHeader = get("/api/v1/settlement?region=Proefregio&period=2026-10", "text/csv");
        HttpResponse<String> byFormat = get("/api/v1/settlement?region=Proefregio&period=2026-10&format=csv", null);
        assertThat(byHeader.statusCode()).isEqualTo(200);
        assertThat(byHeader.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        assertThat(byFormat.body()).isEqualTo(byHeader.body());
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(byHeader.body())).getRecords();
        assertThat(records).extracting(r -> List.of(r.get("row"), r.get("code"), r.get("own_costs"),
                r.get("joint_share"), r.get("advance"), r.get("balance"), r.get("amount"))).containsExactly(
                List.of("participant", "0935", "0.00", "45.02", "100.00", "-54.98", ""),
                List.of("participant", "0917", "780.00", "27.00", "50.00", "757.00", ""),
                List.of("participant", "1883", "-130.00", "18.00", "0.00", "-112.00", ""),
                List.of("provider", "12345678", "", "", "", "", "750.01"),
                List.of("provider", "22000001", "", "", "", "", "-9.99"),
                List.of("total", "", "650.00", "90.02", "150.00", "590.02", "740.02"));
        assertThat(records.get(2).get("name")).isEqualTo("Sittard-Geleen");
    }

    @Test
    void theYearAsJsonAndCsv() throws Exception {
        JsonNode year = json.readTree(get("/api/v1/settlement/year?region=Proefregio&year=2026&municipality=0917",
                null).body());
        assertThat(year.get("name").asText()).isEqualTo("Heerlen");
        assertThat(year.get("months")).hasSize(12);
        assertThat(rows(year.get("months"), "month", "ownCosts", "jointShare", "advance", "balance").get(9))
                .isEqualTo(List.of("2026-10", "780.00", "27.00", "50.00", "757.00"));
        assertThat(rows(year.get("months"), "month", "balance").get(0)).isEqualTo(List.of("2026-01", "-50.00"));
        JsonNode totals = year.get("totals");
        assertThat(List.of(totals.get("ownCosts").asText(), totals.get("jointShare").asText(),
                totals.get("advance").asText(), totals.get("balance").asText()))
                .containsExactly("780.00", "27.00", "600.00", "207.00");

        String csv = get("/api/v1/settlement/year?region=Proefregio&year=2026&municipality=0935&format=csv", null)
                .body();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(14);
        assertThat(records.get(8).values()).containsExactly("jeugd", "2026-09", "50.00", "0.00", "100.00", "-50.00");
        assertThat(records.get(9).values()).containsExactly("jeugd", "2026-10", "0.00", "45.02", "100.00", "-54.98");
        assertThat(records.get(13).values()).containsExactly("all", "total", "50.00", "45.02", "1200.00", "-1104.98");
    }

    @Test
    void theYearAsXlsxHasTypedCells() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(
                "/api/v1/settlement/year?region=Proefregio&year=2026&municipality=0917"))
                .header("Authorization", SERVERS.basic("operator")).header("Accept",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactly("Domain", "Month", "Own costs", "Joint share", "Advance",
                    "Balance");
            Row october = sheet.getRow(10);
            assertThat(october.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(october.getCell(1))).isTrue();
            assertThat(october.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(october.getCell(2).getNumericCellValue()).isEqualTo(780.00);
            assertThat(october.getCell(3).getNumericCellValue()).isEqualTo(27.00);
            assertThat(october.getCell(4).getNumericCellValue()).isEqualTo(50.00);
            assertThat(october.getCell(5).getNumericCellValue()).isEqualTo(757.00);
            assertThat(october.getCell(5).getCellStyle().getDataFormatString()).contains("0.00");
            Row total = sheet.getRow(13);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(600.00);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(207.00);
        }
        HttpResponse<byte[]> byFormat = http.send(HttpRequest.newBuilder(uri(
                "/api/v1/settlement/year?region=Proefregio&year=2026&municipality=0917&format=xlsx"))
                .header("Authorization", SERVERS.basic("operator")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(byFormat.headers().firstValue("Content-Type")).contains(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void unknownRegionOrMunicipalityIsNotFoundAndABadParameterIsNamed() throws Exception {
        HttpResponse<String> region = get("/api/v1/settlement?region=Nergens&period=2026-10", "text/csv");
        assertThat(region.statusCode()).isEqualTo(404);
        assertThat(json.readTree(region.body()).get("code").asText()).isEqualTo("UNKNOWN_REGION");
        HttpResponse<String> municipality = get("/api/v1/settlement/year?region=Proefregio&year=2026&municipality=0344",
                null);
        assertThat(municipality.statusCode()).isEqualTo(404);
        assertThat(json.readTree(municipality.body()).get("code").asText()).isEqualTo("UNKNOWN_MUNICIPALITY");
        for (String query : List.of("region=Proefregio&period=2026-13", "region=Proefregio&period=10-2026",
                "region=Proefregio")) {
            HttpResponse<String> bad = get("/api/v1/settlement?" + query, null);
            assertThat(bad.statusCode()).as(query).isEqualTo(400);
            assertThat(json.readTree(bad.body()).get("parameter").asText()).as(query).isEqualTo("period");
        }
        HttpResponse<String> year = get("/api/v1/settlement/year?region=Proefregio&year=26&municipality=0917", null);
        assertThat(json.readTree(year.body()).get("parameter").asText()).isEqualTo("year");
        HttpResponse<String> format = get("/api/v1/settlement?region=Proefregio&period=2026-10&format=xlsx", null);
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(json.readTree(format.body()).get("reason").asText()).isEqualTo("format must be json or csv, not xlsx");
    }

    private static List<List<String>> rows(JsonNode array, String... fields) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode node : array) {
            List<String> row = new ArrayList<>();
            for (String field : fields) {
                row.add(node.get(field).asText());
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    private static GrantedLine line(String provider, String responsible, String category, YearMonth period, long cents,
                                    String reference) {
        return new GrantedLine(Standard.IJW, provider, responsible, category, category + "A01", period,
                period.atDay(1), cents, reference);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", SERVERS.basic("operator"));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
