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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.builder.AdviceWith;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.CoreClient;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.hub.StompClient;
import org.centrumhub.hub.intake.Dispatch;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.transform.fixtures.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.UncategorizedJmsException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Faults injected into the intake route: the JMS commit lost after the store committed (as when the hub dies between
 * the two), for CORE, AMQP and STOMP senders, with and without a JMS message id of their own; and a message the hub
 * cannot process, which goes to the dead-letter queue with its reason and comes back by replay.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeFaultTest {
    static final HubTestServers SERVERS = new HubTestServers();
    /** Identificaties whose JMS commit is lost once, after their decision was stored; and how often that happened. */
    static final Map<String, Integer> LOSE_COMMIT_ONCE = new ConcurrentHashMap<>();
    /** Identificaties whose handling fails once after their answer went to the broker; and how often they were sent. */
    static final Map<String, Integer> FAIL_AFTER_SENDING_ONCE = new ConcurrentHashMap<>();
    /** Identificaties the hub cannot process while they are in here. */
    static final Set<String> POISON = ConcurrentHashMap.newKeySet();
    private static boolean advised;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
        // a lost commit is rolled back at once (no retries in the route), so the broker's redelivery is what is tested
        registry.add("centrumhub.intake.transient-retries", () -> "0");
        registry.add("centrumhub.intake.redeliveries", () -> "1");
    }

    @Autowired
    CamelContext camel;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;
    private CoreClient client;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void adviseOnceAndConnect() throws Exception {
        if (!advised) {
            AdviceWith.adviceWith(camel, "intake", route -> {
                route.weaveById("judge").before().process(exchange -> {
                    String body = exchange.getMessage().getBody(String.class);
                    if (POISON.stream().anyMatch(body::contains)) {
                        throw new IllegalStateException("injected: the hub cannot process this message");
                    }
                });
                route.weaveById("send").after().process(exchange -> {
                    MessageStore.Stored decision = exchange.getProperty(Dispatch.DECISION, MessageStore.Stored.class);
                    Integer sent = decision == null ? null
                            : FAIL_AFTER_SENDING_ONCE.computeIfPresent(decision.identificatie(), (id, times) -> times + 1);
                    if (sent != null && sent == 1) {
                        throw new UncategorizedJmsException("injected: the transaction fails after the answer was sent");
                    }
                });
                route.weaveById("judge").after().process(exchange -> {
                    String identificatie = exchange.getProperty(Dispatch.DECISION, MessageStore.Stored.class).identificatie();
                    Integer attempt = LOSE_COMMIT_ONCE.computeIfPresent(identificatie, (id, times) -> times + 1);
                    if (attempt != null && attempt == 1) {
                        throw new UncategorizedJmsException("injected: the JMS commit did not happen");
                    }
                });
            });
            advised = true;
        }
        client = SERVERS.client();
    }

    @AfterEach
    void close() throws Exception {
        client.close();
    }

    private static byte[] start(String identificatie, String bsn) {
        return Fixture.load("iwmo/wmo305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", identificatie)
                .set("Client/Bsn", bsn).remove("Client/StartProducten/StartProduct[2]")
                .remove("Client/StartProducten/StartProduct/ToewijzingNummer").toBytes();
    }

    @Test
    void aCoreSenderGetsOneAnswerWhenTheCommitIsLost() throws Exception {
        byte[] start = start("LOST-CORE", "999900092");
        LOSE_COMMIT_ONCE.put("LOST-CORE", 0);
        client.send("hub.from-provider.12345678", start);
        oneAnswerOneForward("LOST-CORE", start);
    }

    @Test
    void anAmqpSenderWithoutMessageIdGetsOneAnswerWhenTheCommitIsLost() throws Exception {
        byte[] start = start("LOST-AMQP", "999900109");
        LOSE_COMMIT_ONCE.put("LOST-AMQP", 0);
        try (var amqp = new org.apache.qpid.jms.JmsConnectionFactory("12345678", SERVERS.password("12345678"),
                SERVERS.brokerUrl().replace("tcp://", "amqp://"))
                .createConnection()) {
            Session session = amqp.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var producer = session.createProducer(session.createQueue("hub.from-provider.12345678"));
            producer.setDisableMessageID(true);
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(start);
            producer.send(message);
        }
        oneAnswerOneForward("LOST-AMQP", start);
    }

    @Test
    void aStompSenderGetsOneAnswerWhenTheCommitIsLost() throws Exception {
        byte[] start = start("LOST-STOMP", "999900110");
        LOSE_COMMIT_ONCE.put("LOST-STOMP", 0);
        URI broker = URI.create(SERVERS.brokerUrl());
        try (StompClient stomp = new StompClient(broker.getHost(), broker.getPort(), SERVERS.dataDir(), "12345678")) {
            stomp.send("hub.from-provider.12345678", start);
        }
        oneAnswerOneForward("LOST-STOMP", start);
    }

    @Test
    void whatWasSentIsRolledBackWithTheMessageWhenItsTransactionFails() throws Exception {
        // the answer reaches the broker, then the handling fails: the answer must go back with the message, which is
        // taken again and answered again, so the provider sees one answer and the municipality one forward
        byte[] start = start("FAIL-SENT", "999900134");
        FAIL_AFTER_SENDING_ONCE.put("FAIL-SENT", 0);
        client.send("hub.from-provider.12345678", start);

        Message answer = client.receive("hub.to-provider.12345678");
        assertThat(text(answer)).contains("FAIL-SENT").doesNotContain("RetourCode");
        assertThat(bytes(client.receive("hub.to-municipality.0935"))).isEqualTo(start);
        client.nothingOn("hub.to-provider.12345678", 2000);
        client.nothingOn("hub.to-municipality.0935", 500);
        assertThat(FAIL_AFTER_SENDING_ONCE.get("FAIL-SENT")).as("sent, rolled back, sent again")
                .isGreaterThanOrEqualTo(3);
    }

    private void oneAnswerOneForward(String identificatie, byte[] start) throws Exception {
        Message answer = client.receive("hub.to-provider.12345678");
        assertThat(text(answer)).contains(identificatie).doesNotContain("RetourCode");
        assertThat(bytes(client.receive("hub.to-municipality.0935"))).isEqualTo(start);
        client.nothingOn("hub.to-provider.12345678", 2000);
        client.nothingOn("hub.to-municipality.0935", 500);
        assertThat(LOSE_COMMIT_ONCE.get(identificatie)).as("the commit was lost once, then the decision replayed")
                .isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT outcome FROM message WHERE identificatie = ?", String.class, identificatie))
                .as("judged once").containsExactly("ACCEPTED");
    }

    @Test
    void aMessageTheHubCannotProcessIsDeadLetteredWithItsReasonThenReplayed() throws Exception {
        byte[] start = start("POISON-1", "999900122");
        POISON.add("POISON-1");
        client.send("hub.from-provider.12345678", start);

        Message noticeMessage = client.receive("hub.errors.12345678");
        JsonNode notice = json.readTree(text(noticeMessage));
        assertThat(notice.get("code").asText()).isEqualTo("PROCESSING_FAILED");
        assertThat(notice.get("reason").asText()).contains("injected");
        client.nothingOn("hub.to-provider.12345678", 1000);
        JsonNode letters = json.readTree(get("/api/v1/dlq").body());
        assertThat(letters).hasSize(1);
        JsonNode letter = letters.get(0);
        assertThat(letter.get("reason").asText()).contains("IllegalStateException").contains("injected");
        assertThat(letter.get("failedQueue").asText()).isEqualTo("hub.intake");
        assertThat(letter.get("hubMessageId").asText()).isEqualTo(notice.get("hubMessageId").asText());

        POISON.clear();
        HttpResponse<String> replay = http.send(HttpRequest.newBuilder(uri("/api/v1/dlq/" + letter.get("id").asText()
                + "/replay")).header("Authorization", SERVERS.basic("operator")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(replay.statusCode()).isEqualTo(202);
        Message answer = client.receive("hub.to-provider.12345678");
        assertThat(text(answer)).contains("POISON-1").doesNotContain("RetourCode");
        assertThat(answer.getStringProperty("CentrumhubMessageId")).isEqualTo(notice.get("hubMessageId").asText());
        assertThat(bytes(client.receive("hub.to-municipality.0935"))).isEqualTo(start);
        assertThat(json.readTree(get("/api/v1/dlq").body())).isEmpty();
    }

    @Test
    void everyRouteNamesTheErrorHandling() {
        assertThat(camel.getRoutes()).isNotEmpty();
        for (Route route : camel.getRoutes()) {
            assertThat(route.getConfigurationId()).as("error handling of " + route.getRouteId())
                    .isEqualTo(HubRouteConfiguration.ID);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", SERVERS.basic("operator")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
