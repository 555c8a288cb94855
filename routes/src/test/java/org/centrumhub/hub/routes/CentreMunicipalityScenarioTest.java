package org.centrumhub.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrumhub.hub.CoreClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Message;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.CoreClient;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.hub.intake.Dispatch;
import org.centrumhub.hub.intake.Envelope;
import org.centrumhub.hub.intake.IntakeProcessor;
import org.centrumhub.transform.fixtures.DeclarationDoc;
import org.centrumhub.transform.fixtures.DeclarationDoc.Line;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The centre municipality's job end to end over the broker: a region of three participants (Maastricht the centre,
 * Heerlen, Sittard-Geleen; category 43 paid jointly 50/30/20), assignments from each, and one provider declaration
 * addressed to the centre mixing their clients, with a credit, a joint line and one faulty line. The 325 is exactly
 * right, every participant receives exactly its own granted lines, and the settlement equals a table computed here
 * by hand, to the cent.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CentreMunicipalityScenarioTest {
    static final HubTestServers SERVERS = new HubTestServers();
    private static final String PROVIDER = "12345678";
    private static final String A = TestBsns.nth(501);
    private static final String B = TestBsns.nth(502);
    private static final String C = TestBsns.nth(503);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    /** The other tests declare August, so October's settlement is the scenario's alone. */
    private static final YearMonth AUGUST = YearMonth.of(2026, 8);

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
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;
    @Autowired
    IntakeProcessor intakeProcessor;
    @Autowired
    Dispatch dispatch;
    @LocalServerPort
    int port;
    private CoreClient client;

    @BeforeEach
    void connect() throws Exception {
        client = SERVERS.client();
    }

    @AfterEach
    void close() throws Exception {
        client.close();
    }

    @Test
    void oneDeclarationToTheCentreIsJudgedSplitAndSettledToTheCent() throws Exception {
        assign("0935", A, 800001, "45", "800002", "43", "S301-1");
        assign("0917", B, 800001, "45", "800003", "45", "S301-2");
        assign("1883", C, 900001, "45", "900002", "45", "S301-3");

        Line september = Line.debit("S-1", 800001, "45", "45A01", SEPTEMBER, 10, 6500);
        String first = declare(DeclarationDoc.ijw(PROVIDER, "0935").identificatie("SC-1").number("SC1")
                .period(SEPTEMBER).line(A, september));
        assertThat(first).contains("<jw325:RetourCode>8001</jw325:RetourCode>");
        assertThat(parts()).hasSize(1);

        DeclarationDoc october = DeclarationDoc.ijw(PROVIDER, "0935").identificatie("SC-2").number("SC2").period(OCTOBER)
                .line(A, Line.debit("L-1", 800001, "45", "45A01", OCTOBER, 12, 6500))
                .line(A, Line.debit("L-2", 800002, "43", "43A01", OCTOBER, 5, 10001))
                .line(A, september.creditAs("C-1"))
                .line(B, Line.debit("L-3", 800001, "45", "45A01", OCTOBER, 8, 6500))
                .line(C, Line.debit("L-4", 900001, "45", "45A01", OCTOBER, 4, 6500))
                .line(C, Line.debit("L-5", 900001, "45", "45A09", OCTOBER, 2, 6500));
        assertThat(october.total()).isEqualTo(154_005);
        String answer = declare(october);

        // the 325: header 0200; only Sittard-Geleen's faulty line listed, with TR340's code; granted = the rest
        assertThat(answer).contains("<jw325:RetourCode>0200</jw325:RetourCode>").doesNotContain("8001");
        assertThat(between(answer, "TotaalIngediendBedrag")).contains("<ijw:TotaalBedrag>154005<").contains(">D<");
        assertThat(between(answer, "TotaalToegekendBedrag")).contains("<ijw:TotaalBedrag>141005<").contains(">D<");
        assertThat(answer).contains(C).doesNotContain(A).doesNotContain(B).contains("L-5").doesNotContain("L-4");
        assertThat(answer).contains("<jw325:RetourCode>9340</jw325:RetourCode>");

        // every participant receives exactly its clients' granted lines, as a standard 323 addressed to it
        List<Message> parts = parts();
        assertThat(parts).hasSize(3);
        String maastricht = part(parts, "0935");
        assertThat(maastricht).contains(A).doesNotContain(B).doesNotContain(C)
                .contains("L-1", "L-2", "C-1").contains("<ijw:TotaalBedrag>63005<");
        String heerlen = part(parts, "0917");
        assertThat(heerlen).contains(B).doesNotContain(A).doesNotContain(C).contains("L-3")
                .contains("<ijw:TotaalBedrag>52000<");
        String sittard = part(parts, "1883");
        assertThat(sittard).contains(C).doesNotContain(A).doesNotContain(B).contains("L-4").doesNotContain("L-5")
                .contains("<ijw:TotaalBedrag>26000<");

        // the settlement for October, by hand: the joint line 500.05 spread 50/30/20 is 250.025, 150.015, 100.01;
        // largest remainder gives the odd cent to the first of the tied (Maastricht): 250.03, 150.01, 100.01.
        // Maastricht: own 780.00 - 650.00 (the credit) = 130.00; Heerlen 520.00; Sittard-Geleen 260.00.
        JsonNode month = new ObjectMapper().readTree(get("/api/v1/settlement?region=Drieregio&period=2026-10"));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : month.get("participants")) {
            rows.add(List.of(row.get("municipality").asText(), row.get("ownCosts").asText(),
                    row.get("jointShare").asText(), row.get("advance").asText(), row.get("balance").asText()));
        }
        assertThat(rows).containsExactly(
                List.of("0935", "130.00", "250.03", "100.00", "280.03"),
                List.of("0917", "520.00", "150.01", "50.00", "620.01"),
                List.of("1883", "260.00", "100.01", "0.00", "360.01"));
        assertThat(month.get("totals").get("costsCents").asLong()).isEqualTo(141_005)
                .isEqualTo(month.get("totals").get("providersCents").asLong());
    }

    @Test
    void aRepeatedDeclarationIsAnswered9056WithNothingGranted() throws Exception {
        assign("0917", TestBsns.nth(511), 810001, "45", "810002", "45", "R301-1");
        DeclarationDoc doc = DeclarationDoc.ijw(PROVIDER, "0917").identificatie("RP-1").number("RP1").period(AUGUST)
                .line(TestBsns.nth(511), Line.debit("R-1", 810001, "45", "45A01", AUGUST, 3, 6500));
        assertThat(declare(doc)).contains("<jw325:RetourCode>8001</jw325:RetourCode>");
        assertThat(parts()).hasSize(1);
        String again = declare(doc);
        assertThat(again).contains("<jw325:RetourCode>9056</jw325:RetourCode>").doesNotContain("8001");
        assertThat(between(again, "TotaalToegekendBedrag")).contains("<ijw:TotaalBedrag>0<");
        client.nothingOn("hub.to-municipality.0917", 1500);
    }

    @Test
    void aDeclarationWaitsForItsAssignmentAndIsAnsweredWhenItArrives() throws Exception {
        String bsn = TestBsns.nth(521);
        // addressed to a participant (the periods per provider and addressee stay apart from the other tests')
        DeclarationDoc doc = DeclarationDoc.ijw(PROVIDER, "1883").identificatie("WT-1").number("WT1").period(AUGUST)
                .line(bsn, Line.debit("W-1", 820001, "45", "45A01", AUGUST, 3, 6500));
        client.send("hub.from-provider." + PROVIDER, doc.bytes());
        client.nothingOn("hub.to-provider." + PROVIDER, 2000);
        assertThat(jdbc.queryForObject("SELECT outcome FROM message WHERE identificatie = 'WT-1'", String.class))
                .isEqualTo("WAITING");

        assign("1883", bsn, 820001, "45", "820002", "45", "W301-1");
        String answer = text(client.receive("hub.to-provider." + PROVIDER));
        assertThat(answer).contains("WT-1").contains("<jw325:RetourCode>8001</jw325:RetourCode>");
        assertThat(part(parts(), "1883")).contains("W-1");

        // the declaration itself delivered again (its first delivery's JMS commit lost, or a replay from the DLQ):
        // it waited when first judged, and the later judgement has answered it, so nothing is sent a second time
        Exchange again = new DefaultExchange(camel);
        again.getMessage().setBody(doc.bytes());
        again.getMessage().setHeader(Envelope.MESSAGE_ID, jdbc.queryForObject(
                "SELECT id::text FROM message WHERE identificatie = 'WT-1'", String.class));
        again.getMessage().setHeader(Envelope.PARTY_ROLE, "PROVIDER");
        again.getMessage().setHeader(Envelope.PARTY_CODE, PROVIDER);
        intakeProcessor.process(again);
        assertThat(dispatch.messages(again)).as("sent again for a redelivered declaration answered later").isEmpty();
    }

    /** A start addressed to the centre for a participant's client goes to that participant's queue, unchanged. */
    @Test
    void aStartAddressedToTheCentreGoesToTheResponsibleParticipant() throws Exception {
        String bsn = TestBsns.nth(531);
        assign("0917", bsn, 830001, "45", "830002", "45", "ST301-1");
        byte[] start = start("ST305-1", "0935", bsn, 830001, 830002);
        client.send("hub.from-provider." + PROVIDER, start);
        String answer = text(client.receive("hub.to-provider." + PROVIDER));
        assertThat(answer).contains("ST305-1").doesNotContain("RetourCode");
        Message forwarded = client.receive("hub.to-municipality.0917");
        assertThat(forwarded.getStringProperty("CentrumhubKind")).isEqualTo("FORWARD");
        assertThat(org.centrumhub.hub.CoreClient.bytes(forwarded)).isEqualTo(start);
        client.nothingOn("hub.to-municipality.0935", 1000);
    }

    /**
     * The same start addressed to a municipality outside the arrangement: the hub judges it for that municipality,
     * which issued no such assignment, so the standard's code (TR019, 9019) answers it and nothing is forwarded.
     */
    @Test
    void aStartAddressedOutsideTheRegionForARegionClientIsRejected() throws Exception {
        String bsn = TestBsns.nth(532);
        assign("0917", bsn, 830101, "45", "830102", "45", "ST301-2");
        client.send("hub.from-provider." + PROVIDER, start("ST305-2", "0983", bsn, 830101, 830102));
        assertThat(text(client.receive("hub.to-provider." + PROVIDER))).contains("ST305-2")
                .contains("<jw306:RetourCode>9019</jw306:RetourCode>");
        client.nothingOn("hub.to-municipality.0983", 1000);
        client.nothingOn("hub.to-municipality.0917", 500);
    }

    /** A declaration still waiting on the day its 325 is due is answered then, with the codes that still apply. */
    @Test
    void aWaitingDeclarationIsAnsweredOnItsDueDateWithTheCodesThatStillApply() throws Exception {
        String bsn = TestBsns.nth(541);
        DeclarationDoc doc = DeclarationDoc.ijw(PROVIDER, "1883").identificatie("WT-2").number("WT2").period(AUGUST)
                .line(bsn, Line.debit("W-2", 840001, "45", "45A01", AUGUST, 3, 6500));
        client.send("hub.from-provider." + PROVIDER, doc.bytes());
        client.nothingOn("hub.to-provider." + PROVIDER, 2000);
        jdbc.update("UPDATE waiting_declaration SET due = current_date WHERE message_id = "
                + "(SELECT id FROM message WHERE identificatie = 'WT-2')");
        String answer = text(client.receive("hub.to-provider." + PROVIDER));
        assertThat(answer).contains("WT-2").contains("<jw325:RetourCode>9338</jw325:RetourCode>")
                .doesNotContain("8001");
        assertThat(jdbc.queryForObject("SELECT outcome FROM message WHERE identificatie = 'WT-2'", String.class))
                .isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM waiting_declaration w JOIN message m ON m.id = w.message_id "
                + "WHERE m.identificatie = 'WT-2'", Long.class)).isZero();
    }

    private static byte[] start(String identificatie, String addressee, String bsn, long first, long second) {
        String product = "Client/StartProducten/StartProduct";
        return Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", identificatie)
                .set("Header/Ontvanger", addressee).set("Client/Bsn", bsn)
                .set(product + "[1]/ToewijzingNummer", Long.toString(first))
                .set(product + "[2]/ToewijzingNummer", Long.toString(second)).toBytes();
    }

    /** Sends a 301 with two products (numbers and categories given) and takes the forwarded copy off the queue. */
    private void assign(String municipality, String bsn, long first, String firstCategory, String second,
                        String secondCategory, String identificatie) throws Exception {
        String product = "Client/ToegewezenProducten/ToegewezenProduct";
        byte[] assignment = Fixture.load("ijw/jw301-valid.xml").set("Header/Afzender", municipality)
                .set("Header/BerichtIdentificatie/Identificatie", identificatie).set("Client/Bsn", bsn)
                .set(product + "[1]/ToewijzingNummer", Long.toString(first))
                .set(product + "[1]/Product/Categorie", firstCategory)
                .set(product + "[2]/ToewijzingNummer", second)
                .set(product + "[2]/Product/Categorie", secondCategory).toBytes();
        client.send("hub.from-municipality." + municipality, assignment);
        assertThat(text(client.receive("hub.to-provider." + PROVIDER))).contains(identificatie);
    }

    private String declare(DeclarationDoc doc) throws Exception {
        client.send("hub.from-provider." + PROVIDER, doc.bytes());
        Message answer = client.receive("hub.to-provider." + PROVIDER);
        assertThat(answer.getStringProperty("CentrumhubKind")).isEqualTo("ANSWER");
        return text(answer);
    }

    /** Every part that arrived on the participants' queues (waiting briefly for all of them). */
    private List<Message> parts() throws Exception {
        List<Message> parts = new ArrayList<>();
        for (String municipality : List.of("0935", "0917", "1883")) {
            var consumer = client.session("hub.to-municipality." + municipality).createConsumer(client.session("hub.to-municipality." + municipality).createQueue("hub.to-municipality." + municipality));
            Message message;
            while ((message = consumer.receive(1500)) != null) {
                assertThat(message.getStringProperty("CentrumhubKind")).isEqualTo("DECLARATION");
                parts.add(message);
            }
            consumer.close();
        }
        return parts;
    }

    private static String part(List<Message> parts, String municipality) throws Exception {
        for (Message part : parts) {
            String xml = text(part);
            if (xml.contains("<jw323:Ontvanger>" + municipality + "</jw323:Ontvanger>")) {
                return xml;
            }
        }
        throw new AssertionError("no part for " + municipality);
    }

    private static String between(String xml, String element) {
        Matcher m = Pattern.compile("<jw325:" + element + ">(.*?)</jw325:" + element + ">", Pattern.DOTALL).matcher(xml);
        assertThat(m.find()).as(element).isTrue();
        return m.group(1);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).header("Authorization", SERVERS.basic("operator")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
