package org.centrumhub.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Message;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.CoreClient;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.transform.codes.RetourCodes;
import org.centrumhub.transform.fixtures.DeclarationDoc;
import org.centrumhub.transform.fixtures.DeclarationDoc.Line;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The error list end to end: the parties send a small month of traffic with known faults over the broker (the
 * Drieregio of CentreMunicipalityScenarioTest: Maastricht 0935 the centre, Heerlen 0917 and Sittard-Geleen 1883
 * participants; Venlo 0983 outside), and each municipality's error list, read through the API as that municipality,
 * as JSON and as CSV, is exactly the list written down here from what was sent: a start without assignment (9019),
 * an invalid BSN (0001), a message that is not well-formed and one that fails its XSD (transport errors), a
 * declaration to the centre with a faulty line for each participant (9340, 9307), the same declaration again (9056,
 * every line for its own municipality). No municipality's list holds another's clients, and no BSN reaches the log.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorListScenarioTest {
    static final HubTestServers SERVERS = new HubTestServers();
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String P1 = "12345678";
    private static final String P1_NAME = "Jeugdzorg Proef";
    private static final String P2 = "87654321";
    private static final String P2_NAME = "Wmo Thuiszorg Proef";
    private static final String CENTRE = "0935";
    private static final String HEERLEN = "0917";
    private static final String SITTARD = "1883";
    private static final String VENLO = "0983";
    /** Each municipality's own client (assignments from it alone), and one no municipality assigned. */
    private static final String A = TestBsns.nth(601);
    private static final String B = TestBsns.nth(602);
    private static final String C = TestBsns.nth(603);
    private static final String D = TestBsns.nth(604);
    /** Nine digits that fail the eleven-test. */
    private static final String INVALID_BSN = "123456789";
    private static final Map<String, String> OWN_CLIENT = Map.of(CENTRE, A, HEERLEN, B, SITTARD, C);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final List<String> COLUMNS = List.of("date", "provider", "provider_name", "message_type",
            "identificatie", "retourcode", "meaning", "concerns", "bsn", "hint", "hub_message_id");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
        registry.add("centrumhub.regions.folder", () -> Path.of("src", "test", "resources", "regions-scenario")
                .toAbsolutePath().toString());
        registry.add("centrumhub.parties.municipalities[1].code", () -> HEERLEN);
        registry.add("centrumhub.parties.municipalities[1].name", () -> "Heerlen");
        registry.add("centrumhub.parties.municipalities[2].code", () -> SITTARD);
        registry.add("centrumhub.parties.municipalities[2].name", () -> "Sittard-Geleen");
        registry.add("centrumhub.parties.municipalities[3].code", () -> VENLO);
        registry.add("centrumhub.parties.municipalities[3].name", () -> "Venlo");
    }

    @LocalServerPort
    int port;
    private CoreClient client;
    private final Map<String, List<List<String>>> expected = new LinkedHashMap<>();

    @BeforeEach
    void connect() {
        client = SERVERS.client();
        for (String municipality : List.of(CENTRE, HEERLEN, SITTARD, VENLO)) {
            expected.put(municipality, new ArrayList<>());
        }
    }

    @AfterEach
    void close() throws Exception {
        client.close();
    }

    @Test
    void eachMunicipalitysErrorListIsExactlyItsOwnRejections(CapturedOutput output) throws Exception {
        LocalDate today = LocalDate.now(AMSTERDAM);

        assign(CENTRE, A, 860001, 860002, "EL301-1", null);
        assign(HEERLEN, B, 860101, 860102, "EL301-2", null);
        // Sittard-Geleen's first assignment begins on 10 October: a line for the whole of October begins before it
        assign(SITTARD, C, 860201, 860202, "EL301-3", "2026-10-10");

        // a start without assignment, for a client no municipality assigned
        String noAssignment = answered(P1, start("EL305-1", HEERLEN, D, 869901), "9019");
        expect(HEERLEN, today, P1, P1_NAME, "JW305", "EL305-1", "9019",
                "Client/StartProducten/StartProduct (ToewijzingNummer 869901)", D, noAssignment);
        // the same fault from another provider, for Heerlen's own client
        String otherProvider = answered(P2, start("EL305-2", HEERLEN, B, 869902, P2), "9019");
        expect(HEERLEN, today, P2, P2_NAME, "JW305", "EL305-2", "9019",
                "Client/StartProducten/StartProduct (ToewijzingNummer 869902)", B, otherProvider);
        // an invalid BSN: rejected within the message (CS002, the eleven-test)
        String invalid = answered(P1, start("EL305-3", CENTRE, INVALID_BSN, 869903), "0001");
        expect(CENTRE, today, P1, P1_NAME, "JW305", "EL305-3", "0001", "Client/Bsn (CS002)", INVALID_BSN, invalid);
        // addressed to the centre for Heerlen's client, with a number of no one's: the centre's row, without the BSN
        String misdirected = answered(P1, start("EL305-4", CENTRE, B, 869904), "9019");
        expect(CENTRE, today, P1, P1_NAME, "JW305", "EL305-4", "9019",
                "Client/StartProducten/StartProduct (ToewijzingNummer 869904)", null, misdirected);
        // not well-formed after its header (an end tag that does not match): refused on transport
        String broken = new String(start("EL305-5", SITTARD, C, 860201), StandardCharsets.UTF_8)
                .replace("</jw305:Geslacht>", "</jw305:Geslachtx>");
        int brokenLine = lineOf(broken, "</jw305:Geslachtx>");
        String notWellFormed = refused(P1, broken.getBytes(StandardCharsets.UTF_8), "NOT_WELL_FORMED");
        expect(SITTARD, today, P1, P1_NAME, "JW305", "EL305-5", "NOT_WELL_FORMED", "line " + brokenLine, C,
                notWellFormed);
        // a value the XSD does not allow: refused on transport, the element named
        byte[] xsdInvalid = Fixture.load("ijw/jw305-valid.xml").set("Header/Ontvanger", HEERLEN)
                .set("Header/BerichtIdentificatie/Identificatie", "EL305-6").set("Client/Bsn", B)
                .set("Client/Geslacht", "7").toBytes();
        String schemaInvalid = refused(P1, xsdInvalid, "XSD_INVALID");
        expect(HEERLEN, today, P1, P1_NAME, "JW305", "EL305-6", "XSD_INVALID", "Client/Geslacht", B, schemaInvalid);
        // outside the region: Venlo's alone
        String venlo = answered(P1, start("EL305-7", VENLO, D, 869905), "9019");
        expect(VENLO, today, P1, P1_NAME, "JW305", "EL305-7", "9019",
                "Client/StartProducten/StartProduct (ToewijzingNummer 869905)", D, venlo);

        // a declaration to the centre: the centre's line granted, each participant's faulty line rejected
        DeclarationDoc declaration = DeclarationDoc.ijw(P1, CENTRE).identificatie("EL323-1").number("EL1")
                .period(OCTOBER)
                .line(A, Line.debit("L-A1", 860001, "45", "45A01", OCTOBER, 4, 6500))
                .line(B, Line.debit("L-B1", 860101, "45", "45A09", OCTOBER, 4, 6500))
                .line(C, Line.debit("L-C1", 860201, "45", "45A01", OCTOBER, 4, 6500));
        String partial = answered(P1, declaration.bytes(), "0200");
        expect(HEERLEN, today, P1, P1_NAME, "JW323", "EL323-1", "9340", "Prestatie L-B1 (product 45/45A09)", B,
                partial);
        // L-C1 begins on 1 October, before its assignment (TR307), though the assignment begins later that month
        // (TR387: then the line begins when the assignment does)
        expect(SITTARD, today, P1, P1_NAME, "JW323", "EL323-1", "9307", "Prestatie L-C1 (product 45/45A01)", C,
                partial);
        expect(SITTARD, today, P1, P1_NAME, "JW323", "EL323-1", "9387", "Prestatie L-C1 (product 45/45A01)", C,
                partial);
        // the same declaration again: rejected as a whole (9056), every line listed for its own municipality
        String repeated = answered(P1, declaration.bytes(), "9056");
        expect(CENTRE, today, P1, P1_NAME, "JW323", "EL323-1", "9056", "Prestatie L-A1 (product 45/45A01)", A,
                repeated);
        expect(HEERLEN, today, P1, P1_NAME, "JW323", "EL323-1", "9056", "Prestatie L-B1 (product 45/45A09)", B,
                repeated);
        expect(SITTARD, today, P1, P1_NAME, "JW323", "EL323-1", "9056", "Prestatie L-C1 (product 45/45A01)", C,
                repeated);

        assumeTrue(LocalDate.now(AMSTERDAM).equals(today), "the traffic straddled midnight: its dates are not one day");
        YearMonth period = YearMonth.from(today);
        for (String municipality : expected.keySet()) {
            List<List<String>> want = sorted(expected.get(municipality));
            String json = get(municipality, "/api/v1/reports/error-list?municipality=" + municipality + "&period="
                    + period);
            List<List<String>> rows = jsonRows(json);
            alignFilePosition(rows, want, notWellFormed);
            assertThat(rows).as("error list of " + municipality + " (JSON)").isEqualTo(want);

            String csv = get(municipality, "/api/v1/reports/error-list?municipality=" + municipality + "&period="
                    + period + "&format=csv");
            List<List<String>> csvRows = csvRows(csv);
            alignFilePosition(csvRows, want, notWellFormed);
            assertThat(csvRows).as("error list of " + municipality + " (CSV)")
                    .isEqualTo(want.stream().map(row -> row.stream().map(v -> v == null ? "" : v).toList()).toList());

            // no other municipality's client, in either file
            for (Map.Entry<String, String> other : OWN_CLIENT.entrySet()) {
                if (!other.getKey().equals(municipality)) {
                    assertThat(json).as(municipality + "'s list holds a client of " + other.getKey())
                            .doesNotContain(other.getValue());
                    assertThat(csv).as(municipality + "'s list holds a client of " + other.getKey())
                            .doesNotContain(other.getValue());
                }
            }
        }
        // a municipality reads its own list only
        assertThat(status(HEERLEN, "/api/v1/reports/error-list?municipality=" + SITTARD + "&period=" + period))
                .isEqualTo(403);
        // the capture holds the hub's log of this traffic (so the check below means something), and no BSN of it
        assertThat(output.getAll()).contains("EL305-3").contains("EL323-1");
        for (String bsn : List.of(A, B, C, D, INVALID_BSN)) {
            assertThat(output.getAll()).as("a BSN of the scenario in the log").doesNotContain(bsn);
        }
    }

    /** A row as the report has it, with the code's meaning and hint from the code table. */
    private void expect(String municipality, LocalDate date, String provider, String providerName, String type,
                        String identificatie, String code, String concerns, String bsn, String hubId) {
        RetourCodes.Code described = RetourCodes.describe(code);
        List<String> row = new ArrayList<>(List.of(date.toString(), provider, providerName, type, identificatie, code,
                described.meaning(), concerns));
        row.add(bsn);
        row.add(described.hint());
        row.add(hubId);
        expected.get(municipality).add(row);
    }

    /** Sorted as the report promises: by date, provider and Identificatie, then in the order they were sent. */
    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> {
            for (int column : new int[] {0, 1, 4}) {
                int order = a.get(column).compareTo(b.get(column));
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        });
        return sorted;
    }

    /**
     * A not-well-formed message is named by where the parser stopped: the line is the broken tag's, the column the
     * parser's own; the expected "line L" gets the column the report gives once the line is checked.
     */
    private static void alignFilePosition(List<List<String>> rows, List<List<String>> want, String hubId) {
        int concerns = COLUMNS.indexOf("concerns");
        for (int i = 0; i < want.size() && i < rows.size(); i++) {
            List<String> expected = want.get(i);
            if (expected.get(COLUMNS.indexOf("hub_message_id")).equals(hubId)
                    && rows.get(i).get(concerns).matches(expected.get(concerns) + ", column \\d+")) {
                expected.set(concerns, rows.get(i).get(concerns));
            }
        }
    }

    /** Sends a provider's message and takes the hub's answer; returns the hub's id of the message. */
    private String answered(String provider, byte[] message, String headerCode) throws Exception {
        client.send("hub.from-provider." + provider, message);
        Message answer = client.receive("hub.to-provider." + provider);
        assertThat(answer.getStringProperty("CentrumhubKind")).isEqualTo("ANSWER");
        assertThat(CoreClient.text(answer)).contains("RetourCode>" + headerCode + "</");
        return answer.getStringProperty("CentrumhubMessageId");
    }

    /** Sends a provider's message that is refused on transport and takes the error notice; returns the hub's id. */
    private String refused(String provider, byte[] message, String code) throws Exception {
        client.send("hub.from-provider." + provider, message);
        Message notice = client.receive("hub.errors." + provider);
        JsonNode json = new ObjectMapper().readTree(CoreClient.text(notice));
        assertThat(json.get("code").asText()).isEqualTo(code);
        return json.get("hubMessageId").asText();
    }

    /** A 301 with two products (the first beginning when given) and the provider's copy taken off its queue. */
    private void assign(String municipality, String bsn, long first, long second, String identificatie,
                        String firstBegins) throws Exception {
        String product = "Client/ToegewezenProducten/ToegewezenProduct";
        Fixture assignment = Fixture.load("ijw/jw301-valid.xml").set("Header/Afzender", municipality)
                .set("Header/BerichtIdentificatie/Identificatie", identificatie).set("Client/Bsn", bsn)
                .set(product + "[1]/ToewijzingNummer", Long.toString(first))
                .set(product + "[2]/ToewijzingNummer", Long.toString(second));
        if (firstBegins != null) {
            assignment.set(product + "[1]/Ingangsdatum", firstBegins);
        }
        client.send("hub.from-municipality." + municipality, assignment.toBytes());
        Message forwarded = client.receive("hub.to-provider." + P1);
        assertThat(forwarded.getStringProperty("CentrumhubKind")).isEqualTo("FORWARD");
        assertThat(CoreClient.text(forwarded)).contains(identificatie);
    }

    private static byte[] start(String identificatie, String addressee, String bsn, long number) {
        return start(identificatie, addressee, bsn, number, P1);
    }

    /** A 305 of one product on an assignment number. */
    private static byte[] start(String identificatie, String addressee, String bsn, long number, String provider) {
        return Fixture.load("ijw/jw305-valid.xml").set("Header/Afzender", provider)
                .set("Header/BerichtIdentificatie/Identificatie", identificatie).set("Header/Ontvanger", addressee)
                .set("Client/Bsn", bsn).remove("Client/StartProducten/StartProduct[2]")
                .set("Client/StartProducten/StartProduct/ToewijzingNummer", Long.toString(number)).toBytes();
    }

    private static int lineOf(String document, String text) {
        String before = document.substring(0, document.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<List<String>> jsonRows(String body) throws Exception {
        JsonNode report = new ObjectMapper().readTree(body);
        assertThat(report.get("kind").asText()).isEqualTo("error-list");
        List<String> names = new ArrayList<>();
        for (JsonNode column : report.get("columns")) {
            names.add(column.get("name").asText());
            assertThat(column.get("type").asText()).as(column.get("name").asText())
                    .isEqualTo(column.get("name").asText().equals("date") ? "DATE" : "TEXT");
        }
        assertThat(names).isEqualTo(COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : report.get("rows")) {
            assertThat(fieldNames(row)).isEqualTo(COLUMNS);
            List<String> values = new ArrayList<>();
            for (String column : COLUMNS) {
                values.add(row.get(column).isNull() ? null : row.get(column).asText());
            }
            rows.add(values);
        }
        return rows;
    }

    private static List<String> fieldNames(JsonNode row) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<List<String>> csvRows(String body) throws Exception {
        try (CSVParser csv = CSVParser.parse(new StringReader(body),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(csv.getHeaderNames()).isEqualTo(COLUMNS);
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : csv) {
                rows.add(new ArrayList<>(record.toList()));
            }
            return rows;
        }
    }

    private String get(String login, String path) throws Exception {
        HttpResponse<String> response = request(login, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private int status(String login, String path) throws Exception {
        return request(login, path).statusCode();
    }

    private HttpResponse<String> request(String login, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", SERVERS.basic(login)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
