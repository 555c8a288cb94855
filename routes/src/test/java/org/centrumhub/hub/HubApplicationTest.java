package org.centrumhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.centrumhub.hub.config.JmsConfiguration;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hub starts on its embedded defaults with real servers: PostgreSQL (Flyway-migrated, partitioned message
 * store), Artemis reachable over TCP with the CORE protocol, Camel named for Hawtio, health and the console served.
 */
@CamelSpringBootTest
@DisableJmx(false)
@AutoConfigureObservability
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HubApplicationTest {
    static final HubTestServers SERVERS = new HubTestServers();
    static final Path dataDir = SERVERS.dataDir();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
        registry.add("centrumhub.broker.consumer-window-size", () -> "256KB");
    }

    @LocalServerPort
    int httpPort;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;
    @Autowired
    jakarta.jms.ConnectionFactory connectionFactory;

    @Test
    void postgresIsRealAndMigrated() {
        assertThat(jdbc.queryForObject("SHOW server_version", String.class)).startsWith("15.");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("SELECT inhrelid::regclass::text FROM pg_inherits "
                + "WHERE inhparent = 'message'::regclass", String.class)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void theHubsConnectionFactoryTakesItsBrokerSettings() {
        ActiveMQConnectionFactory artemis = (ActiveMQConnectionFactory) JmsConfiguration.target(connectionFactory);
        assertThat(artemis.getMinLargeMessageSize()).as("the default, 8 MB").isEqualTo(8 * 1024 * 1024);
        assertThat(artemis.getConsumerWindowSize()).as("set for this test").isEqualTo(256 * 1024);
    }

    @Test
    void brokerAcceptsCoreClientsOverTcpAndPersistsItsJournal() throws Exception {
        // a provider's system sends on its address; the municipality's takes the forwarded message off its queue
        ActiveMQConnectionFactory provider = new ActiveMQConnectionFactory(SERVERS.brokerUrl(), "12345678",
                SERVERS.password("12345678"));
        byte[] start = Traffic.starts("PING", 1).get(0);
        try (provider; Connection connection = provider.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            var message = session.createBytesMessage();
            message.writeBytes(start);
            session.createProducer(session.createQueue("hub.from-provider.12345678")).send(message);
            session.commit();
        }
        ActiveMQConnectionFactory municipality = new ActiveMQConnectionFactory(SERVERS.brokerUrl(), "0935",
                SERVERS.password("0935"));
        try (municipality; Connection connection = municipality.createConnection()) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue("hub.to-municipality.0935"));
            Message received = consumer.receive(20_000);
            session.commit();
            assertThat(CoreClient.bytes(received)).isEqualTo(start);
        }
        assertThat(dataDir.resolve("artemis/journal")).isDirectory();
    }

    @Test
    void camelIsNamedAndOperatorEndpointsAnswer() throws Exception {
        assertThat(camel.getName()).isEqualTo("centrumhub");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> hawtio = http.send(HttpRequest.newBuilder(uri("/hawtio/")).header("Authorization",
                        SERVERS.basic("operator")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(hawtio.statusCode()).isEqualTo(200);
        assertThat(hawtio.body()).containsIgnoringCase("hawtio");
        HttpResponse<String> jolokia = http.send(HttpRequest.newBuilder(uri(
                "/jolokia/search/org.apache.camel:type=context,*")).header("Authorization", SERVERS.basic("operator"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(jolokia.body()).contains("context=centrumhub");
        HttpResponse<String> routes = http.send(HttpRequest.newBuilder(uri(
                "/jolokia/search/org.apache.camel:type=routes,*")).header("Authorization", SERVERS.basic("operator"))
                .build(), HttpResponse.BodyHandlers.ofString());
        for (var route : camel.getRoutes()) {
            assertThat(routes.body()).as("route MBean of " + route.getRouteId())
                    .contains("name=\\\"" + route.getRouteId() + "\\\"");
        }
        assertThat(camel.getRoutes()).extracting(r -> r.getRouteId())
                .contains("intake", "inbound-providers", "inbound-municipalities")
                .as("consumers are sized by load: no route per party")
                .noneMatch(id -> id.matches(".*[0-9]{4,8}"));
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri("/metrics"))
                        .header("Authorization", SERVERS.basic("operator")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }
}
