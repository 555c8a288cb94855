package org.centrumhub.hub.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.camel.ProducerTemplate;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.security.PartyArrivals;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.region.Arrangement;
import org.centrumhub.transform.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
    /** The seed of the demo month: the same messages on every start (and in RegionReportsPrivacyTest). */
    public static final long SEED = 2026;

    private final ProducerTemplate producer;
    private final MessageStore store;
    private final JdbcTemplate jdbc;
    private final HubAddresses addresses;

    private final Regions regions;
    private final ObjectProvider<PartyArrivals> arrivals;

    public DemoReplay(ProducerTemplate producer, MessageStore store, JdbcTemplate jdbc, HubAddresses addresses,
                      Regions regions, ObjectProvider<PartyArrivals> arrivals) {
        this.regions = regions;
        this.arrivals = arrivals;
        this.producer = producer;
        this.store = store;
        this.jdbc = jdbc;
        this.addresses = addresses;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (regions.all().isEmpty()) {
            LOG.warn("demo: no region arrangement under centrumhub.regions.folder; the demo needs config/regions/"
                    + "zuid-limburg.yml (run it from the project folder, or set CENTRUMHUB_HOME)");
            return;
        }
        if (store.count() > 0) {
            LOG.info("demo: the store already holds {} messages; not replaying (delete the data folder to replay)",
                    store.count());
            return;
        }
        Thread replay = new Thread(this::replay, "demo-replay");
        replay.setDaemon(true);
        replay.start();
    }

    /**
     * The demo sends through the hub's own connection, not as the parties, so their first login does not make the
     * embedded broker's divert and queues for them (PartyArrivals): it makes them itself. An external broker has them.
     */
    private void arrive(String inboundAddress) throws Exception {
        PartyArrivals embedded = arrivals.getIfAvailable();
        if (embedded == null) {
            return;
        }
        for (Party.Role role : Party.Role.values()) {
            Optional<Party> party = addresses.sender(role, inboundAddress);
            if (party.isPresent()) {
                embedded.arrive(party.get().code());
            }
        }
    }

    private void replay() {
        Arrangement region = regions.all().get(0);
        List<List<DemoTraffic.Send>> phases = DemoTraffic.month(SEED, addresses, region);
        String[] names = {"assignments (301)", "the providers' retours (302), starts (305) and requests (315)",
                "stops (307), answers (319), faults", "declarations (323) to the centre " + region.centre()};
        int expected = 0;
        try {
            for (int p = 0; p < phases.size(); p++) {
                for (DemoTraffic.Send send : phases.get(p)) {
                    arrive(send.queue());
                    producer.sendBody("jms:queue:" + send.queue(), send.body());
                }
                expected += phases.get(p).size();
                LOG.info("demo: phase {}/{} sent: {} {}", p + 1, phases.size(), phases.get(p).size(), names[p]);
                awaitStored(expected);
            }
            Map<String, Object> totals = new TreeMap<>();
            jdbc.query("SELECT outcome, count(*) FROM message GROUP BY outcome",
                    (RowCallbackHandler) rs -> totals.put(rs.getString(1), rs.getLong(2)));
            LOG.info("demo: messages per outcome: {}", totals);
            jdbc.query("""
                    SELECT message_type, outcome, count(*) FROM message WHERE bericht_code IN (484, 490)
                    GROUP BY 1, 2 ORDER BY 1, 2""", (RowCallbackHandler) rs -> LOG.info(
                    "demo: declarations {} {}: {}", rs.getString(1), rs.getString(2), rs.getLong(3)));
            Long parts = jdbc.queryForObject("SELECT count(*) FROM declaration_part", Long.class);
            LOG.info("demo: {} declaration parts sent to the participants' hub.to-municipality.<CBS> queues", parts);
            jdbc.query("""
                    SELECT domain, count(DISTINCT participant), count(*), sum(amount_cents) FROM ledger_entry
                    WHERE region = ? GROUP BY domain ORDER BY domain""", (RowCallbackHandler) rs -> LOG.info(
                    "demo: settled {} for {} participants: {} ledger entries, {} euros", rs.getString(1),
                    rs.getLong(2), rs.getLong(3), java.math.BigDecimal.valueOf(rs.getLong(4), 2)), region.name());
            LOG.info("demo: done; see /api/v1/settlement?region={}&period=2026-10, /hawtio, /api/v1/messages and "
                    + "the hub.to-* queues", region.name().replace(" ", "%20"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
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
