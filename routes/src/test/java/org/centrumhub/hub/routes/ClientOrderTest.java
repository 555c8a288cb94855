package org.centrumhub.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.ConflictingRounds;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.hub.Traffic;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One client at a time, all clients at once: conflicting messages about the same clients, interleaved on one queue,
 * judged by eight consumers get the verdicts one consumer gives (the same messages judged one by one, in order), and
 * two copies of one Identificatie about different clients (so judged in parallel) yield one acceptance and one 9056.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ClientOrderTest {
    static final HubTestServers SERVERS = new HubTestServers();
    private static final int CLIENTS = 30;
    private static final String STARTS = "Client/StartProducten/StartProduct";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eightConsumersGiveTheVerdictsOfOne() throws Exception {
        // three clients at a time, their rounds interleaved: a client's next message is three places behind its
        // last, so eight consumers would take both at once if nothing kept them apart
        ConflictingRounds rounds = new ConflictingRounds(CLIENTS, "CA-", "CO-", 730000L);
        List<byte[]> assignments = rounds.assignments();
        List<byte[]> conflicts = rounds.conflicts();
        Map<String, List<String>> oneByOne = rounds.oneByOne();
        assertThat(oneByOne.values()).as("the rounds conflict: repeats (9074) and a second current start (9326)")
                .contains(List.of("9074"), List.of("9326"), List.of());

        Traffic.send(SERVERS.brokerUrl(), SERVERS.dataDir(), "hub.from-municipality.0935", assignments);
        assertThat(Traffic.drain(SERVERS.brokerUrl(), SERVERS.dataDir(), "hub.to-provider.12345678", CLIENTS).keySet())
                .as("every assignment forwarded before the provider acts").filteredOn(id -> id.startsWith("CA-"))
                .hasSize(CLIENTS);
        Traffic.send(SERVERS.brokerUrl(), SERVERS.dataDir(), "hub.from-provider.12345678", conflicts);
        awaitJudged("CO-%", conflicts.size());

        Map<String, List<String>> eight = new LinkedHashMap<>();
        jdbc.query("SELECT identificatie, retour_codes FROM message WHERE identificatie LIKE 'CO-%'", rs -> {
            eight.put(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()));
        });
        assertThat(eight).isEqualTo(oneByOne);
    }

    @Test
    void twoCopiesOfOneIdentificatieJudgedAtOnceYieldOneAcceptance() throws Exception {
        List<byte[]> copies = new ArrayList<>();
        for (int pair = 0; pair < 20; pair++) {
            for (int copy = 0; copy < 2; copy++) {
                copies.add(Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "DUP-" + pair)
                        .set("Client/Bsn", TestBsns.nth(900 + pair * 2 + copy)).remove(STARTS + "[2]")
                        .remove(STARTS + "/ToewijzingNummer").toBytes());
            }
        }
        Traffic.send(SERVERS.brokerUrl(), SERVERS.dataDir(), "hub.from-provider.12345678", copies);
        awaitJudged("DUP-%", copies.size());
        for (int pair = 0; pair < 20; pair++) {
            assertThat(jdbc.queryForList("SELECT outcome || ':' || array_to_string(retour_codes, ',') FROM message "
                    + "WHERE identificatie = ?", String.class, "DUP-" + pair)).as("copies of DUP-" + pair)
                    .containsExactlyInAnyOrder("ACCEPTED:", "REJECTED:9056");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sent_identificatie WHERE identificatie LIKE 'DUP-%'",
                Integer.class)).isEqualTo(20);
    }

    private void awaitJudged(String identificaties, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (jdbc.queryForObject("SELECT count(*) FROM message WHERE identificatie LIKE ?", Integer.class,
                identificaties) < count) {
            assertThat(System.currentTimeMillis()).as("judged in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
