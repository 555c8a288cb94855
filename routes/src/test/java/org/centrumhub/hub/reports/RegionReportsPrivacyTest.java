package org.centrumhub.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.demo.DemoRegion;
import org.centrumhub.hub.demo.DemoReplay;
import org.centrumhub.hub.demo.DemoTraffic;
import org.centrumhub.hub.security.Credentials;
import org.centrumhub.transform.region.Regions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole demo month of Zuid-Limburg (16 municipalities, 240 providers, both domains, its known faults) through the
 * hub, then every municipality's every report, as that municipality would download them (the workbook of all kinds,
 * for the month the messages arrived in and the month they declare): none holds a BSN of another municipality's
 * client (the owner of a client is the municipality that sent its assignment, known from the demo's own messages),
 * and the BSNs that are there are the municipality's own.
 */
@ActiveProfiles("demo")
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegionReportsPrivacyTest {
    private static final Path DATA = Path.of("target", "test-data", "region-" + UUID.randomUUID()).toAbsolutePath();
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");
    private static final Pattern BSN = Pattern.compile("<(?:[a-z0-9]+:)?Bsn>([0-9]{9})</");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        registry.add("centrumhub.data-dir", DATA::toString);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int broker = port;
        registry.add("centrumhub.broker.acceptor", () -> "tcp://127.0.0.1:" + broker);
        registry.add("centrumhub.regions.folder", () -> Path.of("..", "config", "regions").toAbsolutePath().toString());
        registry.add("centrumhub.reports.monthly.enabled", () -> "false");
        for (String argument : DemoRegion.registryArguments()) {
            String[] pair = argument.substring(2).split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HubAddresses addresses;
    @Autowired
    Regions regions;

    @Test
    void noMunicipalitysReportsHoldAnotherMunicipalitysClients() throws Exception {
        List<List<DemoTraffic.Send>> month = DemoTraffic.month(DemoReplay.SEED, addresses,
                regions.named("Zuid-Limburg").orElseThrow());
        int sent = month.stream().mapToInt(List::size).sum();
        awaitJudged(sent);

        // whose client is whom: the municipality that sent the client's assignment
        Map<String, String> owner = new HashMap<>();
        for (List<DemoTraffic.Send> phase : month) {
            for (DemoTraffic.Send send : phase) {
                if (send.queue().startsWith(addresses.fromMunicipality())) {
                    Matcher bsn = BSN.matcher(new String(send.body(), StandardCharsets.UTF_8));
                    if (bsn.find()) {
                        owner.put(bsn.group(1), send.queue().substring(addresses.fromMunicipality().length()));
                    }
                }
            }
        }
        assertThat(owner).hasSizeGreaterThan(100);

        YearMonth arrived = YearMonth.now(ZoneId.of("Europe/Amsterdam"));
        Set<String> shown = new HashSet<>();
        HttpClient http = HttpClient.newHttpClient();
        for (DemoRegion.Member municipality : DemoRegion.MUNICIPALITIES) {
            String code = municipality.code();
            String login = "Basic " + java.util.Base64.getEncoder().encodeToString((code + ":"
                    + Credentials.passwordOf(DATA, code)).getBytes(StandardCharsets.UTF_8));
            for (YearMonth period : List.of(arrived, YearMonth.of(2026, 10))) {
                HttpResponse<byte[]> workbook = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/reports/all?municipality=" + code + "&period=" + period + "&format=xlsx"))
                        .header("Authorization", login).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(workbook.statusCode()).as(code + " " + period).isEqualTo(200);
                for (String number : nineDigitNumbers(workbook.body())) {
                    String whose = owner.get(number);
                    assertThat(whose == null || whose.equals(code))
                            .as(code + "'s reports for " + period + " show a client of " + whose).isTrue();
                    if (whose != null) {
                        shown.add(number);
                    }
                }
            }
        }
        assertThat(shown).as("the municipalities' own clients in their error lists").isNotEmpty();
    }

    private void awaitJudged(int sent) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 240_000;
        long previous = -1;
        while (System.currentTimeMillis() < deadline) {
            long stored = jdbc.queryForObject("SELECT count(*) FROM message", Long.class);
            if (stored >= sent && stored == previous) {
                return;
            }
            previous = stored;
            Thread.sleep(2000);
        }
        throw new AssertionError("the demo month was not judged in time");
    }

    private static Set<String> nineDigitNumbers(byte[] xlsx) throws Exception {
        Set<String> numbers = new HashSet<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        Matcher number = NINE_DIGITS.matcher(cell.toString());
                        while (number.find()) {
                            numbers.add(number.group());
                        }
                    }
                }
            }
        }
        return numbers;
    }
}
