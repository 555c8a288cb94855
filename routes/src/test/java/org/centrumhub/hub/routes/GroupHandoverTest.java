package org.centrumhub.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.activemq.artemis.api.core.ActiveMQNotConnectedException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.centrumhub.hub.SharedBroker;
import org.centrumhub.hub.config.BrokerConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * A message group that a consumer takes over from one whose connection failed (a node killed) is taken from its
 * oldest message: the messages the failed consumer held come back to the queue after the broker has already given
 * the group to another consumer ({@link GroupHandover}), and they are still taken first. A real Artemis with a
 * persistent journal and the hub's address settings; the consumers are a Camel JMS route set up as the hub's (local
 * transacted sessions, cached consumers); the failing consumer holds a few of the group's messages when the broker
 * fails its connection, the rest wait on the queue. With {@code group-handover-settle} 0 the route takes the waiting
 * messages before the held ones (this test then fails: the broker's behaviour the step is there for).
 */
class GroupHandoverTest {
    private static final String QUEUE = "hub.grouped";
    private static final String OTHER = "hub.other";
    /** How long the journal holds a write before it syncs: storage work pending for that long. */
    private static final int JOURNAL_BUFFER_NANOS = 50_000_000;
    private static final int MESSAGES = 60;

    @TempDir
    Path data;
    private final String url = "vm://" + (1000 + (int) (Math.random() * 8000));
    private EmbeddedActiveMQ broker;
    private DefaultCamelContext camel;

    @BeforeEach
    void startBroker() throws Exception {
        ConfigurationImpl configuration = SharedBroker.persistent("group-handover", data);
        configuration.setSecurityEnabled(false);
        configuration.setJournalType(JournalType.NIO);
        configuration.setJournalBufferTimeout_NIO(JOURNAL_BUFFER_NANOS);
        configuration.addAcceptorConfiguration("in-vm", url);
        configuration.addAddressSetting("hub.#", BrokerConfiguration.hubAddressSettings());
        configuration.addQueueConfiguration(QueueConfiguration.of(QUEUE).setRoutingType(RoutingType.ANYCAST)
                .setGroupFirstKey(GroupHandover.FIRST_FOR_CONSUMER));
        configuration.addQueueConfiguration(QueueConfiguration.of(OTHER).setRoutingType(RoutingType.ANYCAST));
        broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (camel != null) {
            camel.stop();
        }
        broker.stop();
    }

    @RepeatedTest(4)
    void aGroupTakenOverFromAFailedConsumerStartsAgainFromItsOldestMessage() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        List<String> taken = Collections.synchronizedList(new ArrayList<>());
        camel = new DefaultCamelContext();
        JmsComponent jms = JmsComponent.jmsComponent(new ActiveMQConnectionFactory(url));
        jms.getConfiguration().setTransacted(true);
        jms.getConfiguration().setLazyCreateTransactionManager(false);
        jms.getConfiguration().setCacheLevel(DefaultMessageListenerContainer.CACHE_CONSUMER);
        camel.addComponent("jms", jms);
        camel.getRegistry().bind("groupHandover", new GroupHandover(Duration.ofMillis(100), meters));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jms:queue:" + QUEUE + "?concurrentConsumers=3").routeId("takes").autoStartup(false)
                        .process("groupHandover")
                        .process(exchange -> taken.add(exchange.getIn().getHeader("JMSXGroupID", String.class) + ":"
                                + exchange.getIn().getHeader("seq", Integer.class)));
            }
        });
        camel.start();

        // a consumer that takes a few messages ahead (a small window), so most of the group waits on the queue
        String group = "client-1";
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url + "?consumerWindowSize=4096")) {
            send(factory, group);
            Connection doomed = factory.createConnection();
            doomed.setClientID("doomed");
            doomed.start();
            Session session = doomed.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue(QUEUE));
            Message first = consumer.receive(10_000);
            assertThat(first.getIntProperty("seq")).isZero();
            assertThat(first.getBooleanProperty(GroupHandover.FIRST_FOR_CONSUMER))
                    .as("the broker marks the first message of a group a consumer gets").isTrue();
            camel.getRouteController().startRoute("takes");
            failConnection("doomed");
            awaitTaken(taken, MESSAGES);
            closeQuietly(doomed);
        }
        assertThat(taken).as("the group taken over, in the order it was sent, each message once")
                .containsExactlyElementsOf(IntStream.range(0, MESSAGES).mapToObj(i -> group + ":" + i).toList());
        assertThat(meters.counter("centrumhub.group.handovers", "route", "takes").count())
                .as("the group was taken over once").isEqualTo(1);
    }

    private static void send(ActiveMQConnectionFactory factory, String group) throws Exception {
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue(QUEUE));
            for (int i = 0; i < MESSAGES; i++) {
                Message message = session.createTextMessage("message " + i);
                message.setStringProperty("JMSXGroupID", group);
                message.setIntProperty("seq", i);
                producer.send(message);
            }
            session.commit();
        }
    }

    /**
     * What a killed node's connection looks like to a busy broker: it fails while the thread that clears up its
     * sessions has storage work pending (here a durable message just stored on another queue), so the messages its
     * consumer held go back to the queue only once that work is synced, while the group is free at once.
     */
    private void failConnection(String clientId) throws Exception {
        ActiveMQServer server = broker.getActiveMQServer();
        CoreMessage pending = new CoreMessage(server.getStorageManager().generateID(), 64);
        pending.setAddress(OTHER);
        pending.setDurable(true);
        pending.setRoutingType(RoutingType.ANYCAST);
        server.getPostOffice().route(pending, true);
        List<RemotingConnection> connections = broker.getActiveMQServer().getRemotingService().getConnections()
                .stream().filter(connection -> clientId.equals(connection.getClientID())).toList();
        assertThat(connections).hasSize(1);
        connections.get(0).fail(new ActiveMQNotConnectedException("the test killed this consumer's node"));
    }

    private static void awaitTaken(List<String> taken, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (taken.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertThat(taken).as("messages taken").hasSize(expected);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (Exception ignored) {
            // its connection was failed on purpose
        }
    }
}
