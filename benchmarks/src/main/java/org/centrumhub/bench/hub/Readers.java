package org.centrumhub.bench.hub;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parties reading their queues the whole time, as a region's municipalities read what the hub sends them (forwarded
 * starts, declaration parts): the messages are taken off and dropped, so no queue grows during the benchmark.
 */
public final class Readers implements AutoCloseable {
    private final List<Connection> connections = new ArrayList<>();
    private final AtomicLong read = new AtomicLong();

    public Readers(Broker broker, List<Address> addresses) throws JMSException {
        try {
            for (Address address : addresses) {
                Connection connection = broker.connect(address.login());
                connections.add(connection);
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                session.createConsumer(session.createQueue(address.queue())).setMessageListener(m -> read.incrementAndGet());
                connection.start();
            }
        } catch (JMSException e) {
            close();
            throw e;
        }
    }

    public long read() {
        return read.get();
    }

    @Override
    public void close() throws JMSException {
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
