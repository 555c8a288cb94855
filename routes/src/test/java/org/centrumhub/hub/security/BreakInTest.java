package org.centrumhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.CoreClient;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.hub.StompClient;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An outsider and a nosy party try the hub's doors: every one of them must stay shut, and the parties' own doors
 * open. Provider 12345678 and municipality 0935 are the honest parties; provider 87654321 is the nosy one.
 */
@AutoConfigureObservability
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BreakInTest {
    static final HubTestServers SERVERS = new HubTestServers();
    private static final String PROVIDER = "12345678";
    private static final String NOSY = "87654321";
    private static final String MUNICIPALITY = "0935";
    private static final AtomicInteger STARTS = new AtomicInteger();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private CoreClient client;

    @BeforeEach
    void connect() {
        client = SERVERS.client();
    }

    @AfterEach
    void disconnect() throws JMSException {
        client.close();
    }

    // --- the broker ---

    @Test
    void anAnonymousConnectionIsRefused() {
        assertThatThrownBy(() -> connect(null, null)).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> connect(PROVIDER, "guessed")).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> connect("99999999", "guessed")).as("an unregistered code")
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void anAnonymousStompClientIsRefused() {
        URI broker = URI.create(SERVERS.brokerUrl());
        assertThatThrownBy(() -> new StompClient(broker.getHost(), broker.getPort(), (String) null, null).close())
                .isInstanceOf(IOException.class).hasMessageContaining("refused");
        assertThatThrownBy(() -> new StompClient(broker.getHost(), broker.getPort(), PROVIDER, "guessed").close())
                .isInstanceOf(IOException.class).hasMessageContaining("refused");
    }

    @Test
    void aPartySendsOnlyOnItsOwnAddress() throws Exception {
        try (Connection nosy = connect(NOSY, SERVERS.password(NOSY))) {
            Session session = nosy.createSession(false, Session.AUTO_ACKNOWLEDGE);
            for (String address : new String[] {"hub.from-provider." + PROVIDER, "hub.from-municipality." + MUNICIPALITY,
                    "hub.to-municipality." + MUNICIPALITY, "hub.to-provider." + NOSY, "hub.errors." + PROVIDER,
                    "hub.intake", "hub.inbound.from-providers", "hub.dlq", "somewhere.else"}) {
                assertThatThrownBy(() -> send(session, address, start("NOSY")))
                        .as("sending to " + address).isInstanceOf(JMSSecurityException.class);
            }
        }
    }

    @Test
    void aPartyReadsOnlyItsOwnQueues() throws Exception {
        honestPartiesHaveTheirQueues();
        try (Connection nosy = connect(NOSY, SERVERS.password(NOSY))) {
            nosy.start();
            Session session = nosy.createSession(false, Session.AUTO_ACKNOWLEDGE);
            for (String queue : new String[] {"hub.to-provider." + PROVIDER, "hub.errors." + PROVIDER,
                    "hub.to-municipality." + MUNICIPALITY, "hub.from-provider." + NOSY, "hub.from-provider." + PROVIDER,
                    "hub.inbound.from-providers", "hub.inbound.from-municipalities", "hub.intake", "hub.dlq"}) {
                assertThatThrownBy(() -> session.createConsumer(session.createQueue(queue)).close())
                        .as("consuming " + queue).isInstanceOf(JMSSecurityException.class);
                assertThatThrownBy(() -> session.createBrowser(session.createQueue(queue)).getEnumeration()
                        .hasMoreElements()).as("browsing " + queue).isInstanceOf(JMSSecurityException.class);
            }
            // its own queues it may read
            session.createConsumer(session.createQueue("hub.to-provider." + NOSY)).close();
            session.createConsumer(session.createQueue("hub.errors." + NOSY)).close();
        }
    }

    @Test
    void aPartyCreatesAndDeletesNothingNotEvenOnItsOwnAddresses() throws Exception {
        ServerLocator locator = ActiveMQClient.createServerLocator(SERVERS.brokerUrl());
        try (locator; ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession nosy = factory.createSession(NOSY, SERVERS.password(NOSY), false, true, true, false, 0)) {
            String answers = "hub.to-provider." + NOSY;
            // its login made its three queues (PartyArrivals)
            for (String own : new String[] {answers, "hub.errors." + NOSY, "hub.from-provider." + NOSY}) {
                assertThat(nosy.queueQuery(SimpleString.of(own)).isExists()).as(own).isTrue();
            }
            String[][] refused = {
                    {answers, "squat"}, // another queue on its own address
                    {"hub.from-provider." + NOSY, "hub.to-provider." + PROVIDER}, // a name the hub may use later
                    {"hub.to-provider.99999999", "hub.to-provider.99999999"}, // an address no party has
                    {"hub.intake", "hub.intake.copy"}};
            for (String[] queue : refused) {
                assertThatThrownBy(() -> nosy.createQueue(QueueConfiguration.of(queue[1]).setAddress(queue[0])
                        .setRoutingType(RoutingType.ANYCAST).setDurable(true)))
                        .as("creating " + queue[1] + " on " + queue[0]).isInstanceOf(ActiveMQSecurityException.class);
            }
            assertThatThrownBy(() -> nosy.createQueue(QueueConfiguration.of("mine").setAddress(answers)
                    .setRoutingType(RoutingType.MULTICAST).setDurable(false).setTemporary(true)))
                    .as("a temporary queue").isInstanceOf(ActiveMQSecurityException.class);
            assertThatThrownBy(() -> nosy.createAddress(SimpleString.of("hub.to-provider.99999999"),
                    RoutingType.ANYCAST, false)).as("an address").isInstanceOf(ActiveMQSecurityException.class);
            assertThatThrownBy(() -> nosy.deleteQueue(answers)).as("deleting its own queue")
                    .isInstanceOf(ActiveMQSecurityException.class);
        }
    }

    @Test
    void operatorsMayBrowseTheDeadLettersButNotTakeThem() throws Exception {
        try (Connection operator = connect(Credentials.OPERATOR, SERVERS.password(Credentials.OPERATOR))) {
            operator.start();
            Session session = operator.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createBrowser(session.createQueue("hub.dlq")).getEnumeration().hasMoreElements();
            assertThatThrownBy(() -> session.createConsumer(session.createQueue("hub.dlq")).close())
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> send(session, "hub.from-provider." + PROVIDER, start("OP")))
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void clientSetPropertiesDoNotPassTheHub() throws Exception {
        byte[] start = start("PROPS");
        Session session = client.session("hub.from-provider." + PROVIDER);
        BytesMessage message = session.createBytesMessage();
        message.writeBytes(start);
        message.setStringProperty("CentrumhubMessageId", "00000000-0000-0000-0000-000000000001");
        message.setStringProperty("CentrumhubKind", "DECLARATION");
        message.setStringProperty("CentrumhubRejudge", "true");
        message.setStringProperty("CentrumhubPartyCode", MUNICIPALITY);
        message.setStringProperty("Evil", "passed on");
        message.setStringProperty("JMSXGroupID", "someone-else");
        session.createProducer(session.createQueue("hub.from-provider." + PROVIDER)).send(message);

        Message answer = client.receive("hub.to-provider." + PROVIDER);
        assertThat(CoreClient.text(answer)).contains("PROPS").doesNotContain("RetourCode");
        Message forwarded = client.receive("hub.to-municipality." + MUNICIPALITY);
        assertThat(CoreClient.bytes(forwarded)).isEqualTo(start);
        for (Message out : new Message[] {answer, forwarded}) {
            assertThat(out.getStringProperty("CentrumhubMessageId")).isNotEqualTo("00000000-0000-0000-0000-000000000001");
            assertThat(out.propertyExists("Evil")).isFalse();
            assertThat(out.propertyExists("CentrumhubRejudge")).isFalse();
            assertThat(out.getStringProperty("CentrumhubPartyCode")).isNotEqualTo(MUNICIPALITY);
            assertThat(out.getStringProperty("JMSXGroupID")).isNotEqualTo("someone-else");
        }
        assertThat(forwarded.getStringProperty("CentrumhubKind")).isNotEqualTo("DECLARATION");
    }

    @Test
    void theBrokersOwnSendingAddressIsTheProofOfTheSender() throws Exception {
        // another provider's start, sent on the nosy provider's own address with the broker's divert headers forged to
        // say it came from the real provider's address
        try (Connection nosy = connect(NOSY, SERVERS.password(NOSY))) {
            Session session = nosy.createSession(false, Session.AUTO_ACKNOWLEDGE);
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(start("FORGED"));
            message.setStringProperty("_AMQ_ORIG_ADDRESS", "hub.from-provider." + PROVIDER);
            message.setLongProperty("_AMQ_ORIG_MESSAGE_ID", 1L);
            message.setStringProperty("_AMQ_ORIG_QUEUE", "hub.from-provider." + PROVIDER);
            message.setStringProperty("_AMQ_GROUP_ID", "hub.from-provider." + PROVIDER);
            session.createProducer(session.createQueue("hub.from-provider." + NOSY)).send(message);
        }
        JsonNode notice = new ObjectMapper().readTree(CoreClient.text(client.receive("hub.errors." + NOSY)));
        assertThat(notice.get("code").asText()).as("judged as the nosy provider's message").isEqualTo("WRONG_SENDER");
        client.nothingOn("hub.to-provider." + PROVIDER, 1000);
        client.nothingOn("hub.to-municipality." + MUNICIPALITY, 500);
    }

    // --- HTTP ---

    @Test
    void anAnonymousOrWronglyLoggedInPostIsRefused() throws Exception {
        assertThat(post(null, "/api/v1/messages").statusCode()).isEqualTo(401);
        assertThat(post(basic(PROVIDER, "guessed"), "/api/v1/messages").statusCode()).isEqualTo(401);
        assertThat(post(null, "/api/v1/messages?sender=" + PROVIDER).statusCode()).as("a sender parameter is no login")
                .isEqualTo(401);
    }

    @Test
    void aPartyCannotReadAnotherPartysMessage() throws Exception {
        HttpResponse<String> posted = post(SERVERS.basic(PROVIDER), "/api/v1/messages");
        assertThat(posted.statusCode()).isEqualTo(202);
        String id = json.readTree(posted.body()).get("id").asText();
        assertThat(awaitStatus(id, SERVERS.basic(PROVIDER))).isEqualTo(200);
        assertThat(get("/api/v1/messages/" + id, SERVERS.basic(MUNICIPALITY)).statusCode())
                .as("the receiver reads it").isEqualTo(200);
        assertThat(get("/api/v1/messages/" + id, SERVERS.basic(NOSY)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/messages/" + id + "/answer", SERVERS.basic(NOSY)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/messages/" + id + "/answer", SERVERS.basic(PROVIDER)).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/messages/" + id, SERVERS.basic(Credentials.OPERATOR)).statusCode()).isEqualTo(200);
    }

    @Test
    void operatorEndpointsWantAnOperatorLogin() throws Exception {
        for (String path : new String[] {"/jolokia/version", "/metrics", "/hawtio/", "/api/v1/dlq",
                "/jolokia/exec/java.lang:type=Memory/gc"}) {
            assertThat(get(path, null).statusCode()).as(path + " anonymously").isIn(401, 302);
            assertThat(get(path, SERVERS.basic(PROVIDER)).statusCode()).as(path + " as a party").isEqualTo(403);
            assertThat(get(path, basic(Credentials.OPERATOR, "guessed")).statusCode()).as(path + " guessed")
                    .isEqualTo(401);
            assertThat(get(path, SERVERS.basic(Credentials.OPERATOR)).statusCode()).as(path + " as operator")
                    .isEqualTo(200);
        }
        assertThat(get("/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void settlementIsForMunicipalitiesOwnRowsAndOperators() throws Exception {
        assertThat(get("/api/v1/settlement?region=Zuid-Limburg&period=2026-10", SERVERS.basic(PROVIDER))
                .statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/settlement?region=Zuid-Limburg&period=2026-10", null).statusCode()).isEqualTo(401);
    }

    // --- the credentials themselves ---

    @Test
    void theCredentialsAreTheHubUsersAloneAndTheLoginStoreHoldsNoPassword() throws Exception {
        Credentials credentials = Credentials.prepare(SERVERS.dataDir(), java.util.List.of(PROVIDER, NOSY),
                java.util.List.of(MUNICIPALITY), (parties, operator) -> { });
        for (var file : new java.nio.file.Path[] {credentials.partiesFile(), credentials.operatorsFile(),
                credentials.usersFile(), credentials.rolesFile()}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        }
        String store = Files.readString(credentials.usersFile());
        for (String login : new String[] {PROVIDER, NOSY, MUNICIPALITY, Credentials.OPERATOR}) {
            assertThat(SERVERS.password(login)).hasSizeGreaterThanOrEqualTo(32);
            assertThat(store).contains(login + "=ENC(").doesNotContain(SERVERS.password(login));
        }
    }

    @Test
    void aRotatedPasswordCountsAtOnceAndTheOldOneNoLonger() throws Exception {
        String old = SERVERS.password(NOSY);
        Credentials.rotate(SERVERS.dataDir(), NOSY);
        String rotated = SERVERS.password(NOSY);
        assertThat(rotated).isNotEqualTo(old);
        assertThat(get("/api/v1/messages/00000000-0000-0000-0000-000000000000", basic(NOSY, old)).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/messages/00000000-0000-0000-0000-000000000000", basic(NOSY, rotated)).statusCode())
                .isEqualTo(404);
        try (Connection connection = connect(NOSY, rotated)) {
            connection.createSession(false, Session.AUTO_ACKNOWLEDGE).createConsumer(
                    connection.createSession(false, Session.AUTO_ACKNOWLEDGE).createQueue("hub.to-provider." + NOSY))
                    .close();
        }
    }

    // --- helpers ---

    /**
     * A party's queues are made at its first login (PartyArrivals): the honest parties log in, so that what the nosy one
     * tries meets queues that exist.
     */
    private static void honestPartiesHaveTheirQueues() throws JMSException {
        for (String party : new String[] {PROVIDER, MUNICIPALITY}) {
            try (Connection honest = connect(party, SERVERS.password(party))) {
                honest.createSession(false, Session.AUTO_ACKNOWLEDGE).close();
            }
        }
    }

    /** A start of care for a client of its own, accepted when the provider sends it. */
    private static byte[] start(String prefix) {
        int n = STARTS.incrementAndGet();
        return Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", prefix + n)
                .set("Client/Bsn", TestBsns.nth(7000 + n)).remove("Client/StartProducten/StartProduct[2]")
                .remove("Client/StartProducten/StartProduct/ToewijzingNummer").toBytes();
    }

    private static Connection connect(String user, String password) throws JMSException {
        ActiveMQConnectionFactory factory = user == null ? new ActiveMQConnectionFactory(SERVERS.brokerUrl())
                : new ActiveMQConnectionFactory(SERVERS.brokerUrl(), user, password);
        return factory.createConnection();
    }

    private static void send(Session session, String address, byte[] body) throws JMSException {
        BytesMessage message = session.createBytesMessage();
        message.writeBytes(body);
        session.createProducer(session.createQueue(address)).send(message);
    }

    private HttpResponse<String> post(String authorization, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(start("HTTP")));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int awaitStatus(String id, String authorization) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        int status = 0;
        while (System.currentTimeMillis() < deadline) {
            status = get("/api/v1/messages/" + id, authorization).statusCode();
            if (status == 200) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
