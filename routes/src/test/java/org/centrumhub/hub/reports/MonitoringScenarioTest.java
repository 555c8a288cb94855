package org.centrumhub.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrumhub.hub.CoreClient.text;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.CoreClient;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.fixtures.DeclarationDoc;
import org.centrumhub.transform.fixtures.DeclarationDoc.Line;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.ProviderRetour;
import org.centrumhub.transform.fixtures.TestBsns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A known small month over the broker, sent by the parties themselves on a clock the test sets: a region (Maastricht
 * the centre; Heerlen, Sittard-Geleen; category 43 paid jointly 50/30/20; a contract tariff that rises in December),
 * a municipality outside it (Venlo), assignments (301) with their volumes and frequencies and the providers' retours
 * (on time, late, rejecting, missing), a request (315) and the 301 that honours it, starts (305, one rejected), a
 * stop (307), and October's declarations (323) with rejected lines. Each municipality's monitoring, rejections and
 * forecast read through the API equal what this test works out from those inputs alone; no report names a client,
 * and no municipality's figures hold another's.
 */
@SpringBootTest(classes = {CentrumhubApplication.class, MonitoringScenarioTest.Clocks.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitoringScenarioTest {
    static final HubTestServers SERVERS = new HubTestServers();
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(at("2026-09-15T09:00"));
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final List<String> MUNICIPALITIES = List.of("0935", "0917", "1883", "0983");
    private static final String JEUGD = "12345678";
    private static final String WMO = "87654321";
    private static final Map<String, String> PROVIDER_NAMES = Map.of(JEUGD, "Jeugdzorg Proef", WMO,
            "Wmo Thuiszorg Proef");
    private static final String JOINT = "43";

    // --- the region arrangement (written to the region folder below) ---

    private record Share(String municipality, String name, String share, long monthlyAdvanceCents) {
    }

    private record Tariff(String provider, Standard domain, String category, String product, String unit, long cents,
                          LocalDate from, LocalDate to) {
        boolean validOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    private static final List<Share> JEUGD_SHARES = List.of(new Share("0935", "Maastricht", "0.5", 100_000),
            new Share("0917", "Heerlen", "0.3", 60_000), new Share("1883", "Sittard-Geleen", "0.2", 0));
    private static final List<Share> WMO_SHARES = List.of(new Share("0935", "Maastricht", "1", 15_000));
    private static final List<Tariff> TARIFFS = List.of(
            new Tariff(JEUGD, Standard.IJW, "45", "45A01", "04", 6_500, date("2026-01-01"), date("2026-11-30")),
            new Tariff(JEUGD, Standard.IJW, "45", "45A01", "04", 7_000, date("2026-12-01"), date("2026-12-31")),
            new Tariff(JEUGD, Standard.IJW, "43", "43A01", "14", 12_000, date("2026-01-01"), null),
            new Tariff(WMO, Standard.IWMO, "02", "02A01", "04", 4_500, date("2026-01-01"), null));

    // --- the month's traffic ---

    private static final String A = TestBsns.nth(601);
    private static final String B = TestBsns.nth(602);
    private static final String C = TestBsns.nth(603);
    private static final String D = TestBsns.nth(604);
    private static final String D2 = TestBsns.nth(605);
    private static final String E = TestBsns.nth(606);
    private static final String F = TestBsns.nth(607);
    private static final String G = TestBsns.nth(608);
    private static final List<String> CLIENTS = List.of(A, B, C, D, D2, E, F, G);

    /** One ToegewezenProduct; end null: open-ended. */
    private record Product(long number, String category, String code, LocalDate start, LocalDate end, long volume,
                           String unit, String frequency) {
    }

    /** What the provider answers: its retour at a time, rejecting with a code or not; or no retour at all. */
    private record Retour(String at, String rejectCode) {
        static Retour accepting(String at) {
            return new Retour(at, null);
        }
    }

    private record Assignment(String identificatie, Standard domain, String municipality, String provider, String bsn,
                              String sentAt, String reference, Retour retour, List<Product> products) {
        boolean rejected() {
            return retour != null && retour.rejectCode() != null;
        }
    }

    private record Request(String identificatie, String provider, String municipality, String bsn, String sentAt,
                           String reference, Product product) {
    }

    /** A 305 (stop null) or 307 of one product; rejectCode: the code the hub answers it with, null when accepted. */
    private record Delivery(String identificatie, String provider, String municipality, String bsn, String sentAt,
                            long number, String category, String code, LocalDate assignmentStart, LocalDate begin,
                            LocalDate stop, String rejectCode) {
    }

    /** A line for a client of a municipality; rejectCode: the code it is rejected with, null when granted. */
    private record Declared(String municipality, String bsn, Line line, String rejectCode) {
    }

    private record Declaration(String identificatie, Standard domain, String provider, String addressee,
                               String number, String sentAt, List<Declared> lines) {
    }

    private static final List<Assignment> ASSIGNMENTS = List.of(
            // September: in care in October, but not new then; a product without a contract tariff
            new Assignment("M301-B", Standard.IJW, "0935", JEUGD, B, "2026-09-15T10:00", null,
                    Retour.accepting("2026-09-15T14:00"), List.of(
                    new Product(760003, "45", "45A02", date("2026-09-01"), date("2026-12-31"), 20, "04", "6"))),
            new Assignment("M301-A", Standard.IJW, "0935", JEUGD, A, "2026-10-02T10:00", null,
                    Retour.accepting("2026-10-02T15:00"), List.of(
                    new Product(760001, "45", "45A01", date("2026-10-01"), date("2027-03-31"), 4, "04", "2"),
                    new Product(760002, JOINT, "43A01", date("2026-10-01"), date("2026-12-31"), 10, "14", "4"))),
            new Assignment("H301-D", Standard.IJW, "0917", JEUGD, D, "2026-10-01T09:30", null,
                    Retour.accepting("2026-10-02T09:00"), List.of(
                    new Product(770001, "45", "45A01", date("2026-10-01"), null, 30, "04", "4"),
                    new Product(770002, JOINT, "43A01", date("2026-10-01"), date("2026-12-31"), 5, "14", "4"))),
            new Assignment("S301-E", Standard.IJW, "1883", JEUGD, E, "2026-10-01T11:00", null, null, List.of(
                    new Product(780001, "45", "45A01", date("2026-10-01"), date("2026-11-15"), 3, "04", "2"))),
            new Assignment("V301-F", Standard.IJW, "0983", JEUGD, F, "2026-10-01T12:00", null,
                    Retour.accepting("2026-10-01T16:00"), List.of(
                    new Product(790001, "45", "45A01", date("2026-10-01"), date("2026-12-31"), 1, "04", "1"))),
            new Assignment("M301-G", Standard.IWMO, "0935", WMO, G, "2026-10-01T13:00", null,
                    Retour.accepting("2026-10-05T10:00"), List.of(
                    new Product(740001, "02", "02A01", date("2026-10-01"), date("2026-12-31"), 4, "04", "2"))),
            // the provider rejects it: it never counts as an assignment
            new Assignment("H301-X", Standard.IJW, "0917", JEUGD, D2, "2026-10-06T10:00", null,
                    new Retour("2026-10-06T16:00", "9332"), List.of(
                    new Product(770003, "45", "45A01", date("2026-10-06"), date("2026-12-31"), 2, "04", "2"))),
            // honours the request below; its retour comes a week later (late: due on the third working day)
            new Assignment("M301-C", Standard.IJW, "0935", JEUGD, C, "2026-10-09T10:00", "REF-C1",
                    Retour.accepting("2026-10-16T10:00"), List.of(
                    new Product(760004, "45", "45A01", date("2026-10-12"), date("2026-12-31"), 2, "04", "1"))));

    private static final Request REQUEST = new Request("P315-C", JEUGD, "0935", C, "2026-10-05T09:00", "REF-C1",
            new Product(0, "45", "45A01", date("2026-10-12"), date("2026-12-31"), 2, "04", "1"));

    private static final List<Delivery> STARTS = List.of(
            new Delivery("P305-A1", JEUGD, "0935", A, "2026-10-05T09:00", 760001, "45", "45A01", date("2026-10-01"),
                    date("2026-10-05"), null, null),
            new Delivery("P305-A2", JEUGD, "0935", A, "2026-10-05T09:05", 760002, JOINT, "43A01", date("2026-10-01"),
                    date("2026-10-01"), null, null),
            new Delivery("P305-D", JEUGD, "0917", D, "2026-10-05T09:10", 770001, "45", "45A01", date("2026-10-01"),
                    date("2026-10-03"), null, null),
            new Delivery("P305-E", JEUGD, "1883", E, "2026-10-06T09:00", 780001, "45", "45A01", date("2026-10-01"),
                    date("2026-10-06"), null, null),
            new Delivery("P305-F", JEUGD, "0983", F, "2026-10-06T09:30", 790001, "45", "45A01", date("2026-10-01"),
                    date("2026-10-02"), null, null),
            new Delivery("P305-C", JEUGD, "0935", C, "2026-10-14T09:00", 760004, "45", "45A01", date("2026-10-12"),
                    date("2026-10-14"), null, null),
            // an assignment Heerlen never gave
            new Delivery("P305-BAD", JEUGD, "0917", D, "2026-10-07T09:00", 779999, "45", "45A01", date("2026-10-01"),
                    date("2026-10-05"), null, "9019"));

    private static final List<Delivery> STOPS = List.of(
            new Delivery("P307-E", JEUGD, "1883", E, "2026-10-21T09:00", 780001, "45", "45A01", date("2026-10-01"),
                    date("2026-10-06"), date("2026-10-20"), null));

    private static final List<Declaration> DECLARATIONS = List.of(
            // to the centre: the region's clients mixed, a joint line, a wrong tariff (0611), a wrong product (9340)
            new Declaration("DEC-JW-1", Standard.IJW, JEUGD, "0935", "MJ1", "2026-11-06T09:00", List.of(
                    new Declared("0935", A, Line.debit("L-A1", 760001, "45", "45A01", OCTOBER, 16, 6_600), "0611"),
                    new Declared("0935", A, Line.debit("L-A2", 760002, JOINT, "43A01", OCTOBER, 10, 12_000)
                            .volume(10, "14"), null),
                    new Declared("0935", B, Line.debit("L-B1", 760003, "45", "45A02", OCTOBER, 8, 6_500), null),
                    new Declared("0935", C, Line.debit("L-C1", 760004, "45", "45A01", OCTOBER, 20, 6_500)
                            .period(date("2026-10-12"), date("2026-10-31")), null),
                    new Declared("0917", D, Line.debit("L-D1", 770001, "45", "45A01", OCTOBER, 25, 6_500), null),
                    new Declared("0917", D, Line.debit("L-D2", 770001, "45", "45A09", OCTOBER, 1, 6_500), "9340"),
                    new Declared("1883", E, Line.debit("L-E1", 780001, "45", "45A01", OCTOBER, 9, 6_500), null))),
            new Declaration("DEC-WMO-1", Standard.IWMO, WMO, "0935", "MW1", "2026-11-06T09:30", List.of(
                    new Declared("0935", G, Line.debit("L-G1", 740001, "02", "02A01", OCTOBER, 16, 4_500), null))),
            new Declaration("DEC-JW-2", Standard.IJW, JEUGD, "0983", "VJ1", "2026-11-06T10:00", List.of(
                    new Declared("0983", F, Line.debit("L-F1", 790001, "45", "45A01", OCTOBER, 30, 6_500), null),
                    new Declared("0983", F, Line.debit("L-F2", 790001, "45", "45A09", OCTOBER, 1, 6_500), "9340"))));

    /** The first declaration once more (its Identificatie again): rejected as a whole, 9056, in November. */
    private static final String REPEAT_AT = "2026-11-06T11:00";

    // --- the hub ---

    /** The hub's clock, set by the test. */
    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock testClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZONE;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.fixed(NOW.get(), zone);
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            };
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        SERVERS.register(registry);
        Path regions = SERVERS.dataDir().resolveSibling(SERVERS.dataDir().getFileName() + "-regions");
        Files.createDirectories(regions);
        Files.writeString(regions.resolve("monitorregio.yml"), regionFile());
        registry.add("centrumhub.regions.folder", regions::toString);
        registry.add("centrumhub.parties.municipalities[1].code", () -> "0917");
        registry.add("centrumhub.parties.municipalities[1].name", () -> "Heerlen");
        registry.add("centrumhub.parties.municipalities[2].code", () -> "1883");
        registry.add("centrumhub.parties.municipalities[2].name", () -> "Sittard-Geleen");
        registry.add("centrumhub.parties.municipalities[3].code", () -> "0983");
        registry.add("centrumhub.parties.municipalities[3].name", () -> "Venlo");
    }

    private static String regionFile() {
        StringBuilder yml = new StringBuilder("region: Monitorregio\ncentre: \"0935\"\ndomains:\n  jeugd:\n"
                + "    participants:\n");
        JEUGD_SHARES.forEach(s -> yml.append(participant(s)));
        yml.append("    joint-categories: [\"").append(JOINT).append("\"]\n  wmo:\n    participants:\n");
        WMO_SHARES.forEach(s -> yml.append(participant(s)));
        yml.append("tariffs:\n");
        for (Tariff t : TARIFFS) {
            yml.append("  - {provider: \"").append(t.provider()).append("\", domain: ")
                    .append(t.domain() == Standard.IJW ? "jeugd" : "wmo").append(", category: \"").append(t.category())
                    .append("\", product: \"").append(t.product()).append("\", unit: \"").append(t.unit())
                    .append("\", tariff: ").append(BigDecimal.valueOf(t.cents(), 2).toPlainString())
                    .append(", from: ").append(t.from()).append(t.to() == null ? "" : ", to: " + t.to()).append("}\n");
        }
        return yml.toString();
    }

    private static String participant(Share s) {
        return "      - {code: \"" + s.municipality() + "\", name: " + s.name() + ", share: " + s.share()
                + ", advance: " + BigDecimal.valueOf(s.monthlyAdvanceCents(), 2).toPlainString() + "}\n";
    }

    @LocalServerPort
    int port;
    private static CoreClient client;

    @AfterAll
    static void close() throws Exception {
        if (client != null) {
            client.close();
        }
    }

    /** The traffic, sent once in the order of its times, each answer taken off its queue before the next message. */
    private void sendTheMonth() throws Exception {
        if (client != null) {
            return;
        }
        client = SERVERS.client();
        List<Map.Entry<String, ThrowingRunnable>> steps = new ArrayList<>();
        for (Assignment a : ASSIGNMENTS) {
            byte[] xml = assignment(a);
            steps.add(Map.entry(a.sentAt(), () -> {
                client.send("hub.from-municipality." + a.municipality(), xml);
                assertThat(CoreClient.bytes(client.receive("hub.to-provider." + a.provider()))).isEqualTo(xml);
            }));
            if (a.retour() != null) {
                steps.add(Map.entry(a.retour().at(), () -> {
                    byte[] retour = a.rejected() ? ProviderRetour.rejecting(xml, "R-" + a.identificatie(), "TR332",
                            a.retour().rejectCode(), "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]")
                            : ProviderRetour.accepting(xml, "R-" + a.identificatie());
                    client.send("hub.from-provider." + a.provider(), retour);
                    assertThat(CoreClient.bytes(client.receive("hub.to-municipality." + a.municipality())))
                            .isEqualTo(retour);
                }));
            }
        }
        steps.add(Map.entry(REQUEST.sentAt(), () -> judged(REQUEST.provider(), REQUEST.municipality(), request(REQUEST),
                "jw316", null)));
        for (Delivery start : STARTS) {
            steps.add(Map.entry(start.sentAt(), () -> judged(start.provider(), start.municipality(), start(start),
                    "jw306", start.rejectCode())));
        }
        for (Delivery stop : STOPS) {
            steps.add(Map.entry(stop.sentAt(), () -> judged(stop.provider(), stop.municipality(), stop(stop), "jw308",
                    stop.rejectCode())));
        }
        for (Declaration declaration : DECLARATIONS) {
            steps.add(Map.entry(declaration.sentAt(), () -> declare(declaration)));
        }
        steps.add(Map.entry(REPEAT_AT, () -> {
            NOW.set(at(REPEAT_AT));
            client.send("hub.from-provider." + JEUGD, declaration(DECLARATIONS.get(0)).bytes());
            assertThat(text(client.receive("hub.to-provider." + JEUGD)))
                    .contains("<jw325:RetourCode>9056</jw325:RetourCode>");
        }));
        steps.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, ThrowingRunnable> step : steps) {
            NOW.set(at(step.getKey()));
            step.getValue().run();
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** A message the hub judges: its answer (with the code, or without any) and, accepted, it goes on. */
    private void judged(String provider, String municipality, byte[] xml, String answerType, String rejectCode)
            throws Exception {
        client.send("hub.from-provider." + provider, xml);
        String answer = text(client.receive("hub.to-provider." + provider));
        assertThat(answer).contains("<" + answerType + ":Bericht");
        if (rejectCode == null) {
            assertThat(answer).doesNotContain("RetourCode");
            assertThat(CoreClient.bytes(client.receive("hub.to-municipality." + municipality))).isEqualTo(xml);
        } else {
            assertThat(answer).contains("<" + answerType + ":RetourCode>" + rejectCode + "<");
        }
    }

    private void declare(Declaration declaration) throws Exception {
        client.send("hub.from-provider." + declaration.provider(), declaration(declaration).bytes());
        String answer = text(client.receive("hub.to-provider." + declaration.provider()));
        String prefix = declaration.domain() == Standard.IJW ? "jw325" : "wmo325";
        for (Declared line : declaration.lines()) {
            if (line.rejectCode() != null) {
                assertThat(answer).as("the 325 rejects " + line.line().reference()).contains(line.line().reference())
                        .contains("<" + prefix + ":RetourCode>" + line.rejectCode() + "<");
            } else {
                assertThat(answer).as("the 325 grants " + line.line().reference())
                        .doesNotContain(">" + line.line().reference() + "<");
            }
        }
        for (String municipality : declaration.lines().stream().filter(l -> l.rejectCode() == null)
                .map(Declared::municipality).distinct().toList()) {
            assertThat(client.receive("hub.to-municipality." + municipality).getStringProperty("CentrumhubKind"))
                    .isEqualTo("DECLARATION");
        }
    }

    // --- the reports ---

    @Test
    void monitoringOfEachMunicipalityIsItsOwnMonth() throws Exception {
        sendTheMonth();
        for (String municipality : MUNICIPALITIES) {
            JsonNode report = report("monitoring", municipality, OCTOBER);
            assertThat(columns(report)).containsExactly("month", "provider", "provider_name", "category",
                    "clients_in_care", "new_assignments", "starts", "stops", "delivered_volume", "declared", "granted",
                    "rejected", "rejection_rate", "answers_on_time", "days_request_to_assignment",
                    "days_assignment_to_start");
            assertThat(rows(report)).as("monitoring of " + municipality).isEqualTo(expectedMonitoring(municipality));
            assertNoClient(report);
        }
    }

    @Test
    void rejectionsOfEachMunicipalityByCode() throws Exception {
        sendTheMonth();
        for (String municipality : MUNICIPALITIES) {
            JsonNode report = report("rejections", municipality, OCTOBER);
            assertThat(columns(report)).containsExactly("retourcode", "lines", "messages", "amount", "share");
            assertThat(rows(report)).as("rejections of " + municipality).isEqualTo(expectedRejections(municipality));
            assertNoClient(report);
        }
        // the repeated declaration was received in November and rejected as a whole: the centre's, no lines
        assertThat(rows(report("rejections", "0935", NOVEMBER)))
                .containsExactly(Arrays.asList("9056", 0L, 1L, "0.00", 100.0));
        assertThat(rows(report("rejections", "0917", NOVEMBER))).isEmpty();
    }

    @Test
    void forecastOfEachMunicipalityPerDomain() throws Exception {
        sendTheMonth();
        for (String municipality : MUNICIPALITIES) {
            JsonNode report = report("forecast", municipality, OCTOBER);
            assertThat(columns(report)).containsExactly("domain", "granted_so_far", "projected_running",
                    "expected_year_total", "advances_paid", "expected_balance", "tariff_missing");
            assertThat(rows(report)).as("forecast of " + municipality).isEqualTo(expectedForecast(municipality));
            assertNoClient(report);
        }
    }

    // --- what the reports must say, worked out from the traffic above ---

    private record Key(String provider, String category) {
    }

    /** Per provider and category the figures of the monitoring report, and the total under ALL/ALL. */
    private static final class Expected {
        final Set<String> clients = new LinkedHashSet<>();
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
        long onTime;
        final List<Long> requestDays = new ArrayList<>();
        final List<Long> startDays = new ArrayList<>();
    }

    private static List<List<Object>> expectedMonitoring(String municipality) {
        Map<Key, Expected> rows = new TreeMap<>(Comparator.comparing(Key::provider).thenComparing(Key::category));
        Expected all = new Expected();
        LocalDate first = OCTOBER.atDay(1);
        LocalDate last = OCTOBER.atEndOfMonth();
        for (Assignment a : ASSIGNMENTS) {
            if (!a.municipality().equals(municipality) || a.rejected()) {
                continue;
            }
            for (Product p : a.products()) {
                List<Expected> both = List.of(all, rows.computeIfAbsent(new Key(a.provider(), p.category()),
                        k -> new Expected()));
                if (!p.start().isAfter(last) && (p.end() == null || !p.end().isBefore(first))) {
                    both.forEach(e -> e.clients.add(a.bsn()));
                }
                if (YearMonth.from(at(a.sentAt()).atZone(ZONE)).equals(OCTOBER)) {
                    both.forEach(e -> e.newAssignments++);
                    if (a.reference() != null && a.reference().equals(REQUEST.reference())) {
                        long days = date(a.sentAt()).toEpochDay() - date(REQUEST.sentAt()).toEpochDay();
                        both.forEach(e -> e.requestDays.add(days));
                    }
                }
            }
        }
        for (Delivery start : STARTS) {
            if (start.municipality().equals(municipality) && start.rejectCode() == null
                    && YearMonth.from(start.begin()).equals(OCTOBER)) {
                for (Expected e : List.of(all, rows.computeIfAbsent(new Key(start.provider(), start.category()),
                        k -> new Expected()))) {
                    e.starts++;
                    e.startDays.add(start.begin().toEpochDay() - start.assignmentStart().toEpochDay());
                }
            }
        }
        for (Delivery stop : STOPS) {
            if (stop.municipality().equals(municipality) && YearMonth.from(stop.stop()).equals(OCTOBER)) {
                all.stops++;
                rows.computeIfAbsent(new Key(stop.provider(), stop.category()), k -> new Expected()).stops++;
            }
        }
        for (Declaration declaration : DECLARATIONS) {
            for (Declared d : declaration.lines()) {
                if (!d.municipality().equals(municipality)) {
                    continue;
                }
                for (Expected e : List.of(all, rows.computeIfAbsent(new Key(declaration.provider(),
                        d.line().category()), k -> new Expected()))) {
                    e.lines++;
                    e.declared += d.line().signed();
                    if (d.rejectCode() == null) {
                        e.granted += d.line().signed();
                        e.volume += d.line().credit() ? -d.line().volume() : d.line().volume();
                    } else {
                        e.rejected += d.line().signed();
                        e.rejectedLines++;
                    }
                }
            }
        }
        // October's messages that concern the municipality, each against its deadline as of the report's day (the
        // declarations came in November); counted under the categories of the assignments it names
        LocalDate today = date(REPEAT_AT);
        for (Assignment a : ASSIGNMENTS) {
            if (a.municipality().equals(municipality) && YearMonth.from(date(a.sentAt())).equals(OCTOBER)) {
                LocalDate answered = a.retour() == null ? null : date(a.retour().at());
                answer(all, rows, a.provider(), a.products().stream().map(Product::category).distinct().toList(),
                        date(a.sentAt()), answered, today);
            }
        }
        if (REQUEST.municipality().equals(municipality)) {
            answer(all, rows, REQUEST.provider(), List.of(), date(REQUEST.sentAt()), date(REQUEST.sentAt()), today);
        }
        for (Delivery delivery : Stream.concat(STARTS.stream(), STOPS.stream()).toList()) {
            if (delivery.municipality().equals(municipality)) {
                List<String> categories = ASSIGNMENTS.stream().filter(a -> a.municipality().equals(municipality))
                        .flatMap(a -> a.products().stream()).filter(p -> p.number() == delivery.number())
                        .map(Product::category).distinct().toList();
                answer(all, rows, delivery.provider(), categories, date(delivery.sentAt()), date(delivery.sentAt()),
                        today);
            }
        }
        List<List<Object>> expected = new ArrayList<>();
        rows.forEach((key, e) -> expected.add(monitoringRow(key.provider(), PROVIDER_NAMES.get(key.provider()),
                key.category(), e)));
        expected.add(monitoringRow("ALL", "All providers", "ALL", all));
        return expected;
    }

    /** A message answered (or not) by a day: on time when within 3 Dutch working days of receipt. */
    private static void answer(Expected all, Map<Key, Expected> rows, String provider, List<String> categories,
                               LocalDate received, LocalDate answered, LocalDate today) {
        LocalDate due = received;
        for (int days = 0; days < 3; ) {
            due = due.plusDays(1);
            if (due.getDayOfWeek().getValue() <= 5) {
                days++; // no public holiday falls in this month's deadlines
            }
        }
        if (answered == null && !today.isAfter(due)) {
            return;
        }
        boolean onTime = answered != null && !answered.isAfter(due);
        List<Expected> counted = new ArrayList<>(List.of(all));
        categories.forEach(c -> counted.add(rows.computeIfAbsent(new Key(provider, c), k -> new Expected())));
        for (Expected e : counted) {
            e.answers++;
            e.onTime += onTime ? 1 : 0;
        }
    }

    private static List<Object> monitoringRow(String provider, String name, String category, Expected e) {
        return Arrays.asList(OCTOBER.toString(), provider, name, category, (long) e.clients.size(), e.newAssignments,
                e.starts, e.stops, e.volume, euros(e.declared), euros(e.granted), euros(e.rejected),
                percent(e.rejectedLines, e.lines), percent(e.onTime, e.answers), median(e.requestDays),
                median(e.startDays));
    }

    private static List<List<Object>> expectedRejections(String municipality) {
        record Count(long lines, Set<String> messages, long amount, long rejections) {
        }
        Map<String, Count> codes = new TreeMap<>();
        long rejections = 0;
        for (Declaration declaration : DECLARATIONS) {
            for (Declared d : declaration.lines()) {
                if (d.municipality().equals(municipality) && d.rejectCode() != null) {
                    rejections++;
                    Count c = codes.getOrDefault(d.rejectCode(), new Count(0, new LinkedHashSet<>(), 0, 0));
                    c.messages().add(declaration.identificatie());
                    codes.put(d.rejectCode(), new Count(c.lines() + 1, c.messages(), c.amount() + d.line().signed(),
                            c.rejections() + 1));
                }
            }
        }
        List<Map.Entry<String, String>> wholeMessages = new ArrayList<>();
        ASSIGNMENTS.stream().filter(a -> a.municipality().equals(municipality) && a.rejected())
                .forEach(a -> wholeMessages.add(Map.entry(a.identificatie(), a.retour().rejectCode())));
        STARTS.stream().filter(s -> s.municipality().equals(municipality) && s.rejectCode() != null)
                .forEach(s -> wholeMessages.add(Map.entry(s.identificatie(), s.rejectCode())));
        for (Map.Entry<String, String> message : wholeMessages) {
            rejections++;
            Count c = codes.getOrDefault(message.getValue(), new Count(0, new LinkedHashSet<>(), 0, 0));
            c.messages().add(message.getKey());
            codes.put(message.getValue(), new Count(c.lines(), c.messages(), c.amount(), c.rejections() + 1));
        }
        long all = rejections;
        return codes.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Count> e) -> -e.getValue().rejections())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> Arrays.<Object>asList(e.getKey(), e.getValue().lines(), (long) e.getValue().messages().size(),
                        euros(e.getValue().amount()), percent(e.getValue().rejections(), all)))
                .toList();
    }

    private static List<List<Object>> expectedForecast(String municipality) {
        List<List<Object>> rows = new ArrayList<>();
        for (Standard domain : Standard.values()) {
            List<Share> shares = domain == Standard.IJW ? JEUGD_SHARES : WMO_SHARES;
            boolean inRegion = shares.stream().anyMatch(s -> s.municipality().equals(municipality));
            Predicate<String> joint = category -> domain == Standard.IJW && category.equals(JOINT);
            // the ledger: own granted lines, and a share of every granted joint line of the region
            long granted = 0;
            for (Declaration declaration : DECLARATIONS) {
                for (Declared d : declaration.lines()) {
                    if (declaration.domain() != domain || d.rejectCode() != null) {
                        continue;
                    }
                    boolean regionLine = shares.stream().anyMatch(s -> s.municipality().equals(d.municipality()));
                    if (regionLine && joint.test(d.line().category())) {
                        granted += inRegion ? share(d.line().signed(), shares).get(municipality) : 0;
                    } else if (d.municipality().equals(municipality)) {
                        granted += d.line().signed();
                    }
                }
            }
            long projected = 0;
            long missing = 0;
            for (Assignment a : ASSIGNMENTS) {
                boolean regionAssignment = shares.stream().anyMatch(s -> s.municipality().equals(a.municipality()));
                if (a.domain() != domain || a.rejected()) {
                    continue;
                }
                for (Product p : a.products()) {
                    boolean jointly = regionAssignment && joint.test(p.category());
                    if (jointly ? !inRegion : !a.municipality().equals(municipality)) {
                        continue;
                    }
                    Long cost = restOfYear(a, p, inRegion || regionAssignment);
                    if (cost == null) {
                        missing++;
                    } else if (cost > 0) {
                        projected += jointly ? share(cost, shares).get(municipality) : cost;
                    }
                }
            }
            long monthly = shares.stream().filter(s -> s.municipality().equals(municipality))
                    .mapToLong(Share::monthlyAdvanceCents).sum();
            rows.add(Arrays.asList(domain.name(), euros(granted), euros(projected), euros(granted + projected),
                    euros(monthly * 10), euros(granted + projected - monthly * 12), missing));
        }
        return rows;
    }

    /**
     * The cost of a product from November 1 (or its start) until its end, its stop or the year end, day by day at the
     * tariff of each day; 0 when it does not run then, null when a day has no tariff (or it is outside the region).
     */
    private static Long restOfYear(Assignment a, Product p, boolean regionTariffs) {
        LocalDate end = LocalDate.of(2026, 12, 31);
        if (p.end() != null && p.end().isBefore(end)) {
            end = p.end();
        }
        for (Delivery stop : STOPS) {
            if (stop.municipality().equals(a.municipality()) && stop.number() == p.number()
                    && stop.stop().isBefore(end)) {
                end = stop.stop();
            }
        }
        LocalDate day = p.start().isAfter(date("2026-11-01")) ? p.start() : date("2026-11-01");
        if (day.isAfter(end)) {
            return 0L;
        }
        BigInteger numerator = BigInteger.ZERO;
        BigInteger denominator = BigInteger.ONE;
        for (; !day.isAfter(end); day = day.plusDays(1)) {
            LocalDate today = day;
            Tariff tariff = regionTariffs ? TARIFFS.stream().filter(t -> t.domain() == a.domain()
                    && t.provider().equals(a.provider()) && t.product().equals(p.code()) && t.unit().equals(p.unit())
                    && t.validOn(today)).findFirst().orElse(null) : null;
            if (tariff == null) {
                return null;
            }
            long per = switch (p.frequency()) {
                case "1" -> 1;
                case "2" -> 7;
                case "4" -> day.lengthOfMonth();
                default -> ChronoUnit.DAYS.between(p.start(), p.end() == null ? LocalDate.of(2026, 12, 31) : p.end())
                        + 1;
            };
            // + volume x tariff / per
            BigInteger n = BigInteger.valueOf(p.volume() * tariff.cents());
            BigInteger d = BigInteger.valueOf(per);
            numerator = numerator.multiply(d).add(n.multiply(denominator));
            denominator = denominator.multiply(d);
        }
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A joint amount spread by shares: each its exact share rounded down, the cents left to the largest remainders. */
    private static Map<String, Long> share(long amount, List<Share> shares) {
        Map<String, Long> parts = new LinkedHashMap<>();
        Map<String, BigDecimal> remainders = new HashMap<>();
        long left = amount;
        for (Share s : shares) {
            BigDecimal exact = new BigDecimal(s.share()).multiply(BigDecimal.valueOf(amount));
            long part = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            parts.put(s.municipality(), part);
            remainders.put(s.municipality(), exact.subtract(BigDecimal.valueOf(part)));
            left -= part;
        }
        List<String> order = new ArrayList<>(parts.keySet());
        order.sort(Comparator.comparing(remainders::get).reversed());
        for (int i = 0; i < left; i++) {
            parts.merge(order.get(i), 1L, Long::sum);
        }
        return parts;
    }

    private static Object euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** The median; of an even count the mean of the middle two, halves rounded up. */
    private static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle) + 1) / 2;
    }

    // --- reading the API ---

    private JsonNode report(String kind, String municipality, YearMonth period) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/v1/reports/" + kind + "?municipality=" + municipality + "&period="
                        + period)).header("Authorization", SERVERS.basic("operator")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(response.body());
    }

    private static List<String> columns(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.get("columns").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }

    /** The rows as values: text, Long, amounts as "0.00", percentages as Double, null. */
    private static List<List<Object>> rows(JsonNode report) {
        Map<String, String> types = new LinkedHashMap<>();
        report.get("columns").forEach(c -> types.put(c.get("name").asText(), c.get("type").asText()));
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode row : report.get("rows")) {
            List<Object> values = new ArrayList<>();
            types.forEach((name, type) -> {
                JsonNode value = row.get(name);
                values.add(value == null || value.isNull() ? null : switch (type) {
                    case "INTEGER" -> value.asLong();
                    case "AMOUNT" -> value.decimalValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
                    case "PERCENT" -> value.asDouble();
                    default -> value.asText();
                });
            });
            rows.add(values);
        }
        return rows;
    }

    private static void assertNoClient(JsonNode report) {
        String json = report.toString();
        for (String bsn : CLIENTS) {
            assertThat(json).doesNotContain(bsn);
        }
    }

    // --- the messages ---

    private static byte[] assignment(Assignment a) {
        boolean ijw = a.domain() == Standard.IJW;
        String product = "Client/ToegewezenProducten/ToegewezenProduct";
        Fixture xml = Fixture.load(ijw ? "ijw/jw301-valid.xml" : "iwmo/wmo301-valid.xml")
                .set("Header/Afzender", a.municipality()).set("Header/Ontvanger", a.provider())
                .set("Header/BerichtIdentificatie/Identificatie", a.identificatie())
                .set("Header/BerichtIdentificatie/Dagtekening", date(a.sentAt()).toString())
                .set("Client/Bsn", a.bsn()).remove(product + "[2]");
        for (int i = 1; i < a.products().size(); i++) {
            xml.duplicate(product + "[1]");
        }
        for (int i = 0; i < a.products().size(); i++) {
            Product p = a.products().get(i);
            String at = product + "[" + (i + 1) + "]";
            xml.set(at + "/ToewijzingNummer", Long.toString(p.number())).set(at + "/Product/Categorie", p.category())
                    .set(at + "/Product/Code", p.code()).set(at + "/Toewijzingsdatum", date(a.sentAt()).toString())
                    .set(at + "/Toewijzingstijd", at(a.sentAt()).atZone(ZONE).toLocalTime() + ":00")
                    .set(at + "/Ingangsdatum", p.start().toString())
                    .set(at + "/Omvang/Volume", Long.toString(p.volume()))
                    .set(at + "/Omvang/Eenheid", p.unit()).set(at + "/Omvang/Frequentie", p.frequency());
            if (p.end() == null) {
                xml.remove(at + "/Einddatum");
            } else {
                xml.set(at + "/Einddatum", p.end().toString());
            }
            if (a.reference() != null) {
                xml.insertAfter(at + "/ToewijzingNummer", "ReferentieAanbieder", a.reference());
            }
        }
        return xml.toBytes();
    }

    private static byte[] request(Request r) {
        String product = "Client/AangevraagdeProducten/AangevraagdProduct";
        Product p = r.product();
        return Fixture.load("ijw/jw315-valid.xml").set("Header/Afzender", r.provider())
                .set("Header/Ontvanger", r.municipality())
                .set("Header/BerichtIdentificatie/Identificatie", r.identificatie())
                .set("Header/BerichtIdentificatie/Dagtekening", date(r.sentAt()).toString())
                .set("Client/Bsn", r.bsn()).remove(product + "[2]")
                .set(product + "/ReferentieAanbieder", r.reference()).set(product + "/Product/Categorie", p.category())
                .set(product + "/Product/Code", p.code())
                .set(product + "/ToewijzingIngangsdatum", p.start().toString())
                .set(product + "/ToewijzingEinddatum", p.end().toString())
                .set(product + "/Omvang/Volume", Long.toString(p.volume())).set(product + "/Omvang/Eenheid", p.unit())
                .set(product + "/Omvang/Frequentie", p.frequency()).toBytes();
    }

    private static byte[] start(Delivery s) {
        String product = "Client/StartProducten/StartProduct";
        return Fixture.load("ijw/jw305-valid.xml").set("Header/Afzender", s.provider())
                .set("Header/Ontvanger", s.municipality())
                .set("Header/BerichtIdentificatie/Identificatie", s.identificatie())
                .set("Header/BerichtIdentificatie/Dagtekening", date(s.sentAt()).toString())
                .set("Client/Bsn", s.bsn()).remove(product + "[2]")
                .set(product + "/ToewijzingNummer", Long.toString(s.number()))
                .set(product + "/Product/Categorie", s.category()).set(product + "/Product/Code", s.code())
                .set(product + "/ToewijzingIngangsdatum", s.assignmentStart().toString())
                .set(product + "/Begindatum", s.begin().toString()).toBytes();
    }

    private static byte[] stop(Delivery s) {
        String product = "Client/StopProducten/StopProduct";
        return Fixture.load("ijw/jw307-valid.xml").set("Header/Afzender", s.provider())
                .set("Header/Ontvanger", s.municipality())
                .set("Header/BerichtIdentificatie/Identificatie", s.identificatie())
                .set("Header/BerichtIdentificatie/Dagtekening", date(s.sentAt()).toString())
                .set("Client/Bsn", s.bsn())
                .set(product + "/ToewijzingNummer", Long.toString(s.number()))
                .set(product + "/Product/Categorie", s.category()).set(product + "/Product/Code", s.code())
                .set(product + "/ToewijzingIngangsdatum", s.assignmentStart().toString())
                .set(product + "/Begindatum", s.begin().toString())
                .set(product + "/Einddatum", s.stop().toString()).toBytes();
    }

    private static DeclarationDoc declaration(Declaration d) {
        DeclarationDoc doc = (d.domain() == Standard.IJW ? DeclarationDoc.ijw(d.provider(), d.addressee())
                : DeclarationDoc.wmo(d.provider(), d.addressee())).identificatie(d.identificatie()).number(d.number())
                .period(OCTOBER);
        d.lines().forEach(line -> doc.line(line.bsn(), line.line()));
        return doc;
    }

    private static Instant at(String amsterdam) {
        return LocalDateTime.parse(amsterdam).atZone(ZONE).toInstant();
    }

    private static LocalDate date(String text) {
        return text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
    }

}
