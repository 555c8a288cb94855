package org.centrumhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.centrumhub.hub.security.Credentials;

/**
 * Parties' systems on the hub's broker over CORE: each queue is used through a connection logged in as the party
 * the queue belongs to (the code at the end of its name, e.g. {@code hub.from-provider.12345678} as 12345678, with
 * its password from the hub's credentials folder), as each party's own system would; {@code hub.dlq} as operator.
 */
public final class CoreClient implements AutoCloseable {
    public static final long WAIT = 20_000;
    private final String brokerUrl;
    private final Path dataDir;
    private final Map<String, Login> logins = new LinkedHashMap<>();

    private record Login(ActiveMQConnectionFactory factory, Connection connection, Session session) {
    }

    public CoreClient(String brokerUrl, Path dataDir) {
        this.brokerUrl = brokerUrl;
        this.dataDir = dataDir;
    }

    /** The login that owns a queue: the party whose code ends its name, or the operator for anything else. */
    public static String ownerOf(String queue) {
        String last = queue.substring(queue.lastIndexOf('.') + 1);
        return last.matches("[0-9]{4}|[0-9]{8}") ? last : Credentials.OPERATOR;
    }

    /** The session of the party that owns the queue. */
    public Session session(String queue) throws JMSException {
        return login(ownerOf(queue)).session();
    }

    private Login login(String user) throws JMSException {
        Login login = logins.get(user);
        if (login == null) {
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl, user,
                    Credentials.passwordOf(dataDir, user));
            Connection connection = factory.createConnection();
            connection.start();
            login = new Login(factory, connection, connection.createSession(false, Session.AUTO_ACKNOWLEDGE));
            logins.put(user, login);
        }
        return login;
    }

    /** Sends the bytes as a BytesMessage; returns the JMSMessageID the client gave it. */
    public String send(String queue, byte[] body) throws JMSException {
        Session session = session(queue);
        BytesMessage message = session.createBytesMessage();
        message.writeBytes(body);
        session.createProducer(session.createQueue(queue)).send(message);
        return message.getJMSMessageID();
    }

    /** The next message on a queue; fails when none arrives in time. */
    public Message receive(String queue) throws JMSException {
        return receive(queue, WAIT);
    }

    /** The next message on a queue; fails when none arrives within {@code millis}. */
    public Message receive(String queue, long millis) throws JMSException {
        Session session = session(queue);
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            Message message = consumer.receive(millis);
            assertThat(message).as("a message on " + queue).isNotNull();
            return message;
        }
    }

    /** Asserts that nothing arrives on a queue for a while. */
    public void nothingOn(String queue, long millis) throws JMSException {
        Session session = session(queue);
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            Message message = consumer.receive(millis);
            assertThat(message).as("nothing on " + queue).isNull();
        }
    }

    public static byte[] bytes(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText().getBytes(StandardCharsets.UTF_8);
        }
        BytesMessage bytes = (BytesMessage) message;
        byte[] body = new byte[(int) bytes.getBodyLength()];
        bytes.readBytes(body);
        return body;
    }

    public static String text(Message message) throws JMSException {
        return new String(bytes(message), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws JMSException {
        for (Login login : logins.values()) {
            login.connection().close();
            login.factory().close();
        }
        logins.clear();
    }
}
