package org.centrumhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.centrumhub.hub.security.Credentials;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;

/** Load for the fault tests: many starts of care, each for its own client, and counting what comes back. */
public final class Traffic {
    private static final Pattern IDENTIFICATIE = Pattern.compile("<ijw:Identificatie>([A-Z0-9-]+)</ijw:Identificatie>");

    private Traffic() {
    }

    /** Starts of care (task-based: no assignment needed, so each is accepted) for {@code count} different clients. */
    public static List<byte[]> starts(String prefix, int count) {
        return starts(prefix, count, "12345678", 0);
    }

    /**
     * Starts of care from a provider (its AGB code as Afzender) for {@code count} different clients, the n-th test
     * BSNs from {@code firstClient} on.
     */
    public static List<byte[]> starts(String prefix, int count, String provider, int firstClient) {
        List<byte[]> starts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            starts.add(Fixture.load("ijw/jw305-valid.xml")
                    .set("Header/Afzender", provider)
                    .set("Header/BerichtIdentificatie/Identificatie", prefix + i)
                    .set("Client/Bsn", TestBsns.nth(firstClient + i))
                    .remove("Client/StartProducten/StartProduct[2]")
                    .remove("Client/StartProducten/StartProduct/ToewijzingNummer")
                    .toBytes());
        }
        return starts;
    }

    /** Sends over CORE in transactions of 200. */
    public static void send(String brokerUrl, Path dataDir, String queue, List<byte[]> messages) throws Exception {
        try (ActiveMQConnectionFactory factory = factory(brokerUrl, dataDir, queue);
             Connection connection = factory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue(queue));
            for (int i = 0; i < messages.size(); i++) {
                var message = session.createBytesMessage();
                message.writeBytes(messages.get(i));
                producer.send(message);
                if (i % 200 == 199) {
                    session.commit();
                }
            }
            session.commit();
        }
    }

    /**
     * Takes messages off a queue until it stays empty for a few seconds after {@code expected} arrived (or a deadline
     * passes), counting them per Identificatie of the message they are about.
     */
    public static Map<String, Integer> drain(String brokerUrl, Path dataDir, String queue, int expected)
            throws Exception {
        Map<String, Integer> seen = new HashMap<>();
        try (ActiveMQConnectionFactory factory = factory(brokerUrl, dataDir, queue);
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            long deadline = System.currentTimeMillis() + 300_000;
            int total = 0;
            while (System.currentTimeMillis() < deadline) {
                Message message = consumer.receive(total >= expected ? 3000 : 10_000);
                if (message == null) {
                    if (total >= expected) {
                        break;
                    }
                    continue;
                }
                total++;
                Matcher id = IDENTIFICATIE.matcher(new String(CoreClient.bytes(message), StandardCharsets.UTF_8));
                assertThat(id.find()).as("an Identificatie in the message on " + queue).isTrue();
                seen.merge(id.group(1), 1, Integer::sum);
            }
        }
        return seen;
    }

    /** Every one of {@code count} messages sent by the provider was answered once and forwarded once. */
    public static void eachAnsweredAndForwardedOnce(String brokerUrl, Path dataDir, int count) throws Exception {
        Map<String, Integer> answers = drain(brokerUrl, dataDir, "hub.to-provider.12345678", count);
        Map<String, Integer> forwards = drain(brokerUrl, dataDir, "hub.to-municipality.0935", count);
        assertThat(answers).hasSize(count);
        assertThat(answers.values()).as("answers per message").containsOnly(1);
        assertThat(forwards).hasSize(count);
        assertThat(forwards.values()).as("forwards per message").containsOnly(1);
    }

    /** How many messages a queue holds, browsing it (operators may browse the dead-letter queue). */
    public static int count(String brokerUrl, Path dataDir, String queue) throws Exception {
        int count = 0;
        try (ActiveMQConnectionFactory factory = factory(brokerUrl, dataDir, queue);
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
                var messages = browser.getEnumeration();
                while (messages.hasMoreElements()) {
                    messages.nextElement();
                    count++;
                }
            }
        }
        return count;
    }

    /** A connection factory logged in as the owner of the queue. */
    private static ActiveMQConnectionFactory factory(String brokerUrl, Path dataDir, String queue) {
        String user = CoreClient.ownerOf(queue);
        return new ActiveMQConnectionFactory(brokerUrl, user, Credentials.passwordOf(dataDir, user));
    }
}
