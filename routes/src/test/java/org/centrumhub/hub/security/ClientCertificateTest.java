package org.centrumhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    private static final String PASSWORD = "changeit";
    private static final Path KEYS = SERVERS.dataDir().resolveSibling(SERVERS.dataDir().getFileName() + "-keys");
    private static final String PARTY_DN = "CN=12345678, O=Jeugdzorg Proef, C=NL";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(KEYS);
        keytool("-genkeypair", "-alias", "hub", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", key("hub.p12"));
        keytool("-genkeypair", "-alias", "party", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", PARTY_DN,
                "-validity", "2", "-keystore", key("party.p12"));
        keytool("-genkeypair", "-alias", "stranger", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=99999999, O=Niemand, C=NL", "-validity", "2", "-keystore", key("stranger.p12"));
        for (String name : new String[] {"hub", "party", "stranger"}) {
            keytool("-exportcert", "-alias", name, "-keystore", key(name + ".p12"), "-file", key(name + ".crt"));
        }
        // the hub trusts both client certificates (one is simply not a registered party); the clients trust the hub
        keytool("-importcert", "-noprompt", "-alias", "party", "-file", key("party.crt"), "-keystore", key("hub-trust.p12"));
        keytool("-importcert", "-noprompt", "-alias", "stranger", "-file", key("stranger.crt"), "-keystore",
                key("hub-trust.p12"));
        keytool("-importcert", "-noprompt", "-alias", "hub", "-file", key("hub.crt"), "-keystore", key("client-trust.p12"));
        // the operator lists which certificate is which party
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
        return KEYS.resolve(name).toString();
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", arguments) + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
