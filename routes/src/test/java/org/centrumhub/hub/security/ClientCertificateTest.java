package org.centrumhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.CoreClient;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production option: the broker's acceptor with TLS and client authentication. A party whose certificate the
 * operator listed in {@code certificate-users.properties} logs in by its certificate alone and is confined like any
 * party; a client without a certificate, or with one nobody listed, does not get in. The keys are made here with the
 * JDK's keytool.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ClientCertificateTest {
    static final HubTestServers SERVERS = new HubTestServers();
    private static final String PASSWORD = TestKeys.PASSWORD;
    private static final TestKeys KEYS = new TestKeys(
            SERVERS.dataDir().resolveSibling(SERVERS.dataDir().getFileName() + "-keys"));
    private static final String PARTY_DN = "CN=12345678, O=Jeugdzorg Proef, C=NL";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        KEYS.make(Map.of("party", PARTY_DN, "stranger", "CN=99999999, O=Niemand, C=NL"));
        // the operator lists which certificate is which party (the stranger's is trusted by TLS, but nobody's)
        SecretFiles.createPrivate(Credentials.folderOf(SERVERS.dataDir()).resolve("certificate-users.properties"),
                "12345678=" + PARTY_DN.replace("=", "\\=").replace(",", "\\,") + "\n");
        SERVERS.register(registry);
        registry.add("centrumhub.broker.acceptor", () -> SERVERS.brokerUrl() + "?sslEnabled=true;needClientAuth=true;"
                + "keyStorePath=" + key("hub.p12") + ";keyStorePassword=" + PASSWORD + ";trustStorePath="
                + key("hub-trust.p12") + ";trustStorePassword=" + PASSWORD);
    }

    @Test
    void aListedCertificateIsItsPartyAndConfinedLikeOne() throws Exception {
        byte[] start = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "TLS-1")
                .set("Client/Bsn", TestBsns.nth(8101)).remove("Client/StartProducten/StartProduct[2]")
                .remove("Client/StartProducten/StartProduct/ToewijzingNummer").toBytes();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(tls("party.p12"));
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(start);
            session.createProducer(session.createQueue("hub.from-provider.12345678")).send(message);
            Message answer = session.createConsumer(session.createQueue("hub.to-provider.12345678"))
                    .receive(CoreClient.WAIT);
            assertThat(answer).isNotNull();
            assertThat(CoreClient.text(answer)).contains("TLS-1").doesNotContain("RetourCode");
            assertThatThrownBy(() -> session.createConsumer(session.createQueue("hub.to-municipality.0935")))
                    .isInstanceOf(JMSException.class);
        }
    }

    @Test
    void aCertificateNobodyListedIsRefused() {
        assertThatThrownBy(() -> {
            try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(tls("stranger.p12"));
                 Connection connection = factory.createConnection()) {
                connection.start();
            }
        }).isInstanceOf(JMSException.class);
    }

    @Test
    void aClientWithoutACertificateIsRefusedEvenWithAPassword() {
        String noCertificate = SERVERS.brokerUrl() + "?sslEnabled=true;trustStorePath=" + key("client-trust.p12")
                + ";trustStorePassword=" + PASSWORD + ";reconnectAttempts=0;initialConnectAttempts=1;callTimeout=3000"
                + ";sslHandshakeTimeout=3";
        assertThatThrownBy(() -> {
            try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(noCertificate, "12345678",
                    SERVERS.password("12345678"));
                 Connection connection = factory.createConnection()) {
                connection.start();
            }
        }).isInstanceOf(JMSException.class);
    }

    private static String tls(String keyStore) {
        return SERVERS.brokerUrl() + "?sslEnabled=true;keyStorePath=" + key(keyStore) + ";keyStorePassword=" + PASSWORD
                + ";trustStorePath=" + key("client-trust.p12") + ";trustStorePassword=" + PASSWORD
                + ";reconnectAttempts=0;initialConnectAttempts=1";
    }

    private static String key(String name) {
        return KEYS.path(name);
    }
}
