package org.centrumhub.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrumhub.hub.CoreClient.bytes;
import static org.centrumhub.hub.CoreClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.CoreClient;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.hub.StompClient;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.ProviderRetour;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Messages sent by real clients over the broker's TCP acceptor, as a provider's or municipality's system would: the
 * hub answers what is sent to a municipality, forwards what is sent to a provider and relays the provider's own
 * retour, refuses transport faults with error notices, and stores every message with what became of it. The hub
 * runs eight intake consumers here.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class IntakeRouteTest {
    static final HubTestServers SERVERS = new HubTestServers();
    private static final String PROVIDER_IN = "hub.from-provider.12345678";
    private static final String PROVIDER_OUT = "hub.to-provider.12345678";
    private static final String MUNICIPALITY_IN = "hub.from-municipality.0935";
    private static final String MUNICIPALITY_OUT = "hub.to-municipality.0935";
    private static final String ASSIGNED = "Client/ToegewezenProducten/ToegewezenProduct";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
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
    void acceptedStartIsAnsweredAndForwardedWithTheHubsId() throws Exception {
        assign(Fixture.load("ijw/jw301-valid.xml"), "IT301-A1");
        byte[] start = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-A").toBytes();
        String sentId = client.send(PROVIDER_IN, start);

        Message answer = client.receive(PROVIDER_OUT);
        assertThat(text(answer)).contains("<jw306:BerichtCode>439</jw306:BerichtCode>").contains("IT305-A")
                .doesNotContain("RetourCode");
        Message forward = client.receive(MUNICIPALITY_OUT);
        assertThat(bytes(forward)).isEqualTo(start);
        String hubId = answer.getStringProperty("CentrumhubMessageId");
        assertThat(forward.getStringProperty("CentrumhubMessageId")).as("one id for everything about a message")
                .isEqualTo(hubId).isNotEqualTo(sentId);
        assertThat(answer.getStringProperty("CentrumhubKind")).isEqualTo("ANSWER");
        assertThat(forward.getStringProperty("CentrumhubKind")).isEqualTo("FORWARD");
        assertThat(jdbc.queryForObject("SELECT outcome FROM message WHERE id = ?::uuid AND client_message_id = ?",
                String.class, hubId, sentId)).isEqualTo("ACCEPTED");
    }

    @Test
    void inMessageFaultIsAnsweredWith0001AndNotForwarded() throws Exception {
        byte[] stop = Fixture.load("iwmo/wmo307-valid.xml").set("Client/Bsn", "999900019")
                .set("Header/BerichtIdentificatie/Identificatie", "IT307-B").toBytes();
        client.send(PROVIDER_IN, stop);

        String answer = text(client.receive(PROVIDER_OUT));
        assertThat(answer).contains("<wmo308:RetourCode>0001</wmo308:RetourCode>").contains("XsltVersie");
        client.nothingOn(MUNICIPALITY_OUT, 1500);
    }

    @Test
    void notWellFormedGetsAnErrorNoticeWithTheOriginalId() throws Exception {
        String sentId = client.send(PROVIDER_IN, "this is no XML".getBytes(StandardCharsets.UTF_8));

        Message notice = client.receive("hub.errors.12345678");
        JsonNode json = new ObjectMapper().readTree(text(notice));
        assertThat(json.get("code").asText()).isEqualTo("NOT_WELL_FORMED");
        assertThat(json.get("messageId").asText()).isEqualTo(sentId);
        assertThat(json.get("hubMessageId").asText()).isEqualTo(notice.getStringProperty("CentrumhubMessageId"));
        assertThat(json.get("reason").asText()).isNotBlank();
    }

    @Test
    void aJmsMessageThatCarriesNoDocumentIsRefusedAsUnreadable() throws Exception {
        var map = client.session(PROVIDER_IN).createMapMessage();
        map.setString("Bericht", "not a message of the standard");
        client.session(PROVIDER_IN).createProducer(client.session(PROVIDER_IN).createQueue(PROVIDER_IN)).send(map);
        JsonNode notice = new ObjectMapper().readTree(text(client.receive("hub.errors.12345678")));
        assertThat(notice.get("code").asText()).isEqualTo("UNREADABLE");
        assertThat(notice.get("reason").asText()).contains("MapMessage");
    }

    @Test
    void spoofedAfzenderIsRefused() throws Exception {
        byte[] start = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-S").toBytes();
        client.send("hub.from-provider.87654321", start);

        JsonNode notice = new ObjectMapper().readTree(text(client.receive("hub.errors.87654321")));
        assertThat(notice.get("code").asText()).isEqualTo("WRONG_SENDER");
        assertThat(notice.get("reason").asText()).contains("12345678");
    }

    @Test
    void theProviderAnswersAnAssignmentAndItsRetourIsRelayed() throws Exception {
        byte[] assignment = Fixture.load("ijw/jw301-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT301-P")
                .toBytes();
        client.send(MUNICIPALITY_IN, assignment);
        Message forward = client.receive(PROVIDER_OUT);
        assertThat(bytes(forward)).isEqualTo(assignment);
        client.nothingOn(MUNICIPALITY_OUT, 1500);

        byte[] retour = ProviderRetour.accepting(assignment, "P302-1");
        client.send(PROVIDER_IN, retour);
        Message relayed = client.receive(MUNICIPALITY_OUT);
        assertThat(bytes(relayed)).as("the provider's own retour, unchanged").isEqualTo(retour);
        assertThat(relayed.getStringProperty("CentrumhubKind")).isEqualTo("RELAY");
        String heen = forward.getStringProperty("CentrumhubMessageId");
        assertThat(jdbc.queryForObject("SELECT outcome || '/' || receiver_verdict FROM message WHERE id = ?::uuid",
                String.class, heen)).isEqualTo("FORWARDED/ACCEPTED");
        assertThat(jdbc.queryForObject("SELECT in_reply_to::text FROM message WHERE id = ?::uuid", String.class,
                relayed.getStringProperty("CentrumhubMessageId"))).isEqualTo(heen);
        // for operators: the provider answered within the standard's 3 working days
        assertThat(meters.find("centrumhub.retours").tags("type", "JW302", "band", "on-time").counter())
                .isNotNull().satisfies(counter -> assertThat(counter.count()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void aProviderThatRejectsAnAssignmentIsHeardAndTheAssignmentLinksNothing() throws Exception {
        Fixture assignmentFixture = Fixture.load("ijw/jw301-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT301-R")
                .set("Client/Bsn", "999900079").set(ASSIGNED + "[1]/ToewijzingNummer", "720101")
                .remove(ASSIGNED + "[2]");
        byte[] assignment = assignmentFixture.toBytes();
        client.send(MUNICIPALITY_IN, assignment);
        client.receive(PROVIDER_OUT);
        byte[] rejection = ProviderRetour.rejecting(assignment, "P302-R", "TR332", "9332", "/Bericht/" + ASSIGNED);
        client.send(PROVIDER_IN, rejection);
        assertThat(text(client.receive(MUNICIPALITY_OUT))).contains("<jw302:RetourCode>9332</jw302:RetourCode>");

        byte[] start = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-R")
                .set("Client/Bsn", "999900079").set("Client/StartProducten/StartProduct[1]/ToewijzingNummer", "720101")
                .remove("Client/StartProducten/StartProduct[2]").toBytes();
        client.send(PROVIDER_IN, start);
        assertThat(text(client.receive(PROVIDER_OUT))).as("a rejected assignment is not current")
                .contains("<jw306:RetourCode>9019</jw306:RetourCode>");
    }

    @Test
    void aRetourThatAnswersNothingIsRefused() throws Exception {
        byte[] stray = ProviderRetour.accepting(Fixture.load("ijw/jw301-valid.xml")
                .set("Header/BerichtIdentificatie/Identificatie", "NEVER-SENT").toBytes(), "P302-X");
        client.send(PROVIDER_IN, stray);
        JsonNode notice = new ObjectMapper().readTree(text(client.receive("hub.errors.12345678")));
        assertThat(notice.get("code").asText()).isEqualTo("UNMATCHED_RETOUR");
        assertThat(notice.get("reason").asText()).contains("NEVER-SENT");
        client.nothingOn(MUNICIPALITY_OUT, 1000);
    }

    @Test
    void anAssignmentWithAnInMessageFaultIsAnsweredByTheHubAndNotForwarded() throws Exception {
        client.send(MUNICIPALITY_IN, Fixture.load("ijw/jw301-valid.xml")
                .set("Header/BerichtIdentificatie/Identificatie", "IT301-F").set("Client/Bsn", "999900019").toBytes());
        assertThat(text(client.receive(MUNICIPALITY_OUT))).contains("<jw302:RetourCode>0001</jw302:RetourCode>");
        client.nothingOn(PROVIDER_OUT, 1500);
    }

    @Test
    void repeatedIdentificatieIsAnsweredWith9056AndNotForwardedAgain() throws Exception {
        assign(Fixture.load("iwmo/wmo301-valid.xml"), "IT301-A2");
        byte[] start = Fixture.load("iwmo/wmo305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-D")
                .toBytes();
        client.send(PROVIDER_IN, start);
        assertThat(text(client.receive(PROVIDER_OUT))).doesNotContain("RetourCode");
        assertThat(bytes(client.receive(MUNICIPALITY_OUT))).isEqualTo(start);

        client.send(PROVIDER_IN, start);
        assertThat(text(client.receive(PROVIDER_OUT))).contains("<wmo306:RetourCode>9056</wmo306:RetourCode>");
        client.nothingOn(MUNICIPALITY_OUT, 1500);
        assertThat(jdbc.queryForList("SELECT outcome FROM message WHERE identificatie = 'IT305-D' ORDER BY received_at",
                String.class)).containsExactly("ACCEPTED", "REJECTED");
    }

    @Test
    void startWithoutAssignmentIsAnsweredWith9019OnItsLine() throws Exception {
        byte[] start = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-U")
                .set("Client/Bsn", "999900043").toBytes();
        client.send(PROVIDER_IN, start);
        String answer = text(client.receive(PROVIDER_OUT));
        assertThat(answer).contains("<jw306:RetourCode>9019</jw306:RetourCode>").contains("<jw306:StartProduct>");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE message_id IN "
                + "(SELECT id FROM message WHERE identificatie = 'IT305-U')", Integer.class)).isZero();
    }

    @Test
    void storesKnowClientsByKeyNeverByBsn() throws Exception {
        assign(Fixture.load("ijw/jw301-valid.xml"), "IT301-K");
        assertThat(jdbc.queryForList("SELECT client_key FROM assignment", String.class))
                .isNotEmpty().allMatch(key -> key.matches("[0-9a-f]{64}"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM assignment WHERE client_key LIKE '%999900018%'",
                Integer.class)).isZero();
    }

    @Test
    void requestRulesReadTheRequestStoreAndAnswersGoWithTheHubsAdvice() throws Exception {
        assign(Fixture.load("iwmo/wmo301-valid.xml"), "IT301-R2");
        byte[] vow = Fixture.load("iwmo/wmo317-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT317-R1")
                .set("Client/Verzoek/ReferentieAanbieder", "IT-VOW-R").toBytes();
        client.send(PROVIDER_IN, vow);
        assertThat(text(client.receive(PROVIDER_OUT))).doesNotContain("RetourCode");
        assertThat(bytes(client.receive(MUNICIPALITY_OUT))).isEqualTo(vow);

        client.send(PROVIDER_IN, Fixture.load("iwmo/wmo317-valid.xml")
                .set("Header/BerichtIdentificatie/Identificatie", "IT317-R2")
                .set("Client/Verzoek/ReferentieAanbieder", "IT-VOW-R").toBytes());
        assertThat(text(client.receive(PROVIDER_OUT))).contains("<wmo318:RetourCode>9347</wmo318:RetourCode>");

        byte[] answer = Fixture.load("iwmo/wmo319-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT319-R")
                .set("Antwoord/ReferentieAanbieder", "IT-VOW-UNKNOWN").toBytes();
        client.send(MUNICIPALITY_IN, answer);
        Message forwarded = client.receive(PROVIDER_OUT);
        assertThat(bytes(forwarded)).as("the provider judges the answer").isEqualTo(answer);
        assertThat(forwarded.getStringProperty("CentrumhubAdvice")).isEqualTo("9355");
        client.nothingOn(MUNICIPALITY_OUT, 1000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM request WHERE reference = 'IT-VOW-R'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void everyMessageTypeTakesItsPathOverTheBroker() throws Exception {
        String bsn = "999900055";
        assertThat(org.centrumhub.transform.rules.Bsn.passesElevenTest(bsn)).isTrue();
        // 301 from the municipality: forwarded to the provider, whose 302 goes back to the municipality
        byte[] assignment = Fixture.load("ijw/jw301-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-301")
                .set("Client/Bsn", bsn).set(ASSIGNED + "[1]/ToewijzingNummer", "710101")
                .set(ASSIGNED + "[2]/ToewijzingNummer", "710102").toBytes();
        forwardedAndAnswered(MUNICIPALITY_IN, assignment, PROVIDER_OUT, PROVIDER_IN, MUNICIPALITY_OUT);
        byte[] start = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-305")
                .set("Client/Bsn", bsn).set("Client/StartProducten/StartProduct[1]/ToewijzingNummer", "710101")
                .set("Client/StartProducten/StartProduct[2]/ToewijzingNummer", "710102").toBytes();
        answeredAndForwarded(PROVIDER_IN, start, PROVIDER_OUT, "jw306", MUNICIPALITY_OUT);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM message WHERE assignment_numbers @> ARRAY[710101, 710102]::bigint[]",
                Integer.class)).as("the 301 and the 305 name both assignments (an accepting 302 is its header only)").isEqualTo(2);
        byte[] stop = Fixture.load("ijw/jw307-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-307")
                .set("Client/Bsn", bsn).set("Client/StopProducten/StopProduct/ToewijzingNummer", "710101").toBytes();
        answeredAndForwarded(PROVIDER_IN, stop, PROVIDER_OUT, "jw308", MUNICIPALITY_OUT);
        byte[] vot = Fixture.load("ijw/jw315-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-315")
                .set("Client/AangevraagdeProducten/AangevraagdProduct[1]/ReferentieAanbieder", "ALL-VOT-1")
                .set("Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder", "ALL-VOT-2").toBytes();
        answeredAndForwarded(PROVIDER_IN, vot, PROVIDER_OUT, "jw316", MUNICIPALITY_OUT);
        byte[] vow = Fixture.load("ijw/jw317-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-317")
                .set("Client/Bsn", bsn).set("Client/Verzoek/ReferentieAanbieder", "ALL-VOW")
                .set("Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct/ToewijzingNummer", "710102")
                .set("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/ToewijzingNummer", "710101").toBytes();
        answeredAndForwarded(PROVIDER_IN, vow, PROVIDER_OUT, "jw318", MUNICIPALITY_OUT);
        byte[] answer = Fixture.load("ijw/jw319-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-319")
                .set("Antwoord/ReferentieAanbieder", "ALL-VOW").toBytes();
        forwardedAndAnswered(MUNICIPALITY_IN, answer, PROVIDER_OUT, PROVIDER_IN, MUNICIPALITY_OUT);
        // a declaration on assignments the hub does not know yet waits for them (CentreMunicipalityScenarioTest
        // shows the rest: judged, answered with its 325, split per participant, settled)
        byte[] declaration = Fixture.load("ijw/jw323-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-323")
                .set("Declaratie/DeclaratieNummer", "ALL323").toBytes();
        client.send(PROVIDER_IN, declaration);
        client.nothingOn(MUNICIPALITY_OUT, 1500);
        assertThat(jdbc.queryForObject("SELECT outcome FROM message WHERE identificatie = 'ALL-323'", String.class))
                .isEqualTo("WAITING");
    }

    @Test
    void amqpAndStompClientsWithoutMessageIdsGetTheirAnswers() throws Exception {
        byte[] start = Fixture.load("iwmo/wmo305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-AMQP")
                .set("Client/Bsn", "999900067").remove("Client/StartProducten/StartProduct[2]")
                .remove("Client/StartProducten/StartProduct/ToewijzingNummer").toBytes();
        String amqpUrl = SERVERS.brokerUrl().replace("tcp://", "amqp://");
        try (var amqp = new org.apache.qpid.jms.JmsConnectionFactory("12345678", SERVERS.password("12345678"), amqpUrl).createConnection()) {
            amqp.start();
            Session amqpSession = amqp.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var producer = amqpSession.createProducer(amqpSession.createQueue(PROVIDER_IN));
            producer.setDisableMessageID(true);
            BytesMessage message = amqpSession.createBytesMessage();
            message.writeBytes(start);
            producer.send(message);
            Message answer = amqpSession.createConsumer(amqpSession.createQueue(PROVIDER_OUT)).receive(CoreClient.WAIT);
            assertThat(text(answer)).contains("IT305-AMQP").doesNotContain("RetourCode");
        }
        assertThat(bytes(client.receive(MUNICIPALITY_OUT))).isEqualTo(start);

        byte[] stompStart = Fixture.load("iwmo/wmo305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-STOMP")
                .set("Client/Bsn", "999900080").remove("Client/StartProducten/StartProduct[2]")
                .remove("Client/StartProducten/StartProduct/ToewijzingNummer").toBytes();
        URI broker = URI.create(SERVERS.brokerUrl());
        try (StompClient stomp = new StompClient(broker.getHost(), broker.getPort(), SERVERS.dataDir(), "12345678")) {
            stomp.subscribe(PROVIDER_OUT);
            stomp.send(PROVIDER_IN, stompStart);
            StompClient.Frame answer = stomp.receive((int) CoreClient.WAIT);
            assertThat(answer).isNotNull();
            assertThat(answer.text()).contains("IT305-STOMP").doesNotContain("RetourCode");
            assertThat(answer.headers().get("CentrumhubMessageId")).isNotBlank();
        }
        assertThat(bytes(client.receive(MUNICIPALITY_OUT))).isEqualTo(stompStart);
    }

    /** Sends a message the hub judges: its answer comes back to the sender, the message goes on. */
    private void answeredAndForwarded(String from, byte[] message, String answerQueue, String answerType,
                                      String forwardQueue) throws Exception {
        client.send(from, message);
        String answer = text(client.receive(answerQueue));
        assertThat(answer).as("answer to a message on " + from).contains("<" + answerType + ":Bericht")
                .doesNotContain("RetourCode");
        assertThat(bytes(client.receive(forwardQueue))).isEqualTo(message);
    }

    /** Sends a message for a provider: forwarded unanswered; the provider's accepting retour is relayed back. */
    private void forwardedAndAnswered(String from, byte[] message, String forwardQueue, String providerIn,
                                      String relayQueue) throws Exception {
        client.send(from, message);
        assertThat(bytes(client.receive(forwardQueue))).isEqualTo(message);
        byte[] retour = ProviderRetour.accepting(message, "P-" + Integer.toHexString(java.util.Arrays.hashCode(message)));
        client.send(providerIn, retour);
        assertThat(bytes(client.receive(relayQueue))).isEqualTo(retour);
    }

    /** The municipality assigns (a 301 fixture): the provider receives it and answers it. */
    private void assign(Fixture fixture, String identificatie) throws Exception {
        forwardedAndAnswered(MUNICIPALITY_IN, fixture.set("Header/BerichtIdentificatie/Identificatie", identificatie)
                .toBytes(), PROVIDER_OUT, PROVIDER_IN, MUNICIPALITY_OUT);
    }
}
