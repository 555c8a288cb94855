package org.centrumhub.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.HubTestServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The report API's doors and formats, on a report kind made for this test (its rows name who asked for them). */
@SpringBootTest(classes = {CentrumhubApplication.class, ReportsApiTest.Sources.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsApiTest {
    static final HubTestServers SERVERS = new HubTestServers();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
        registry.add("centrumhub.parties.municipalities[1].code", () -> "0917");
        registry.add("centrumhub.parties.municipalities[1].name", () -> "Heerlen");
    }

    @TestConfiguration
    static class Sources {
        @Bean
        ReportSource echo() {
            return new ReportSource() {
                @Override
                public String kind() {
                    return "echo";
                }

                @Override
                public String title() {
                    return "Echo";
                }

                @Override
                public Report build(String municipality, YearMonth period) {
                    return new Report("echo", "Echo", municipality, period,
                            List.of(new Report.Column("municipality", Report.Type.TEXT),
                                    new Report.Column("month", Report.Type.TEXT)),
                            List.of(List.of(municipality, period.toString())));
                }
            };
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMunicipalityReadsItsOwnReportsOnly() throws Exception {
        HttpResponse<String> own = get("/api/v1/reports/echo?municipality=0917&period=2026-10", SERVERS.basic("0917"));
        assertThat(own.statusCode()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(own.body());
        assertThat(json.get("rows").get(0).get("municipality").asText()).isEqualTo("0917");
        assertThat(json.get("columns").get(0).get("type").asText()).isEqualTo("TEXT");
        assertThat(get("/api/v1/reports/echo?municipality=0935&period=2026-10", SERVERS.basic("0917")).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/reports/echo?municipality=0935&period=2026-10", SERVERS.basic("12345678")).statusCode())
                .as("a provider").isEqualTo(403);
        assertThat(get("/api/v1/reports/echo?municipality=0935&period=2026-10", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/reports/echo?municipality=0935&period=2026-10", SERVERS.basic("operator"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void badParametersAreNamed() throws Exception {
        String operator = SERVERS.basic("operator");
        assertThat(get("/api/v1/reports/echo?municipality=0935&period=oktober", operator).body())
                .contains("period must be a month YYYY-MM");
        assertThat(get("/api/v1/reports/echo?period=2026-10", operator).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/reports/echo?municipality=9999&period=2026-10", operator).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/reports/nothing?municipality=0935&period=2026-10", operator).body())
                .contains("UNKNOWN_REPORT").contains("echo");
        assertThat(get("/api/v1/reports/echo?municipality=0935&period=2026-10&format=pdf", operator).statusCode())
                .isEqualTo(400);
    }

    @Test
    void csvAndTheWorkbookOfEveryKind() throws Exception {
        String operator = SERVERS.basic("operator");
        HttpResponse<String> csv = get("/api/v1/reports/echo?municipality=0935&period=2026-10&format=csv", operator);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).isEqualTo("municipality,month\r\n0935,2026-10\r\n");
        HttpResponse<byte[]> all = http.send(HttpRequest.newBuilder(uri(
                "/api/v1/reports/all?municipality=0935&period=2026-10&format=xlsx")).header("Authorization", operator)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(all.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(all.body()))) {
            assertThat(workbook.getSheet("Echo").getRow(1).getCell(0).getStringCellValue()).isEqualTo("0935");
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
