package org.centrumhub.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.hub.Traffic;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.crossmessage.Conversation;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.centrumhub.transform.intake.IntakeDecision;
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
    private static final String STOP = "Client/StopProducten/StopProduct";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eightConsumersGiveTheVerdictsOfOne() throws Exception {
        List<byte[]> assignments = new ArrayList<>();
        List<byte[]> conflicts = new ArrayList<>();
        // three clients at a time, their rounds interleaved: a client's next message is three places behind its
        // last, so eight consumers would take both at once if nothing kept them apart
        for (int first = 0; first < CLIENTS; first += 3) {
            for (int round = 0; round < 6; round++) {
                for (int client = first; client < first + 3; client++) {
                    if (round == 0) {
                        assignments.add(assignment(client));
                    }
                    conflicts.add(round(round, client));
                }
            }
        }
        Map<String, List<String>> oneByOne = oneConsumer(assignments, conflicts);
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

    /** The verdicts of the same messages judged one after another, in the order they were sent. */
    private static Map<String, List<String>> oneConsumer(List<byte[]> assignments, List<byte[]> conflicts) {
        Conversation hub = new Conversation("ijw").providersAnswer(false);
        assignments.forEach(message -> hub.decide(message, Party.municipality("0935")));
        Map<String, List<String>> verdicts = new LinkedHashMap<>();
        for (byte[] message : conflicts) {
            IntakeDecision.Judged judged = (IntakeDecision.Judged) hub.decide(message, Party.provider("12345678"));
            verdicts.put(judged.message().identificatie(), judged.retourCodes());
        }
        return verdicts;
    }

    private static String bsn(int client) {
        return TestBsns.nth(800 + client);
    }

    private static long number(int client, int product) {
        return 730000L + client * 10L + product;
    }

    private static byte[] assignment(int client) {
        return Fixture.load("ijw/jw301-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "CA-" + client)
                .set("Client/Bsn", bsn(client))
                .set("Client/ToegewezenProducten/ToegewezenProduct[1]/ToewijzingNummer", String.valueOf(number(client, 1)))
                .set("Client/ToegewezenProducten/ToegewezenProduct[2]/ToewijzingNummer", String.valueOf(number(client, 2)))
                .toBytes();
    }

    /** The round-th message about a client: starts, a repeat, a stop, a new start, a repeated stop, a second start. */
    private static byte[] round(int round, int client) {
        String id = "CO-" + round + "-" + client;
        Fixture start = Fixture.load("ijw/jw305-valid.xml").set("Client/Bsn", bsn(client))
                .set(STARTS + "[1]/ToewijzingNummer", String.valueOf(number(client, 1)))
                .set(STARTS + "[2]/ToewijzingNummer", String.valueOf(number(client, 2)));
        Fixture stop = Fixture.load("ijw/jw307-valid.xml").set("Client/Bsn", bsn(client))
                .set(STOP + "/ToewijzingNummer", String.valueOf(number(client, 1)));
        Fixture message = switch (round) {
            case 0, 1 -> start;
            case 2, 4 -> stop;
            case 3 -> start.remove(STARTS + "[2]").set(STARTS + "/Begindatum", "2026-09-05")
                    .set("Header/BerichtIdentificatie/Dagtekening", "2026-09-10");
            default -> start.remove(STARTS + "[1]").set(STARTS + "/Begindatum", "2026-09-10")
                    .set("Header/BerichtIdentificatie/Dagtekening", "2026-09-10");
        };
        return message.set("Header/BerichtIdentificatie/Identificatie", id).toBytes();
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
