package org.centrumhub.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.transform.fixtures.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Messages sent by a real CORE client over the broker's TCP acceptor, as a provider's or municipality's system
 * would: the standard's answer comes back on the sender's queue, accepted messages are forwarded, transport faults
 * come back as error notices, and every message is in the store.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class IntakeRouteTest {
    static final HubTestServers SERVERS = new HubTestServers();
    private static final long WAIT = 15_000;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    private ActiveMQConnectionFactory factory;
    private Connection connection;
    private Session session;

    @BeforeEach
    void connect() throws Exception {
        factory = new ActiveMQConnectionFactory(SERVERS.brokerUrl());
        connection = factory.createConnection();
        connection.start();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        factory.close();
    }

    @Test
    void acceptedStartIsAnsweredAndForwarded() throws Exception {
        assign("ijw/jw301-valid.xml", "IT301-A1");
        byte[] start = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-A").toBytes();
        String sentId = send("hub.from-provider.12345678", start);

        String answer = text(receive("hub.to-provider.12345678"));
        assertThat(answer).contains("<jw306:BerichtCode>439</jw306:BerichtCode>").contains("IT305-A")
                .doesNotContain("RetourCode");
        assertThat(bytes(receive("hub.to-municipality.0935"))).isEqualTo(start);
        assertThat(jdbc.queryForObject("SELECT status FROM message WHERE broker_message_id = ?", String.class, sentId))
                .isEqualTo("accepted");
    }

    @Test
    void inMessageFaultIsAnsweredWith0001AndNotForwarded() throws Exception {
        byte[] stop = Fixture.load("iwmo/wmo307-valid.xml").set("Client/Bsn", "999900019")
                .set("Header/BerichtIdentificatie/Identificatie", "IT307-B").toBytes();
        send("hub.from-provider.12345678", stop);

        String answer = text(receive("hub.to-provider.12345678"));
        assertThat(answer).contains("<wmo308:RetourCode>0001</wmo308:RetourCode>").contains("XsltVersie");
        try (MessageConsumer forwarded = session.createConsumer(session.createQueue("hub.to-municipality.0935"))) {
            assertThat(forwarded.receive(1500)).isNull();
        }
    }

    @Test
    void notWellFormedGetsAnErrorNoticeWithTheOriginalId() throws Exception {
        String sentId = send("hub.from-provider.12345678", "this is no XML".getBytes(StandardCharsets.UTF_8));

        JsonNode notice = new ObjectMapper().readTree(text(receive("hub.errors.12345678")));
        assertThat(notice.get("code").asText()).isEqualTo("NOT_WELL_FORMED");
        assertThat(notice.get("messageId").asText()).isEqualTo(sentId);
        assertThat(notice.get("reason").asText()).isNotBlank();
    }

    @Test
    void spoofedAfzenderIsRefused() throws Exception {
        byte[] start = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-S").toBytes();
        send("hub.from-provider.87654321", start);

        JsonNode notice = new ObjectMapper().readTree(text(receive("hub.errors.87654321")));
        assertThat(notice.get("code").asText()).isEqualTo("WRONG_SENDER");
        assertThat(notice.get("reason").asText()).contains("12345678");
    }

    @Test
    void assignmentFromTheMunicipalityReachesTheProvider() throws Exception {
        byte[] assignment = Fixture.load("ijw/jw301-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT301-A")
                .toBytes();
        send("hub.from-municipality.0935", assignment);

        assertThat(bytes(receive("hub.to-provider.12345678"))).isEqualTo(assignment);
        assertThat(text(receive("hub.to-municipality.0935"))).contains("<jw302:BerichtCode>");
    }

    @Test
    void repeatedIdentificatieIsAnsweredWith9056AndNotForwardedAgain() throws Exception {
        assign("iwmo/wmo301-valid.xml", "IT301-A2");
        byte[] start = Fixture.load("iwmo/wmo305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-D")
                .toBytes();
        send("hub.from-provider.12345678", start);
        assertThat(text(receive("hub.to-provider.12345678"))).doesNotContain("RetourCode");
        assertThat(bytes(receive("hub.to-municipality.0935"))).isEqualTo(start);

        send("hub.from-provider.12345678", start);
        assertThat(text(receive("hub.to-provider.12345678"))).contains("<wmo306:RetourCode>9056</wmo306:RetourCode>");
        try (MessageConsumer forwarded = session.createConsumer(session.createQueue("hub.to-municipality.0935"))) {
            assertThat(forwarded.receive(1500)).isNull();
        }
        assertThat(jdbc.queryForList("SELECT status FROM message WHERE identificatie = 'IT305-D' ORDER BY received_at",
                String.class)).containsExactly("accepted", "rejected");
    }

    @Test
    void startWithoutAssignmentIsAnsweredWith9019OnItsLine() throws Exception {
        byte[] start = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-U")
                .set("Client/Bsn", "999900043").toBytes();
        send("hub.from-provider.12345678", start);
        String answer = text(receive("hub.to-provider.12345678"));
        assertThat(answer).contains("<jw306:RetourCode>9019</jw306:RetourCode>").contains("<jw306:StartProduct>");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM delivery WHERE message_id IN "
                + "(SELECT id FROM message WHERE identificatie = 'IT305-U')", Integer.class)).isZero();
    }

    @Test
    void storesKnowClientsByKeyNeverByBsn() throws Exception {
        assign("ijw/jw301-valid.xml", "IT301-K");
        assertThat(jdbc.queryForList("SELECT client_key FROM assignment", String.class))
                .isNotEmpty().allMatch(key -> key.matches("[0-9a-f]{64}"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM assignment WHERE client_key LIKE '%999900018%'",
                Integer.class)).isZero();
    }

    @Test
    void requestRulesReadTheRequestStore() throws Exception {
        assign("iwmo/wmo301-valid.xml", "IT301-R");
        byte[] vow = Fixture.load("iwmo/wmo317-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT317-R1")
                .set("Client/Verzoek/ReferentieAanbieder", "IT-VOW-R").toBytes();
        send("hub.from-provider.12345678", vow);
        assertThat(text(receive("hub.to-provider.12345678"))).doesNotContain("RetourCode");
        assertThat(bytes(receive("hub.to-municipality.0935"))).isEqualTo(vow);

        send("hub.from-provider.12345678", Fixture.load("iwmo/wmo317-valid.xml")
                .set("Header/BerichtIdentificatie/Identificatie", "IT317-R2")
                .set("Client/Verzoek/ReferentieAanbieder", "IT-VOW-R").toBytes());
        assertThat(text(receive("hub.to-provider.12345678"))).contains("<wmo318:RetourCode>9347</wmo318:RetourCode>");

        send("hub.from-municipality.0935", Fixture.load("iwmo/wmo319-valid.xml")
                .set("Header/BerichtIdentificatie/Identificatie", "IT319-R")
                .set("Antwoord/ReferentieAanbieder", "IT-VOW-UNKNOWN").toBytes());
        assertThat(text(receive("hub.to-municipality.0935"))).contains("<wmo320:RetourCode>9355</wmo320:RetourCode>");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM request WHERE reference = 'IT-VOW-R'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void everyHeenMessageTypeIsAnsweredAndForwardedOverTheBroker() throws Exception {
        String bsn = "999900055";
        assertThat(org.centrumhub.transform.rules.Bsn.passesElevenTest(bsn)).isTrue();
        // 301 from the municipality: the hub answers with 302 and forwards it to the provider
        byte[] assignment = Fixture.load("ijw/jw301-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-301")
                .set("Client/Bsn", bsn).set("Client/ToegewezenProducten/ToegewezenProduct[1]/ToewijzingNummer", "710101")
                .set("Client/ToegewezenProducten/ToegewezenProduct[2]/ToewijzingNummer", "710102").toBytes();
        exchange("hub.from-municipality.0935", assignment, "hub.to-municipality.0935", "jw302", "hub.to-provider.12345678");
        byte[] start = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-305")
                .set("Client/Bsn", bsn).set("Client/StartProducten/StartProduct[1]/ToewijzingNummer", "710101")
                .set("Client/StartProducten/StartProduct[2]/ToewijzingNummer", "710102").toBytes();
        exchange("hub.from-provider.12345678", start, "hub.to-provider.12345678", "jw306", "hub.to-municipality.0935");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM message WHERE assignment_numbers @> ARRAY[710101, 710102]::bigint[]",
                Integer.class)).as("the 301 and the 305 name both assignments").isEqualTo(2);
        byte[] stop = Fixture.load("ijw/jw307-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-307")
                .set("Client/Bsn", bsn).set("Client/StopProducten/StopProduct/ToewijzingNummer", "710101").toBytes();
        exchange("hub.from-provider.12345678", stop, "hub.to-provider.12345678", "jw308", "hub.to-municipality.0935");
        byte[] vot = Fixture.load("ijw/jw315-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-315")
                .set("Client/AangevraagdeProducten/AangevraagdProduct[1]/ReferentieAanbieder", "ALL-VOT-1")
                .set("Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder", "ALL-VOT-2").toBytes();
        exchange("hub.from-provider.12345678", vot, "hub.to-provider.12345678", "jw316", "hub.to-municipality.0935");
        byte[] vow = Fixture.load("ijw/jw317-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-317")
                .set("Client/Bsn", bsn).set("Client/Verzoek/ReferentieAanbieder", "ALL-VOW")
                .set("Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct/ToewijzingNummer", "710102")
                .set("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/ToewijzingNummer", "710101").toBytes();
        exchange("hub.from-provider.12345678", vow, "hub.to-provider.12345678", "jw318", "hub.to-municipality.0935");
        byte[] answer = Fixture.load("ijw/jw319-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-319")
                .set("Antwoord/ReferentieAanbieder", "ALL-VOW").toBytes();
        exchange("hub.from-municipality.0935", answer, "hub.to-municipality.0935", "jw320", "hub.to-provider.12345678");
        // a declaration is stored and forwarded; its 325 comes when declarations are judged
        byte[] declaration = Fixture.load("ijw/jw323-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "ALL-323")
                .toBytes();
        send("hub.from-provider.12345678", declaration);
        assertThat(bytes(receive("hub.to-municipality.0935"))).isEqualTo(declaration);
        assertThat(jdbc.queryForObject("SELECT status FROM message WHERE identificatie = 'ALL-323'", String.class))
                .isEqualTo("accepted");
    }

    @Test
    void amqpAndStompClientsUseTheSameAcceptor() throws Exception {
        byte[] start = Fixture.load("iwmo/wmo305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "IT305-AMQP")
                .set("Client/Bsn", "999900067").remove("Client/StartProducten/StartProduct[2]")
                .remove("Client/StartProducten/StartProduct/ToewijzingNummer").toBytes();
        String amqpUrl = SERVERS.brokerUrl().replace("tcp://", "amqp://");
        try (var amqp = new org.apache.qpid.jms.JmsConnectionFactory(amqpUrl).createConnection()) {
            amqp.start();
            Session amqpSession = amqp.createSession(false, Session.AUTO_ACKNOWLEDGE);
            BytesMessage message = amqpSession.createBytesMessage();
            message.writeBytes(start);
            amqpSession.createProducer(amqpSession.createQueue("hub.from-provider.12345678")).send(message);
            Message answer = amqpSession.createConsumer(amqpSession.createQueue("hub.to-provider.12345678")).receive(WAIT);
            assertThat(text(answer)).contains("IT305-AMQP").doesNotContain("RetourCode");
        }
        assertThat(bytes(receive("hub.to-municipality.0935"))).isEqualTo(start);
        URI broker = URI.create(SERVERS.brokerUrl());
        try (Socket stomp = new Socket(broker.getHost(), broker.getPort())) {
            stomp.setSoTimeout(5000);
            stomp.getOutputStream().write("CONNECT\naccept-version:1.2\nhost:hub\n\n\u0000".getBytes(StandardCharsets.UTF_8));
            byte[] reply = new byte[9];
            int read = stomp.getInputStream().readNBytes(reply, 0, reply.length);
            assertThat(new String(reply, 0, read, StandardCharsets.US_ASCII)).isEqualTo("CONNECTED");
        }
    }

    /** Sends a heen message and expects the hub's accepting answer on the sender's queue and the forward. */
    private void exchange(String from, byte[] message, String answerQueue, String answerType, String forwardQueue)
            throws Exception {
        send(from, message);
        String answer = text(receive(answerQueue));
        assertThat(answer).as("answer to a message on " + from).contains("<" + answerType + ":Bericht")
                .doesNotContain("RetourCode");
        assertThat(bytes(receive(forwardQueue))).isEqualTo(message);
    }

    /** The municipality assigns (the 301 fixture); its forward and the hub's 302 are taken off the queues. */
    private void assign(String fixture, String identificatie) throws Exception {
        send("hub.from-municipality.0935", Fixture.load(fixture)
                .set("Header/BerichtIdentificatie/Identificatie", identificatie).toBytes());
        assertThat(text(receive("hub.to-municipality.0935"))).contains("02:BerichtCode>").doesNotContain("RetourCode");
        assertThat(text(receive("hub.to-provider.12345678"))).contains(identificatie);
    }

    private String send(String queue, byte[] body) throws Exception {
        BytesMessage message = session.createBytesMessage();
        message.writeBytes(body);
        session.createProducer(session.createQueue(queue)).send(message);
        return message.getJMSMessageID();
    }

    private Message receive(String queue) throws Exception {
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            Message message = consumer.receive(WAIT);
            assertThat(message).as("a message on " + queue).isNotNull();
            return message;
        }
    }

    private static byte[] bytes(Message message) throws Exception {
        if (message instanceof TextMessage text) {
            return text.getText().getBytes(StandardCharsets.UTF_8);
        }
        BytesMessage bytes = (BytesMessage) message;
        byte[] body = new byte[(int) bytes.getBodyLength()];
        bytes.readBytes(body);
        return body;
    }

    private static String text(Message message) throws Exception {
        return new String(bytes(message), StandardCharsets.UTF_8);
    }
}
