package org.centrumhub.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.CoreClient;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.transform.fixtures.DeclarationDoc;
import org.centrumhub.transform.fixtures.DeclarationDoc.Line;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.ProviderRetour;
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
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signals end to end: three months of a region's traffic (Maastricht the centre, Heerlen, Sittard-Geleen) and of
 * Venlo outside it, sent over the broker by the parties themselves while the hub's clock walks from October to
 * December 2026, so every store is filled by the hub at the dates the scenario names. Each municipality then reads
 * its signals through the report API, as of 23 December (Christmas ahead) and as of the end of November; they must
 * equal what this test derives from its own inputs with its own calendar, and hold nothing of another municipality.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignalsScenarioTest.ScenarioClockConfiguration.class)
class SignalsScenarioTest {
    static final HubTestServers SERVERS = new HubTestServers();
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final ScenarioClock CLOCK = new ScenarioClock(LocalDate.of(2026, 10, 1));
    private static final String PROVIDER = "12345678";
    private static final String PROVIDER_NAME = "Jeugdzorg Proef";
    private static final int WITHOUT_START_DAYS = 20;
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    /** The public holidays on weekdays of the scenario's months, October 2026 to February 2027. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
        registry.add("centrumhub.regions.folder", () -> Path.of("src", "test", "resources", "regions-scenario")
                .toAbsolutePath().toString());
        registry.add("centrumhub.parties.municipalities[1].code", () -> "0917");
        registry.add("centrumhub.parties.municipalities[1].name", () -> "Heerlen");
        registry.add("centrumhub.parties.municipalities[2].code", () -> "1883");
        registry.add("centrumhub.parties.municipalities[2].name", () -> "Sittard-Geleen");
        registry.add("centrumhub.parties.municipalities[3].code", () -> "0983");
        registry.add("centrumhub.parties.municipalities[3].name", () -> "Venlo");
        registry.add("centrumhub.reports.assignment-without-start-days", () -> Integer.toString(WITHOUT_START_DAYS));
    }

    /** The hub's clock is the scenario's: messages are received on the days the scenario says. */
    @TestConfiguration
    static class ScenarioClockConfiguration {
        @Bean
        @Primary
        Clock scenarioClock() {
            return CLOCK;
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;
    private CoreClient client;
    private final Map<String, List<List<Object>>> expected = new HashMap<>();
    private final Map<String, List<List<Object>>> expectedNovember = new HashMap<>();
    private final List<String> bsns = new ArrayList<>();

    @BeforeEach
    void connect() {
        client = SERVERS.client();
    }

    @AfterEach
    void close() throws Exception {
        client.close();
    }

    @Test
    void eachMunicipalityReadsExactlyItsOwnSignalsAsTheyStandAtTheMomentAsked() throws Exception {
        LocalDate now = LocalDate.of(2026, 12, 23);
        LocalDate endOfNovember = LocalDate.of(2026, 11, 30);

        // 1 October: Maastricht assigns A1 and A2, Sittard-Geleen L1 (ending 30 November); the provider accepts each
        on(2026, 10, 1);
        String a1 = bsn();
        String a2 = bsn();
        String l1 = bsn();
        acceptAssignment("0935", "A1-301", a1, 950001, day(2026, 10, 1), day(2026, 12, 31));
        acceptAssignment("0935", "A2-301", a2, 950002, day(2026, 10, 1), day(2026, 12, 31));
        acceptAssignment("1883", "L1-301", l1, 970001, day(2026, 10, 1), day(2026, 11, 30));

        // 2 October: the provider starts all three; L1's start is addressed to the centre, Sittard-Geleen's business
        on(2026, 10, 2);
        start("0935", "A1-305", a1, 950001, day(2026, 10, 1), day(2026, 10, 1));
        start("0935", "A2-305", a2, 950002, day(2026, 10, 1), day(2026, 10, 1));
        start("0935", "L1-305", l1, 970001, day(2026, 10, 1), day(2026, 10, 1));

        // 2 November: Heerlen assigns S1 from today; it never starts
        on(2026, 11, 2);
        String s1 = bsn();
        acceptAssignment("0917", "S1-301", s1, 960001, day(2026, 11, 2), day(2026, 12, 31));

        // 6 November: one declaration to the centre for October, on A2 and on L1; nothing ever on A1
        on(2026, 11, 6);
        declare(DeclarationDoc.ijw(PROVIDER, "0935").identificatie("C1-323").number("C1").period(OCTOBER)
                .line(a2, Line.debit("C1-1", 950002, "45", "45A01", OCTOBER, 10, 6500))
                .line(l1, Line.debit("C1-2", 970001, "45", "45A01", OCTOBER, 10, 6500)), "ACCEPTED");

        // 16 November: Heerlen assigns W1 from today; it never starts
        on(2026, 11, 16);
        String w1 = bsn();
        acceptAssignment("0917", "W1-301", w1, 960002, day(2026, 11, 16), day(2026, 12, 31));

        // 26 November: Maastricht assigns A3; the provider's retour comes on 2 December, after the month's end
        on(2026, 11, 26);
        String a3 = bsn();
        byte[] a3Assignment = assignment("0935", "A3-301", a3, 950004, day(2027, 1, 1), day(2027, 3, 31));
        on(2026, 12, 2);
        accept(a3Assignment, 437, "A3-301");

        // 11 December: a declaration to Sittard-Geleen on an assignment that has not come: it waits
        on(2026, 12, 11);
        String d1 = bsn();
        declare(DeclarationDoc.ijw(PROVIDER, "1883").identificatie("D1-323").number("D1").period(OCTOBER)
                .line(d1, Line.debit("D1-1", 979999, "45", "45A01", OCTOBER, 3, 6500)), "WAITING");

        // 14 December: a request to Sittard-Geleen for two products; on the 15th it answers only the second, with
        // "under investigation" (the provider accepts that answer)
        on(2026, 12, 14);
        String q1 = bsn();
        request("1883", "Q1-315", q1, "REF-Q1", "REF-Q2");
        on(2026, 12, 15);
        byte[] investigating = answer("1883", "Q1-319", "REF-Q2");
        accept(investigating, 489, "Q1-319");

        // 17 December: Maastricht assigns R1; 18 December: Venlo assigns R3; no retour ever comes for either
        on(2026, 12, 17);
        assignment("0935", "R1-301", bsn(), 950003, day(2027, 1, 1), day(2027, 3, 31));
        on(2026, 12, 18);
        assignment("0983", "R3-301", bsn(), 990001, day(2027, 1, 1), day(2027, 3, 31));

        // 21 December: a stop on S1, which never started (rejected, 9069); another declaration to Sittard-Geleen waits
        on(2026, 12, 21);
        stop("0917", "S1-307", s1, 960001, day(2026, 11, 2), day(2026, 11, 2), day(2026, 12, 18));
        String d2 = bsn();
        declare(DeclarationDoc.ijw(PROVIDER, "1883").identificatie("D2-323").number("D2").period(OCTOBER)
                .line(d2, Line.debit("D2-1", 979998, "45", "45A01", OCTOBER, 3, 6500)), "WAITING");

        // 22 December: Heerlen assigns R2; no retour
        on(2026, 12, 22);
        assignment("0917", "R2-301", bsn(), 960003, day(2027, 1, 1), day(2027, 3, 31));

        // what each municipality should see, from the inputs above, as of 23 December and as of 30 November
        for (LocalDate today : List.of(now, endOfNovember)) {
            Map<String, List<List<Object>>> into = today.equals(now) ? expected : expectedNovember;
            LocalDate a3Retour = day(2026, 12, 2);
            // retours: a 301 sent without a retour by then, due 3 working days after it was sent
            expectRetourLate(into, today, "0935", day(2026, 12, 17), "R1-301", "950003", null);
            expectRetourLate(into, today, "0935", day(2026, 11, 26), "A3-301", "950004", a3Retour);
            expectRetourLate(into, today, "0983", day(2026, 12, 18), "R3-301", "990001", null);
            expectRetourLate(into, today, "0917", day(2026, 12, 22), "R2-301", "960003", null);
            // starts without a declaration for two months: A1 from its start; A2 and L1 from the day after October
            expect(into, today, "0935", "START_WITHOUT_DECLARATION", day(2026, 10, 1).plusMonths(2), "JW305",
                    "A1-305", "950001", day(2026, 10, 2));
            expect(into, today, "0935", "START_WITHOUT_DECLARATION", day(2026, 11, 1).plusMonths(2), "JW305",
                    "A2-305", "950002", day(2026, 11, 6));
            expect(into, today, "1883", "START_WITHOUT_DECLARATION", day(2026, 11, 1).plusMonths(2), "JW305",
                    "L1-305", "970001", day(2026, 11, 6));
            // L1 ended 30 November with its start and no stop: the stop is due 5 working days later
            expect(into, today, "1883", "STOP_LATE", workingDaysAfter(day(2026, 11, 30), 5), "JW305", "L1-305",
                    "970001", day(2026, 10, 2));
            // S1 and W1 never started
            expect(into, today, "0917", "ASSIGNMENT_WITHOUT_START", day(2026, 11, 2).plusDays(WITHOUT_START_DAYS),
                    "JW301", "S1-301", "960001", day(2026, 11, 2));
            expect(into, today, "0917", "ASSIGNMENT_WITHOUT_START", day(2026, 11, 16).plusDays(WITHOUT_START_DAYS),
                    "JW301", "W1-301", "960002", day(2026, 11, 16));
            // the stop without its start: due the day it came
            expect(into, today, "0917", "STOP_WITHOUT_START", day(2026, 12, 21), "JW307", "S1-307", "960001",
                    day(2026, 12, 21));
            // REF-Q1 unanswered, due 5 working days after the request; REF-Q2 under investigation: 8 weeks
            expect(into, today, "1883", "REQUEST_UNANSWERED", workingDaysAfter(day(2026, 12, 14), 5), "JW315",
                    "Q1-315", null, day(2026, 12, 14));
            expect(into, today, "1883", "REQUEST_UNANSWERED", day(2026, 12, 14).plusWeeks(8), "JW315", "Q1-315", null,
                    day(2026, 12, 14));
            // the waiting declarations: their 325 is due 10 working days after they came
            expectWaiting(into, today, workingDaysAfter(day(2026, 12, 11), 10), "D1-323", "979999", day(2026, 12, 11));
            expectWaiting(into, today, workingDaysAfter(day(2026, 12, 21), 10), "D2-323", "979998", day(2026, 12, 21));
        }
        // the days the calendar above gives, spelled out: Christmas Day and New Year's Day are not working days
        assertThat(workingDaysAfter(day(2026, 12, 22), 3)).isEqualTo(day(2026, 12, 28));
        assertThat(workingDaysAfter(day(2026, 12, 21), 10)).isEqualTo(day(2027, 1, 6));

        on(2026, 12, 23);
        Set<String> signals = new java.util.HashSet<>();
        for (String municipality : List.of("0935", "0917", "1883", "0983")) {
            assertThat(signals(municipality, "2026-12", signals)).as("signals of " + municipality + " on 23 December")
                    .containsExactlyInAnyOrderElementsOf(expected.getOrDefault(municipality, List.of()));
            assertThat(signals(municipality, "2026-11", signals)).as("signals of " + municipality + " on 30 November")
                    .containsExactlyInAnyOrderElementsOf(expectedNovember.getOrDefault(municipality, List.of()));
        }
        // every kind of signal was made, overdue and at risk
        assertThat(signals).containsExactlyInAnyOrder("RETOUR_LATE", "DECLARATION_ANSWER_LATE", "REQUEST_UNANSWERED",
                "STOP_LATE", "ASSIGNMENT_WITHOUT_START", "START_WITHOUT_DECLARATION", "STOP_WITHOUT_START",
                "DECLARATION_WAITING", "OVERDUE", "AT_RISK");
        assertThat(get("/api/v1/reports/signals?municipality=0917&period=2026-12", "0935").statusCode())
                .isEqualTo(403);
    }

    // ---- expectations, from the inputs and this test's own calendar ----

    private void expectRetourLate(Map<String, List<List<Object>>> into, LocalDate today, String municipality,
                                  LocalDate sent, String identificatie, String number, LocalDate retourCame) {
        if (retourCame == null || retourCame.isAfter(today)) {
            expect(into, today, municipality, "RETOUR_LATE", workingDaysAfter(sent, 3), "JW301", identificatie, number,
                    sent);
        }
    }

    private void expectWaiting(Map<String, List<List<Object>>> into, LocalDate today, LocalDate due,
                               String identificatie, String number, LocalDate received) {
        if (received.isAfter(today)) {
            return;
        }
        boolean near = !today.isBefore(due) || !due.isAfter(workingDaysAfter(today, 2));
        List<Object> row = row(near ? "DECLARATION_ANSWER_LATE" : "DECLARATION_WAITING",
                today.isAfter(due) ? "OVERDUE" : "AT_RISK", due, daysOver(due, today), "JW323", identificatie, number);
        into.computeIfAbsent("1883", k -> new ArrayList<>()).add(row);
    }

    /**
     * A signal on a deadline, if the business existed then ({@code since}) and the deadline is overdue or due within
     * the next 2 working days on {@code today}.
     */
    private void expect(Map<String, List<List<Object>>> into, LocalDate today, String municipality, String signal,
                        LocalDate due, String type, String identificatie, String number, LocalDate since) {
        if (since.isAfter(today)) {
            return;
        }
        String status = today.isAfter(due) ? "OVERDUE" : due.isAfter(workingDaysAfter(today, 2)) ? null : "AT_RISK";
        if (status != null) {
            into.computeIfAbsent(municipality, k -> new ArrayList<>())
                    .add(row(signal, status, due, daysOver(due, today), type, identificatie, number));
        }
    }

    private static List<Object> row(String signal, String status, LocalDate due, long daysOver, String type,
                                    String identificatie, String number) {
        return Arrays.asList(signal, status, due.toString(), daysOver, PROVIDER, PROVIDER_NAME, type, identificatie,
                number, null);
    }

    private static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(day);
    }

    private static LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (workingDay(day)) {
                left--;
            }
        }
        return day;
    }

    private static long daysOver(LocalDate due, LocalDate today) {
        LocalDate from = today.isAfter(due) ? due : today;
        LocalDate to = today.isAfter(due) ? today : due;
        long count = from.plusDays(1).datesUntil(to.plusDays(1)).filter(SignalsScenarioTest::workingDay).count();
        return today.isAfter(due) ? count : -count;
    }

    // ---- the report as the municipality reads it ----

    /** The rows of a municipality's signals (all but the detail), checking what every row must hold. */
    private List<List<Object>> signals(String municipality, String period, Set<String> seen) throws Exception {
        HttpResponse<String> response = get("/api/v1/reports/signals?municipality=" + municipality + "&period="
                + period, municipality);
        assertThat(response.statusCode()).isEqualTo(200);
        for (String bsn : bsns) {
            assertThat(response.body()).as("no client's BSN in a signal").doesNotContain(bsn);
        }
        JsonNode report = new ObjectMapper().readTree(response.body());
        List<String> columns = new ArrayList<>();
        report.get("columns").forEach(c -> columns.add(c.get("name").asText() + ":" + c.get("type").asText()));
        assertThat(columns).containsExactly("signal:TEXT", "status:TEXT", "due:DATE", "days_over:INTEGER",
                "provider:TEXT", "provider_name:TEXT", "message_type:TEXT", "identificatie:TEXT", "assignment:TEXT",
                "detail:TEXT", "bsn:TEXT");
        List<List<Object>> rows = new ArrayList<>();
        String previousDue = "";
        for (JsonNode row : report.get("rows")) {
            assertThat(row.get("detail").asText()).isNotBlank();
            assertThat(row.get("bsn").isNull()).isTrue();
            assertThat(row.get("due").asText()).isGreaterThanOrEqualTo(previousDue);
            previousDue = row.get("due").asText();
            seen.add(row.get("signal").asText());
            seen.add(row.get("status").asText());
            rows.add(Arrays.asList(row.get("signal").asText(), row.get("status").asText(), row.get("due").asText(),
                    row.get("days_over").asLong(), row.get("provider").asText(), row.get("provider_name").asText(),
                    row.get("message_type").asText(), row.get("identificatie").asText(),
                    row.get("assignment").isNull() ? null : row.get("assignment").asText(), null));
        }
        return rows;
    }

    private HttpResponse<String> get(String path, String login) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", SERVERS.basic(login)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- the parties' messages ----

    private String bsn() {
        String bsn = TestBsns.nth(700 + bsns.size());
        bsns.add(bsn);
        return bsn;
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static void on(int year, int month, int day) {
        CLOCK.set(day(year, month, day));
    }

    /** A 301 of one product (45A01, 4 hours a week) sent by the municipality today; returns it as sent. */
    private byte[] assignment(String municipality, String identificatie, String bsn, long number, LocalDate start,
                              LocalDate end) throws Exception {
        String product = "Client/ToegewezenProducten/ToegewezenProduct";
        String today = CLOCK.today().toString();
        byte[] message = Fixture.load("ijw/jw301-valid.xml").remove(product + "[2]")
                .set("Header/Afzender", municipality).set("Header/BerichtIdentificatie/Identificatie", identificatie)
                .set("Header/BerichtIdentificatie/Dagtekening", today).set("Client/Bsn", bsn)
                .set(product + "/ToewijzingNummer", Long.toString(number)).set(product + "/Toewijzingsdatum", today)
                .set(product + "/Ingangsdatum", start.toString()).set(product + "/Einddatum", end.toString()).toBytes();
        client.send("hub.from-municipality." + municipality, message);
        assertThat(outcome(identificatie, 436)).as(codes(identificatie, 436)).isEqualTo("FORWARDED");
        return message;
    }

    private void acceptAssignment(String municipality, String identificatie, String bsn, long number, LocalDate start,
                                  LocalDate end) throws Exception {
        accept(assignment(municipality, identificatie, bsn, number, start, end), 437, identificatie);
    }

    /** The provider's accepting retour on a message forwarded to it, relayed by the hub. */
    private void accept(byte[] heen, int retourCode, String identificatie) throws Exception {
        client.send("hub.from-provider." + PROVIDER, ProviderRetour.accepting(heen, "R-" + identificatie));
        assertThat(outcome(identificatie, retourCode)).isEqualTo("RELAYED");
    }

    private void start(String addressee, String identificatie, String bsn, long number, LocalDate assignmentStart,
                       LocalDate begin) throws Exception {
        String product = "Client/StartProducten/StartProduct";
        client.send("hub.from-provider." + PROVIDER, Fixture.load("ijw/jw305-valid.xml").remove(product + "[2]")
                .set("Header/Ontvanger", addressee).set("Header/BerichtIdentificatie/Identificatie", identificatie)
                .set("Header/BerichtIdentificatie/Dagtekening", CLOCK.today().toString()).set("Client/Bsn", bsn)
                .set(product + "/ToewijzingNummer", Long.toString(number))
                .set(product + "/ToewijzingIngangsdatum", assignmentStart.toString())
                .set(product + "/Begindatum", begin.toString()).toBytes());
        assertThat(outcome(identificatie, 438)).as(codes(identificatie, 438)).isEqualTo("ACCEPTED");
    }

    private void stop(String addressee, String identificatie, String bsn, long number, LocalDate assignmentStart,
                      LocalDate begin, LocalDate end) throws Exception {
        String product = "Client/StopProducten/StopProduct";
        client.send("hub.from-provider." + PROVIDER, Fixture.load("ijw/jw307-valid.xml")
                .set("Header/Ontvanger", addressee).set("Header/BerichtIdentificatie/Identificatie", identificatie)
                .set("Header/BerichtIdentificatie/Dagtekening", CLOCK.today().toString()).set("Client/Bsn", bsn)
                .set(product + "/ToewijzingNummer", Long.toString(number))
                .set(product + "/ToewijzingIngangsdatum", assignmentStart.toString())
                .set(product + "/Begindatum", begin.toString()).set(product + "/Einddatum", end.toString()).toBytes());
        assertThat(outcome(identificatie, 440)).as(codes(identificatie, 440)).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("SELECT array_to_string(retour_codes, ',') FROM message WHERE identificatie = ?",
                String.class, identificatie)).isEqualTo("9069");
    }

    private void request(String addressee, String identificatie, String bsn, String first, String second)
            throws Exception {
        String product = "Client/AangevraagdeProducten/AangevraagdProduct";
        client.send("hub.from-provider." + PROVIDER, Fixture.load("ijw/jw315-valid.xml")
                .set("Header/Ontvanger", addressee).set("Header/BerichtIdentificatie/Identificatie", identificatie)
                .set("Header/BerichtIdentificatie/Dagtekening", CLOCK.today().toString()).set("Client/Bsn", bsn)
                .set(product + "[1]/ReferentieAanbieder", first).set(product + "[2]/ReferentieAanbieder", second)
                .toBytes());
        assertThat(outcome(identificatie, 446)).as(codes(identificatie, 446)).isEqualTo("ACCEPTED");
    }

    /** A 319 "under investigation" on one request line, sent by the municipality today; returns it as sent. */
    private byte[] answer(String municipality, String identificatie, String reference) throws Exception {
        byte[] message = Fixture.load("ijw/jw319-valid.xml").remove("Antwoord/Woonplaatsbeginsel")
                .remove("Antwoord/RedenAfwijzingVerzoek").set("Header/Afzender", municipality)
                .set("Header/BerichtIdentificatie/Identificatie", identificatie)
                .set("Header/BerichtIdentificatie/Dagtekening", CLOCK.today().toString())
                .set("Antwoord/ReferentieAanbieder", reference).set("Antwoord/VerzoekAntwoord", "2").toBytes();
        client.send("hub.from-municipality." + municipality, message);
        assertThat(outcome(identificatie, 488)).as(codes(identificatie, 488)).isEqualTo("FORWARDED");
        return message;
    }

    private void declare(DeclarationDoc doc, String outcome) throws Exception {
        String xml = new String(doc.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        String identificatie = xml.replaceAll("(?s).*<ijw:Identificatie>(.*?)</ijw:Identificatie>.*", "$1");
        client.send("hub.from-provider." + PROVIDER, doc.bytes());
        assertThat(outcome(identificatie, 490)).as(codes(identificatie, 490)).isEqualTo(outcome);
    }

    /** What the hub made of the message with this Identificatie and BerichtCode, once it is stored. */
    private String outcome(String identificatie, int berichtCode) throws InterruptedException {
        long until = System.currentTimeMillis() + CoreClient.WAIT;
        while (System.currentTimeMillis() < until) {
            List<String> outcomes = jdbc.queryForList("SELECT outcome FROM message WHERE identificatie = ? "
                    + "AND bericht_code = ?", String.class, identificatie, berichtCode);
            if (!outcomes.isEmpty()) {
                return outcomes.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the hub did not store " + berichtCode + " " + identificatie);
    }

    /** The retourcodes the hub gave the message, to tell why it was not what the scenario meant. */
    private String codes(String identificatie, int berichtCode) {
        return jdbc.queryForObject("SELECT array_to_string(retour_codes, ',') FROM message WHERE identificatie = ? "
                + "AND bericht_code = ?", String.class, identificatie, berichtCode);
    }

    /** A clock the scenario sets to a day (10:00 in Amsterdam); the hub reads it wherever it reads the time. */
    static final class ScenarioClock extends Clock {
        private volatile Instant instant;

        ScenarioClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            instant = day.atTime(LocalTime.of(10, 0)).atZone(AMSTERDAM).toInstant();
        }

        LocalDate today() {
            return instant.atZone(AMSTERDAM).toLocalDate();
        }

        @Override
        public ZoneId getZone() {
            return AMSTERDAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
