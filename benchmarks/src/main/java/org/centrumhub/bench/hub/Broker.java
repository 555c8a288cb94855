package org.centrumhub.bench.hub;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.qpid.jms.JmsConnectionFactory;

/**
 * The hub's broker as a party reaches it: CORE (Artemis' own client) or AMQP 1.0 (Qpid JMS) on one URL, one
 * connection factory per login (an Artemis factory holds a server locator until it is closed).
 */
public final class Broker implements AutoCloseable {
    private final String protocol;
    private final String url;
    private final Map<Login, ConnectionFactory> factories = new ConcurrentHashMap<>();

    public Broker(String protocol, String url) {
        if (!protocol.equals("core") && !protocol.equals("amqp")) {
            throw new IllegalArgumentException("protocol is core or amqp, not " + protocol);
        }
        this.protocol = protocol;
        this.url = url;
    }

    /** The broker's TCP acceptor on the loopback, in the URL form of the protocol's client. */
    public static Broker local(String protocol, int port) {
        return new Broker(protocol, (protocol.equals("amqp") ? "amqp" : "tcp") + "://127.0.0.1:" + port);
    }

    public String protocol() {
        return protocol;
    }

    public Connection connect(Login login) throws JMSException {
        return factories.computeIfAbsent(login, l -> protocol.equals("amqp")
                ? new JmsConnectionFactory(l.user(), l.password(), url)
                : new ActiveMQConnectionFactory(url, l.user(), l.password())).createConnection();
    }

    @Override
    public void close() {
        factories.values().forEach(factory -> {
            if (factory instanceof ActiveMQConnectionFactory artemis) {
                artemis.close();
            }
        });
        factories.clear();
    }
}
