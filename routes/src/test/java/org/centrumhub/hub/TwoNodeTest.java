package org.centrumhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.centrumhub.hub.config.SharedPostgres;
import org.centrumhub.hub.security.SecretFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scale-out on the engines the hub already uses: two hub processes against one Artemis broker and one PostgreSQL
 * (both started here, the broker set up from the files the hub writes for an external broker: {@link SharedBroker}),
 * sharing one data folder (the parties' credentials, the data keys, the client-key secret). Three providers send
 * over CORE: some starts while both nodes run, then a load of starts with, for some clients, conflicting messages whose
 * verdicts depend on their order mixed in, during which one node is killed (SIGKILL). Every message is judged once
 * and answered once, nothing is forwarded twice, no dead letters, the conflicting messages get the verdicts one
 * consumer judging them in order gives, and the other node carried on alone. Prints the figures (README, Scale out).
 */
class TwoNodeTest {
    private static final String MUNICIPALITY = ConflictingRounds.MUNICIPALITY;
    private static final List<String> PROVIDERS = List.of("12345678", "87654321", "11223344");
    private static final String ORDERED_PROVIDER = ConflictingRounds.PROVIDER;
    private static final int STARTS = Integer.getInteger("centrumhub.nodes.starts", 400);
    /** Starts per provider first, so both nodes have warmed up before the load is timed. */
    private static final int WARM_UP = 40;
    private static final int CLIENTS = 24;
    private static final Pattern JUDGED = Pattern.compile(".* from \\d+ to \\d+: [A-Z]+ \\[.*");

    private final Path root = Path.of("target", "test-data", "two-node-" + UUID.randomUUID()).toAbsolutePath();
    /** The nodes' shared data folder: what every node must read alike (README, Scale out). */
    private final Path shared = root.resolve("shared");
    private final Path brokerEtc = root.resolve("broker-etc");
    private final int brokerPort = freePort();
    private final String brokerUrl = "tcp://127.0.0.1:" + brokerPort;
    private SharedPostgres postgres;
    private SharedBroker broker;
    private final List<HubProcess> nodes = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (HubProcess node : nodes) {
            node.stop();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesShareTheLoadAndOneCarriesOnWhenTheOtherIsKilled() throws Exception {
        long began = System.nanoTime();
        postgres = SharedPostgres.start(root.resolve("postgres-server"));
        String hubBrokerPassword = SecretFiles.password();
        for (String name : List.of("hub-node1", "hub-node2")) {
            HubProcess node = new HubProcess(shared, name, List.of("-Xmx512m"),
                    "--spring.artemis.mode=native", "--spring.artemis.broker-url=" + brokerUrl,
                    "--spring.artemis.user=centrumhub", "--spring.artemis.password=" + hubBrokerPassword,
                    "--centrumhub.security.external-broker-folder=" + brokerEtc,
                    "--spring.datasource.url=" + postgres.jdbcUrl(),
                    "--spring.datasource.username=" + postgres.user(),
                    "--spring.datasource.password=" + postgres.password(),
                    "--centrumhub.parties.providers[1].code=" + PROVIDERS.get(1),
                    "--centrumhub.parties.providers[1].name=Proef twee",
                    "--centrumhub.parties.providers[2].code=" + PROVIDERS.get(2),
                    "--centrumhub.parties.providers[2].name=Proef drie",
                    "--centrumhub.intake.consumers=4", "--centrumhub.reports.monthly.enabled=false");
            nodes.add(node);
            node.launch();
        }
        HubProcess first = nodes.get(0);
        HubProcess second = nodes.get(1);
        // the broker reads what the hub writes for it (as docker-compose's broker starts after the hub)
        awaitFile(brokerEtc.resolve("broker.properties"));
        broker = SharedBroker.start(brokerEtc, root.resolve("broker-data"), brokerPort);
        for (HubProcess node : nodes) {
            node.awaitHealthy(Duration.ofSeconds(150));
        }
        awaitAddresses();
        double startup = seconds(began);
        for (HubProcess node : nodes) {
            assertThat(Files.readString(node.log())).as("native mode starts no broker in the hub")
                    .doesNotContain("AMQ221000");
        }

        // the assignments the conflicting messages build on, forwarded to the provider before it acts
        ConflictingRounds rounds = new ConflictingRounds(CLIENTS, "TA-", "TN-C-", 740000L);
        List<byte[]> assignments = rounds.assignments();
        List<byte[]> conflicts = rounds.conflicts();
        Traffic.send(brokerUrl, shared, "hub.from-municipality." + MUNICIPALITY, assignments);
        awaitJudged("TA-%", CLIENTS);
        awaitAddress("hub.to-provider." + ORDERED_PROVIDER);
        assertThat(Traffic.drain(brokerUrl, shared, "hub.to-provider." + ORDERED_PROVIDER, CLIENTS).keySet())
                .hasSize(CLIENTS);

        // warm-up with both nodes: some starts from every provider, judged before the load is timed
        Map<String, Integer> sent = new HashMap<>();
        for (int p = 0; p < PROVIDERS.size(); p++) {
            String provider = PROVIDERS.get(p);
            List<byte[]> messages = new ArrayList<>(Traffic.starts("TN-W-" + p + "-", WARM_UP, provider, 5000 + p * 100));
            Traffic.send(brokerUrl, shared, "hub.from-provider." + provider, messages);
            sent.put(provider, messages.size());
        }
        int warm = WARM_UP * PROVIDERS.size();
        awaitJudged("TN-_-%", warm);

        // the load: every provider its starts, one of them with the conflicting rounds mixed in, so that the node
        // killed a third of the way through holds some of them (GroupHandover)
        Map<String, List<byte[]>> load = new LinkedHashMap<>();
        for (int p = 0; p < PROVIDERS.size(); p++) {
            String provider = PROVIDERS.get(p);
            List<byte[]> messages = new ArrayList<>(Traffic.starts("TN-" + p + "-", STARTS, provider, 2000 + p * 1000));
            if (provider.equals(ORDERED_PROVIDER)) {
                int every = messages.size() / conflicts.size() + 1;
                for (int i = 0; i < conflicts.size(); i++) {
                    messages.add(Math.min(messages.size(), i * every + every / 2 + i), conflicts.get(i));
                }
            }
            load.put(provider, messages);
            sent.merge(provider, messages.size(), Integer::sum);
        }
        int total = sent.values().stream().mapToInt(Integer::intValue).sum();
        long loadStarted = System.nanoTime();
        List<CompletableFuture<Void>> senders = new ArrayList<>();
        load.forEach((provider, messages) -> senders.add(CompletableFuture.runAsync(() -> {
            try {
                Traffic.send(brokerUrl, shared, "hub.from-provider." + provider, messages);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })));

        long judgedAtKill = awaitJudged("TN-_-%", warm + (total - warm) / 3);
        double killedAfter = seconds(loadStarted);
        long killedAt = System.nanoTime();
        first.kill();
        long judgedSince;
        do {
            Thread.sleep(5);
            judgedSince = count("SELECT count(*) FROM message WHERE identificatie LIKE 'TN-_-%'");
        } while (judgedSince <= judgedAtKill);
        double firstAfterKill = seconds(killedAt);
        CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get();
        awaitJudged("TN-_-%", total);
        double allJudged = seconds(loadStarted);
        double oneNode = seconds(killedAt);

        // judged once: one row per message, and the starts all accepted
        assertThat(count("SELECT count(*) FROM message WHERE identificatie LIKE 'TN-_-%'")).isEqualTo(total);
        assertThat(count("SELECT count(DISTINCT identificatie) FROM message WHERE identificatie LIKE 'TN-_-%'"))
                .isEqualTo(total);
        assertThat(count("SELECT count(*) FROM message WHERE identificatie LIKE 'TN-_-%' "
                + "AND identificatie NOT LIKE 'TN-C-%' AND outcome <> 'ACCEPTED'")).as("starts not accepted").isZero();

        // answered once, forwarded once: every provider's answers and the municipality's forwards, drained at once
        long accepted = count("SELECT count(*) FROM message WHERE identificatie LIKE 'TN-_-%' AND outcome = 'ACCEPTED'");
        Map<String, CompletableFuture<Map<String, Integer>>> drains = new LinkedHashMap<>();
        for (String provider : PROVIDERS) {
            drains.put("hub.to-provider." + provider, drain("hub.to-provider." + provider, sent.get(provider)));
        }
        drains.put("hub.to-municipality." + MUNICIPALITY, drain("hub.to-municipality." + MUNICIPALITY, (int) accepted));
        for (String provider : PROVIDERS) {
            Map<String, Integer> answers = drains.get("hub.to-provider." + provider).get();
            assertThat(answers).as("answers to " + provider).hasSize(sent.get(provider));
            assertThat(answers.values()).as("answers per message to " + provider).containsOnly(1);
        }
        Map<String, Integer> forwards = drains.get("hub.to-municipality." + MUNICIPALITY).get();
        assertThat(forwards).as("forwards").hasSize((int) accepted);
        assertThat(forwards.values()).as("forwards per message").containsOnly(1);

        // per-client order kept across the nodes
        Map<String, List<String>> verdicts = new LinkedHashMap<>();
        try (Connection db = postgres.connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT identificatie, retour_codes FROM message "
                     + "WHERE identificatie LIKE 'TN-C-%'")) {
            while (rows.next()) {
                verdicts.put(rows.getString(1), List.of((String[]) rows.getArray(2).getArray()));
            }
        }
        assertThat(verdicts).as("the verdicts one consumer gives, judging in order").isEqualTo(rounds.oneByOne());

        for (String queue : List.of("hub.dlq", "DLQ", "hub.errors." + MUNICIPALITY)) {
            assertThat(broker.messageCount(queue)).as(queue).isZero();
        }
        for (String provider : PROVIDERS) {
            assertThat(broker.messageCount("hub.errors." + provider)).as("errors to " + provider).isZero();
        }
        assertThat(first.alive()).isFalse();
        assertThat(second.alive()).as("the other node carried on").isTrue();
        assertThat(total - judgedAtKill).as("judged after the kill, by the other node alone").isPositive();
        long timed = total - warm;
        long byFirst = judgedLines(first);
        long bySecond = judgedLines(second);
        assertThat(byFirst).as("node 1 judged its share before it was killed").isPositive();
        assertThat(bySecond).as("node 2 judged").isPositive();

        System.out.printf("""
                two nodes: started (PostgreSQL, broker, two hubs) in %.1f s
                two nodes: %d messages from %d providers (%d of them about %d clients in conflicting order) after %d to warm up, all judged in %.1f s: %.0f msg/s
                two nodes: with both nodes %d judged in %.1f s: %.0f msg/s; node 1 killed, node 2 judged again %.0f ms after the kill
                two nodes: node 2 alone judged the other %d in %.1f s: %.0f msg/s (judgements logged: node 1 %d, node 2 %d)
                """, startup, timed, PROVIDERS.size(), conflicts.size(), CLIENTS, warm, allJudged, timed / allJudged,
                judgedAtKill - warm, killedAfter, (judgedAtKill - warm) / killedAfter, firstAfterKill * 1000, total - judgedAtKill,
                oneNode, (total - judgedAtKill) / oneNode, byFirst, bySecond);
    }

    private CompletableFuture<Map<String, Integer>> drain(String queue, int expected) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Traffic.drain(brokerUrl, shared, queue, expected);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Waits until at least {@code expected} messages with these Identificaties are stored; returns how many are. */
    private long awaitJudged(String identificaties, long expected) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            long judged = count("SELECT count(*) FROM message WHERE identificatie LIKE '" + identificaties + "'");
            if (judged >= expected) {
                return judged;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("not " + expected + " messages " + identificaties + " judged in time");
    }

    private long count(String sql) throws Exception {
        try (Connection db = postgres.connect(); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A party can send only to an address that exists: the nodes make theirs as they start consuming. */
    private void awaitAddresses() throws InterruptedException {
        List<String> inbound = new ArrayList<>(PROVIDERS.stream().map(p -> "hub.from-provider." + p).toList());
        inbound.add("hub.from-municipality." + MUNICIPALITY);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!inbound.stream().allMatch(broker::hasAddress)) {
            assertThat(System.currentTimeMillis()).as("the nodes made the parties' addresses").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** A queue the hub sends to exists once it sent there: a party may read it, not make it. */
    private void awaitAddress(String address) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!broker.hasAddress(address)) {
            assertThat(System.currentTimeMillis()).as(address + " made by the hub").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private void awaitFile(Path file) throws Exception {
        long deadline = System.currentTimeMillis() + 150_000;
        while (!Files.exists(file)) {
            for (HubProcess node : nodes) {
                assertThat(node.alive()).as("node running; see " + node.log()).isTrue();
            }
            assertThat(System.currentTimeMillis()).as(file + " written in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** How many judgements a node logged ({@code message <id> <type> <Identificatie> from <sender> to ...}). */
    private static long judgedLines(HubProcess node) throws IOException {
        try (var lines = Files.lines(node.log())) {
            return lines.filter(line -> JUDGED.matcher(line).matches()).count();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
