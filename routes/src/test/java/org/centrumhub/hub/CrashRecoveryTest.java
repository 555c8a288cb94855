package org.centrumhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills the hub process for real (SIGKILL) while thousands of messages are in flight, starts it again on the same
 * data, and checks that every message was answered and forwarded exactly once and that no store row is doubled.
 */
class CrashRecoveryTest {
    private static final int MESSAGES = 3000;
    private static final Pattern IDENTIFICATIE = Pattern.compile("<ijw:Identificatie>(CR\\d+)</ijw:Identificatie>");
    private final HubProcess hub = new HubProcess("--centrumhub.intake.consumers=4");

    @AfterEach
    void stopHub() throws Exception {
        hub.stop();
    }

    @Test
    void killedMidStreamEveryMessageIsAnsweredOnce() throws Exception {
        hub.start();
        sendStarts();
        awaitProcessedAtLeast(MESSAGES / 5);
        hub.kill();

        hub.start();
        Map<String, Integer> answers = drain("hub.to-provider.12345678", MESSAGES);
        Map<String, Integer> forwards = drain("hub.to-municipality.0935", MESSAGES);

        assertThat(answers).hasSize(MESSAGES);
        assertThat(answers.values()).as("answers per message").containsOnly(1);
        assertThat(forwards).hasSize(MESSAGES);
        assertThat(forwards.values()).as("forwards per message").containsOnly(1);
        try (var db = DriverManager.getConnection(hub.jdbcUrl()); var statement = db.createStatement()) {
            assertThat(single(statement.executeQuery("SELECT count(*) FROM message"))).isEqualTo(MESSAGES);
            assertThat(single(statement.executeQuery("SELECT count(DISTINCT identificatie) FROM message")))
                    .isEqualTo(MESSAGES);
            assertThat(single(statement.executeQuery("SELECT count(*) FROM message WHERE outcome <> 'ACCEPTED'"))).isZero();
            assertThat(single(statement.executeQuery("SELECT count(*) FROM delivery"))).isEqualTo(MESSAGES);
        }
    }

    /** Starts of care for MESSAGES different clients (task-based: no ToewijzingNummer), sent in batches. */
    private void sendStarts() throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(hub.brokerUrl());
             Connection connection = factory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue("hub.from-provider.12345678"));
            for (int i = 0; i < MESSAGES; i++) {
                byte[] start = Fixture.load("ijw/jw305-valid.xml")
                        .set("Header/BerichtIdentificatie/Identificatie", "CR" + i)
                        .set("Client/Bsn", TestBsns.nth(i))
                        .remove("Client/StartProducten/StartProduct[2]")
                        .remove("Client/StartProducten/StartProduct/ToewijzingNummer")
                        .toBytes();
                BytesMessage message = session.createBytesMessage();
                message.writeBytes(start);
                producer.send(message);
                if (i % 200 == 199) {
                    session.commit();
                }
            }
            session.commit();
        }
    }

    private void awaitProcessedAtLeast(int count) throws Exception {
        Pattern counter = Pattern.compile("centrumhub_messages_total\\{[^}]*} ([0-9.E]+)");
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            Matcher matcher = counter.matcher(hub.get("/metrics"));
            double processed = 0;
            while (matcher.find()) {
                processed += Double.parseDouble(matcher.group(1));
            }
            if (processed >= count) {
                assertThat(processed).as("killed while messages were still in flight").isLessThan(MESSAGES);
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the hub did not process " + count + " messages in time");
    }

    /** Takes messages off a queue until it stays empty, counting them per Identificatie of the heen message. */
    private Map<String, Integer> drain(String queue, int expected) throws Exception {
        Map<String, Integer> seen = new HashMap<>();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(hub.brokerUrl());
             Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            long deadline = System.currentTimeMillis() + 180_000;
            while (System.currentTimeMillis() < deadline) {
                Message message = consumer.receive(seen.size() >= expected ? 3000 : 10_000);
                if (message == null) {
                    if (seen.size() >= expected) {
                        break;
                    }
                    continue;
                }
                BytesMessage bytes = (BytesMessage) message;
                byte[] body = new byte[(int) bytes.getBodyLength()];
                bytes.readBytes(body);
                Matcher id = IDENTIFICATIE.matcher(new String(body, StandardCharsets.UTF_8));
                assertThat(id.find()).as("an Identificatie in the message on " + queue).isTrue();
                seen.merge(id.group(1), 1, Integer::sum);
            }
        }
        return seen;
    }

    private static long single(ResultSet result) throws Exception {
        try (result) {
            result.next();
            return result.getLong(1);
        }
    }
}
