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
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** A party's system on the hub's broker over CORE: sends bytes to a queue, takes messages off one. */
public final class CoreClient implements AutoCloseable {
    public static final long WAIT = 20_000;
    private final ActiveMQConnectionFactory factory;
    private final Connection connection;
    private final Session session;

    public CoreClient(String brokerUrl) throws JMSException {
        factory = new ActiveMQConnectionFactory(brokerUrl);
        connection = factory.createConnection();
        connection.start();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    public Session session() {
        return session;
    }

    /** Sends the bytes as a BytesMessage; returns the JMSMessageID the client gave it. */
    public String send(String queue, byte[] body) throws JMSException {
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
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            Message message = consumer.receive(millis);
            assertThat(message).as("a message on " + queue).isNotNull();
            return message;
        }
    }

    /** Asserts that nothing arrives on a queue for a while. */
    public void nothingOn(String queue, long millis) throws JMSException {
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
        connection.close();
        factory.close();
    }
}
