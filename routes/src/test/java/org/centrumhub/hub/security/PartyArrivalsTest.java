package org.centrumhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.centrumhub.hub.SharedBroker;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.config.PartyRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the embedded broker holds for a party is made at its first arrival, on a real broker with a persistent journal:
 * nothing before it, all of it (rules, three queues, the divert) for every session that arrives at once, nothing for a
 * code that is not registered, and after a restart the queues and divert are still there and arriving again is
 * harmless. The session plugin path (a party's login) runs in BreakInTest and ManyPartiesTest.
 */
class PartyArrivalsTest {
    private static final String PROVIDER = "12345678";
    private static final HubAddresses ADDRESSES = new HubAddresses("hub.from-provider.", "hub.to-provider.",
            "hub.from-municipality.", "hub.to-municipality.", "hub.errors.", "hub.inbound.from-providers",
            "hub.inbound.from-municipalities", "hub.intake", "hub.dlq");
    private static final PartyRegistry REGISTRY = new PartyRegistry(
            List.of(new PartyRegistry.Entry("0935", "Maastricht")), List.of(new PartyRegistry.Entry(PROVIDER, "Proef")));
    private static final List<String> QUEUES = List.of("hub.from-provider." + PROVIDER, "hub.to-provider." + PROVIDER,
            "hub.errors." + PROVIDER);

    @TempDir
    Path data;

    private EmbeddedActiveMQ broker;

    @AfterEach
    void stop() throws Exception {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void aPartysQueuesRulesAndDivertComeWithItsFirstArrivalForEverySessionAtOnce() throws Exception {
        PartyArrivals arrivals = new PartyArrivals(REGISTRY, ADDRESSES);
        ActiveMQServer server = start(arrivals);
        QUEUES.forEach(queue -> assertThat(server.locateQueue(queue)).as(queue).isNull());
        assertThat(divert(server)).isFalse();

        // eight sessions of the party arrive at once: each may go on only once everything is there
        ExecutorService sessions = Executors.newFixedThreadPool(8);
        CountDownLatch together = new CountDownLatch(1);
        List<Future<Boolean>> ready = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ready.add(sessions.submit(() -> {
                together.await();
                arrivals.arrive(PROVIDER);
                return QUEUES.stream().allMatch(queue -> server.locateQueue(queue) != null) && divert(server);
            }));
        }
        together.countDown();
        for (Future<Boolean> session : ready) {
            assertThat(session.get()).as("everything there when arrive returns").isTrue();
        }
        sessions.shutdown();

        Set<Role> sending = server.getSecurityRepository().getMatch("hub.from-provider." + PROVIDER);
        assertThat(sending).anyMatch(role -> role.getName().equals(PROVIDER) && role.isSend() && !role.isConsume());
        Set<Role> reading = server.getSecurityRepository().getMatch("hub.errors." + PROVIDER);
        assertThat(reading).anyMatch(role -> role.getName().equals(PROVIDER) && role.isConsume() && !role.isSend());
        assertThat(server.getSecurityRepository().getMatch("hub.to-municipality.0935"))
                .noneMatch(role -> role.getName().equals("0935"));

        assertThat(arrivals.arrive("99999999")).as("not registered").isFalse();
        assertThat(server.locateQueue("hub.to-provider.99999999")).isNull();
    }

    @Test
    void afterARestartTheQueuesAndDivertAreKeptAndArrivingAgainIsHarmless() throws Exception {
        PartyArrivals first = new PartyArrivals(REGISTRY, ADDRESSES);
        start(first);
        first.arrive(PROVIDER);
        broker.stop();

        PartyArrivals again = new PartyArrivals(REGISTRY, ADDRESSES);
        ActiveMQServer server = start(again);
        QUEUES.forEach(queue -> assertThat(server.locateQueue(queue)).as(queue + " kept").isNotNull());
        assertThat(divert(server)).as("divert kept").isTrue();
        assertThat(again.arrive(PROVIDER)).isTrue();
        assertThat(divert(server)).isTrue();
        assertThat(server.getSecurityRepository().getMatch("hub.to-provider." + PROVIDER))
                .anyMatch(role -> role.getName().equals(PROVIDER) && role.isConsume());
    }

    private ActiveMQServer start(PartyArrivals arrivals) throws Exception {
        ConfigurationImpl configuration = SharedBroker.persistent("party-arrivals", data);
        configuration.setJournalType(JournalType.NIO);
        configuration.setSecurityEnabled(true);
        configuration.addAcceptorConfiguration("in-vm", "vm://7");
        configuration.registerBrokerPlugin(arrivals);
        broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        return broker.getActiveMQServer();
    }

    private static boolean divert(ActiveMQServer server) {
        return server.getPostOffice().getBinding(SimpleString.of("inbound-provider-" + PROVIDER)) != null;
    }
}
