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
 * starts with the same routes and threads as one with two parties, a heap that grows only by the parties' own broker
 * queues, and every party can still send. The figures (start-up, threads, heap after a GC) are printed for both.
 */
class ManyPartiesTest {
    private static final int EXTRA_PROVIDERS = 5_000;
    private static final List<String> HEAP = List.of("-Xmx1g");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<HubProcess> hubs = new ArrayList<>();

    @AfterEach
    void stopHubs() throws Exception {
        for (HubProcess hub : hubs) {
            hub.stop();
        }
    }

    @Test
    void fiveThousandPartiesCostNoRoutesOrThreads() throws Exception {
        Figures few = start(new HubProcess(HEAP));
        HubProcess many = new HubProcess(HEAP, manyProviders()).startTimeout(Duration.ofMinutes(5));
        Figures lots = start(many);
        System.out.printf("ManyPartiesTest: %-16s start-up %5.1f s, routes %d, threads %d, heap after GC %d MB%n",
                "2 parties", few.startSeconds, few.routes, few.threads, few.heapMb);
        System.out.printf("ManyPartiesTest: %-16s start-up %5.1f s, routes %d, threads %d, heap after GC %d MB%n",
                (EXTRA_PROVIDERS + 2) + " parties", lots.startSeconds, lots.routes, lots.threads, lots.heapMb);

        assertThat(lots.routes).as("no route per party").isEqualTo(few.routes);
        // a consumer per party would add thousands of threads; the broker's own pool (at most 30 threads, Artemis'
        // thread-pool-max-size) grows and shrinks with its work, such as making 15,000 queues (CI saw 80 against 91)
        assertThat(lots.threads).as("no consumer or thread per party").isLessThanOrEqualTo(few.threads + 30);
        // what remains per party is the broker's own: three durable queues (its inbound address, its answers, its
        // notices), each with its paging store and management objects, about 25 KB a queue in Artemis 2.44
        assertThat((lots.heapMb - few.heapMb) * 1024 / EXTRA_PROVIDERS).as("KB of heap per party").isLessThan(100);

        // every party can still send: one in every 250, the first and the last, each with its own login
        try (CoreClient client = new CoreClient(many.brokerUrl(), many.dataDir)) {
            List<String> senders = new ArrayList<>();
            for (int i = 0; i < EXTRA_PROVIDERS; i += 250) {
                senders.add(code(i));
            }
            senders.add(code(EXTRA_PROVIDERS - 1));
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
    }

    private Figures start(HubProcess hub) throws Exception {
        hubs.add(hub);
        long started = System.nanoTime();
        hub.start();
        double seconds = (System.nanoTime() - started) / 1e9;
        JsonNode routes = JSON.readTree(hub.get("/jolokia/search/org.apache.camel:type=routes,*"));
        hub.get("/jolokia/exec/java.lang:type=Memory/gc");
        JsonNode heap = JSON.readTree(hub.get("/jolokia/read/java.lang:type=Memory/HeapMemoryUsage/used"));
        JsonNode threads = JSON.readTree(hub.get("/jolokia/read/java.lang:type=Threading/ThreadCount"));
        return new Figures(seconds, routes.get("value").size(), threads.get("value").asInt(),
                heap.get("value").asLong() / (1024 * 1024));
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

    private record Figures(double startSeconds, int routes, int threads, long heapMb) {
    }
}
