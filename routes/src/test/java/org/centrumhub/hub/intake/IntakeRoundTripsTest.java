package org.centrumhub.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.store.MessageStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What judging and storing one message costs in round trips to PostgreSQL, per message type, pinned so a change
 * that adds some shows here (the figures are what the intake does now; lower them when it does less). One round trip
 * takes the locks and reads what judging needs first, the rules' reads follow (each question asked once), one
 * round trip writes every row, one commits. Before these were pinned (issue 11) the same messages cost 10, 7, 16,
 * 15, 13 and 18.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(RoundTrips.class)
class IntakeRoundTripsTest {
    private static final Path DATA = Path.of("target", "test-data", "roundtrips-" + UUID.randomUUID()).toAbsolutePath();

    /** A hub on the region of the centre-municipality scenario, in-VM broker only, no route running. */
    static void hub(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("centrumhub.data-dir", dataDir::toString);
        registry.add("centrumhub.broker.acceptor", () -> "");
        registry.add("camel.main.auto-startup", () -> "false");
        registry.add("centrumhub.reports.monthly.enabled", () -> "false");
        registry.add("centrumhub.encryption.reencrypt-initial-delay", () -> "PT100000H");
        registry.add("centrumhub.regions.folder", () -> Path.of("src", "test", "resources", "regions-scenario")
                .toAbsolutePath().toString());
        registry.add("centrumhub.parties.providers[0].code", () -> CareEpisode.PROVIDER);
        registry.add("centrumhub.parties.providers[0].name", () -> "Jeugdzorg Proef");
        registry.add("centrumhub.parties.municipalities[0].code", () -> "0935");
        registry.add("centrumhub.parties.municipalities[0].name", () -> "Maastricht");
        registry.add("centrumhub.parties.municipalities[1].code", () -> "0917");
        registry.add("centrumhub.parties.municipalities[1].name", () -> "Heerlen");
        registry.add("centrumhub.parties.municipalities[2].code", () -> "1883");
        registry.add("centrumhub.parties.municipalities[2].name", () -> "Sittard-Geleen");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        hub(registry, DATA);
    }

    @Autowired
    CamelContext camel;
    @Autowired
    IntakeProcessor intake;
    @Autowired
    Dispatch dispatch;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachMessageTypeCostsAtMostItsRoundTrips() throws Exception {
        Map<String, String> outcomes = new LinkedHashMap<>();
        Map<String, RoundTrips.Tally> costs = new LinkedHashMap<>();
        for (CareEpisode.Inbound message : new CareEpisode(1).messages()) {
            Exchange exchange = message.exchange(camel);
            RoundTrips.start();
            intake.process(exchange);
            dispatch.messages(exchange);
            RoundTrips.Tally tally = RoundTrips.stop();
            outcomes.put(message.type(), exchange.getProperty(Dispatch.DECISION, MessageStore.Stored.class)
                    .outcome().name());
            costs.put(message.type(), tally);
            System.out.println(message.type() + ": " + tally + " " + tally.sql());
        }
        Map<String, Integer> atMost = Map.of("JW301", 4, "JW302", 4, "JW305", 5, "JW307", 5, "JW315", 6, "JW323", 8);
        costs.forEach((type, tally) -> assertThat(tally.roundTrips())
                .as(type + " round trips (the pool's liveness checks apart): " + tally.sql())
                .isLessThanOrEqualTo(atMost.get(type)));
        costs.forEach((type, tally) -> assertThat(tally.sql()).as(type + ": every row in one round trip, one commit")
                .filteredOn(sql -> sql.startsWith("INSERT") || sql.equals("COMMIT")).hasSize(2));
        assertThat(outcomes).containsExactly(Map.entry("JW301", "FORWARDED"), Map.entry("JW302", "RELAYED"),
                Map.entry("JW305", "ACCEPTED"), Map.entry("JW307", "ACCEPTED"), Map.entry("JW315", "ACCEPTED"),
                Map.entry("JW323", "ACCEPTED"));
    }

    /**
     * A message redelivered after its decision was committed (the hub died before the JMS commit) is found by its hub
     * id in the round trip that takes its locks, and what was decided is sent again: nothing judged or written.
     */
    @Test
    void aRedeliveryIsAnsweredFromTheStoredDecisionInTwoRoundTrips() throws Exception {
        List<CareEpisode.Inbound> episode = new CareEpisode(2).messages();
        UUID hubId = UUID.randomUUID();
        for (CareEpisode.Inbound message : episode.subList(0, 2)) {
            dispatch.messages(processed(message.exchange(camel)));
        }
        CareEpisode.Inbound start = episode.get(2);
        List<org.apache.camel.Message> first = dispatch.messages(processed(start.exchange(camel, hubId)));

        RoundTrips.start();
        Exchange again = processed(start.exchange(camel, hubId));
        List<org.apache.camel.Message> second = dispatch.messages(again);
        RoundTrips.Tally tally = RoundTrips.stop();

        assertThat(tally.roundTrips()).as(tally.sql().toString()).isEqualTo(2);
        assertThat(tally.sql()).noneMatch(sql -> sql.startsWith("INSERT"));
        assertThat(second).hasSameSizeAs(first).hasSize(2);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).getBody(byte[].class)).isEqualTo(first.get(i).getBody(byte[].class));
            assertThat(second.get(i).getHeaders()).isEqualTo(first.get(i).getHeaders());
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM message WHERE id = ?", Integer.class, hubId)).isEqualTo(1);
    }

    private Exchange processed(Exchange exchange) throws Exception {
        intake.process(exchange);
        return exchange;
    }
}
