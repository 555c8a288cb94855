package org.centrumhub.hub.demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.centrumhub.hub.addresses.HubAddresses;
import org.apache.camel.ProducerTemplate;
import org.centrumhub.hub.store.MessageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * {@code ./centrumhub run --demo}: once the hub runs, replays a generated month of traffic for the demo region
 * through its public queues, phase by phase (a start needs its assignment), and logs what became of it. Replays
 * only into an empty store, so a second start on the same data shows the same month instead of duplicates.
 */
@Component
@Profile("demo")
public class DemoReplay implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoReplay.class);
    private static final long SEED = 2026;

    private final ProducerTemplate producer;
    private final MessageStore store;
    private final JdbcTemplate jdbc;
    private final HubAddresses addresses;

    public DemoReplay(ProducerTemplate producer, MessageStore store, JdbcTemplate jdbc, HubAddresses addresses) {
        this.producer = producer;
        this.store = store;
        this.jdbc = jdbc;
        this.addresses = addresses;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.count() > 0) {
            LOG.info("demo: the store already holds {} messages; not replaying (delete the data folder to replay)",
                    store.count());
            return;
        }
        Thread replay = new Thread(this::replay, "demo-replay");
        replay.setDaemon(true);
        replay.start();
    }

    private void replay() {
        List<List<DemoTraffic.Send>> phases = DemoTraffic.month(SEED, addresses);
        String[] names = {"assignments (301)", "the providers' retours (302), starts (305) and requests (315)",
                "stops (307), answers (319), faults"};
        int expected = 0;
        try {
            for (int p = 0; p < phases.size(); p++) {
                for (DemoTraffic.Send send : phases.get(p)) {
                    producer.sendBody("jms:queue:" + send.queue(), send.body());
                }
                expected += phases.get(p).size();
                LOG.info("demo: phase {}/{} sent: {} {}", p + 1, phases.size(), phases.get(p).size(), names[p]);
                awaitStored(expected);
            }
            Map<String, Object> totals = new TreeMap<>();
            jdbc.query("SELECT outcome, count(*) FROM message GROUP BY outcome",
                    (RowCallbackHandler) rs -> totals.put(rs.getString(1), rs.getLong(2)));
            LOG.info("demo: done, messages per outcome: {}; see /hawtio, /api/v1/messages and the hub.to-* queues",
                    totals);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("demo: replay stopped: {}", e.getMessage());
        }
    }

    private void awaitStored(int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (store.count() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
    }
}
