package org.centrumhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.centrumhub.transform.fixtures.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Consumers are sized by load, not by the number of parties (issue 11): a hub with 5,000 more registered providers
 * starts with the same routes, threads and broker objects as one with two parties, and every party can still send.
 * What the broker holds for a party (its rules, queues and divert) is made at its first login, so a registered party
 * that has not logged in costs the broker nothing. The figures (start-up, threads,
 * heap after a GC) are printed for both hubs, at their first start (which makes every party's password once) and at a
 * restart.
 */
class ManyPartiesTest {
    private static final int EXTRA_PROVIDERS = 5_000;
    private static final List<String> HEAP = List.of("-Xmx1g");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROKER_OBJECTS = "org.apache.activemq.artemis:*";
    private static final String DIVERTS = "org.apache.activemq.artemis:subcomponent=diverts,*";

    private final List<HubProcess> hubs = new ArrayList<>();

    @AfterEach
    void stopHubs() throws Exception {
        for (HubProcess hub : hubs) {
            hub.stop();
        }
    }

    @Test
    void fiveThousandPartiesCostNoRoutesThreadsOrBrokerObjects() throws Exception {
        HubProcess two = new HubProcess(HEAP);
        HubProcess many = new HubProcess(HEAP, manyProviders()).startTimeout(Duration.ofMinutes(5));
        Figures few = start(two, "first start");
        Figures lots = start(many, "first start");
        assertFlat(few, lots);

        // every party can still send: one in every 250, the first and the last, each with its own login
        List<String> senders = new ArrayList<>();
        for (int i = 0; i < EXTRA_PROVIDERS; i += 250) {
            senders.add(code(i));
        }
        senders.add(code(EXTRA_PROVIDERS - 1));
        try (CoreClient client = new CoreClient(many.brokerUrl(), many.dataDir)) {
            for (String provider : senders) {
                client.send("hub.from-provider." + provider, Fixture.load("ijw/jw305-valid.xml")
                        .set("Header/Afzender", provider)
                        .set("Header/BerichtIdentificatie/Identificatie", "MP" + provider).toBytes());
            }
            for (String provider : senders) {
                assertThat(CoreClient.text(client.receive("hub.to-provider." + provider))).as("answer to " + provider)
                        .contains("MP" + provider);
            }
        }
        // the parties that logged in have their divert (and queues) now, the others still nothing
        assertThat(count(many, DIVERTS)).as("diverts after %d parties logged in", senders.size())
                .isEqualTo(senders.size());

        // a restart reads every party's password again, but checks no hash again (their fingerprints)
        two.stop();
        many.stop();
        Figures fewAgain = start(two, "restart");
        Figures lotsAgain = start(many, "restart");
        assertThat(lotsAgain.routes).isEqualTo(fewAgain.routes);
        assertThat(count(many, DIVERTS)).as("the diverts the broker kept").isEqualTo(senders.size());
        // a party that sent before logs in again (its rules are made again) and sends through its kept divert
        String last = senders.get(senders.size() - 1);
        try (CoreClient client = new CoreClient(many.brokerUrl(), many.dataDir)) {
            client.send("hub.from-provider." + last, Fixture.load("ijw/jw305-valid.xml").set("Header/Afzender", last)
                    .set("Header/BerichtIdentificatie/Identificatie", "MA" + last).toBytes());
            assertThat(CoreClient.text(client.receive("hub.to-provider." + last))).contains("MA" + last);
        }
        assertThat((lotsAgain.heapMb - fewAgain.heapMb) * 1024 / EXTRA_PROVIDERS).as("KB of heap per party")
                .isLessThan(10);
    }

    private static void assertFlat(Figures few, Figures lots) {
        assertThat(lots.routes).as("no route per party").isEqualTo(few.routes);
        assertThat(lots.brokerObjects).as("no broker address, queue or divert per party before it logs in")
                .isEqualTo(few.brokerObjects);
        // a consumer per party would add thousands of threads; the pools (the broker's up to 30, Tomcat's, Camel's)
        // vary by a few between two starts
        assertThat(lots.threads).as("no consumer or thread per party").isLessThanOrEqualTo(few.threads + 15);
        // what a party costs before it logs in is its registry entry and its login (a few KB), not broker objects
        assertThat((lots.heapMb - few.heapMb) * 1024 / EXTRA_PROVIDERS).as("KB of heap per party").isLessThan(10);
    }

    private Figures start(HubProcess hub, String when) throws Exception {
        if (!hubs.contains(hub)) {
            hubs.add(hub);
        }
        long started = System.nanoTime();
        hub.start();
        double seconds = (System.nanoTime() - started) / 1e9;
        JsonNode routes = JSON.readTree(hub.get("/jolokia/search/org.apache.camel:type=routes,*"));
        hub.get("/jolokia/exec/java.lang:type=Memory/gc");
        JsonNode heap = JSON.readTree(hub.get("/jolokia/read/java.lang:type=Memory/HeapMemoryUsage/used"));
        JsonNode threads = JSON.readTree(hub.get("/jolokia/read/java.lang:type=Threading/ThreadCount"));
        Figures figures = new Figures(seconds, routes.get("value").size(), threads.get("value").asInt(),
                heap.get("value").asLong() / (1024 * 1024), count(hub, BROKER_OBJECTS));
        System.out.printf("ManyPartiesTest: %-12s %-13s start-up %5.1f s, routes %d, threads %d, heap after GC %d MB, "
                        + "broker MBeans %d%n", hub == hubs.get(0) ? "2 parties" : (EXTRA_PROVIDERS + 2) + " parties",
                when, figures.startSeconds, figures.routes, figures.threads, figures.heapMb, figures.brokerObjects);
        return figures;
    }

    /** How many MBeans match a pattern: the broker registers one for every address, queue and divert. */
    private static int count(HubProcess hub, String pattern) throws Exception {
        return JSON.readTree(hub.get("/jolokia/search/" + pattern)).get("value").size();
    }

    /** Providers 30000000 to 30004999 besides the hub's own two parties, as command-line properties. */
    private static String[] manyProviders() {
        String[] arguments = new String[EXTRA_PROVIDERS];
        for (int i = 0; i < EXTRA_PROVIDERS; i++) {
            arguments[i] = "--centrumhub.parties.providers[" + (i + 1) + "].code=" + code(i);
        }
        return arguments;
    }

    private static String code(int i) {
        return Integer.toString(30_000_000 + i);
    }

    private record Figures(double startSeconds, int routes, int threads, long heapMb, int brokerObjects) {
    }
}
