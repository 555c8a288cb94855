package org.centrumhub.hub.intake;

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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The intake's judge-and-store path on one thread, without the broker: what each message type costs in statements
 * and round trips to PostgreSQL, and how many messages a second the path takes. Not part of the test suite (the name
 * is no test's, and it runs only with {@code -Dcentrumhub.bench.dbtrips=true}); it asserts nothing, it prints:
 * <pre>
 * ./mvnw -B -o -pl routes -am test -Dtest=IntakeDatabaseBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *        -Dcentrumhub.bench.dbtrips=true [-Dcentrumhub.bench.episodes=400]
 * </pre>
 * Each episode is one client's 301, 302, 305, 307, 315 and 323 ({@link CareEpisode}), judged in that order by the
 * {@code intakeProcessor} and turned into what is sent by {@code dispatch}, as the intake route does, on the
 * embedded PostgreSQL (synchronous commit on, as the hub runs). No route runs, so nothing else uses the cores;
 * on a shared machine the figures still move by some 10 %: compare runs made one after the other. With
 * {@code -Dcentrumhub.bench.wire=true} the connections go through a relay that also counts on the wire
 * ({@link WireCount}; its times are then not comparable).
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(RoundTrips.class)
@EnabledIfSystemProperty(named = "centrumhub.bench.dbtrips", matches = "true")
class IntakeDatabaseBenchmark {
    private static final Path DATA = Path.of("target", "test-data", "dbtrips-" + UUID.randomUUID()).toAbsolutePath();
    private static final int EPISODES = Integer.getInteger("centrumhub.bench.episodes", 400);
    private static final int WARM_UP = Integer.getInteger("centrumhub.bench.warm-up", 100);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntakeRoundTripsTest.hub(registry, DATA);
    }

    @Autowired
    CamelContext camel;
    @Autowired
    IntakeProcessor intake;
    @Autowired
    Dispatch dispatch;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void judgeAndStore() throws Exception {
        count("episode 0, the first messages on their connections", new CareEpisode(0));
        // the messages made first, so the loop does nothing but judge them
        List<List<CareEpisode.Inbound>> episodes = new java.util.ArrayList<>();
        for (int n = 1; n <= WARM_UP + EPISODES; n++) {
            episodes.add(new CareEpisode(n).messages());
        }
        Map<String, long[]> perType = new LinkedHashMap<>();
        Map<Long, Long> postgresAtStart = null;
        long threadCpuAtStart = 0;
        long wallAtStart = 0;
        for (int n = 1; n <= WARM_UP + EPISODES; n++) {
            if (n == WARM_UP + 1) {
                postgresAtStart = postgresCpu();
                threadCpuAtStart = THREADS.getCurrentThreadCpuTime();
                wallAtStart = System.nanoTime();
            }
            for (CareEpisode.Inbound message : episodes.get(n - 1)) {
                RoundTrips.start();
                long start = System.nanoTime();
                judge(message);
                long took = System.nanoTime() - start;
                RoundTrips.Tally tally = RoundTrips.stop();
                if (n > WARM_UP) {
                    long[] sum = perType.computeIfAbsent(message.type(), t -> new long[5]);
                    sum[0]++;
                    sum[1] += took;
                    sum[2] += tally.nanos();
                    sum[3] += tally.roundTrips() + tally.validations();
                    sum[4] += tally.commitNanos();
                }
            }
        }
        double wallSeconds = (System.nanoTime() - wallAtStart) / 1e9;
        double threadCpu = (THREADS.getCurrentThreadCpuTime() - threadCpuAtStart) / 1e9;
        Map<Long, Long> postgresAtEnd = postgresCpu();
        Map<Long, Long> before = postgresAtStart;
        double postgres = postgresAtEnd.entrySet().stream()
                .mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum() / (double) TICKS;
        long[] all = new long[5];
        perType.values().forEach(sum -> {
            for (int i = 0; i < all.length; i++) {
                all[i] += sum[i];
            }
        });
        perType.put("all", all);
        System.out.printf("%nIntakeDatabaseBenchmark: %d episodes after %d to warm up, one thread; the database part"
                + " is the time spent in the driver%n", EPISODES, WARM_UP);
        System.out.printf("  %-5s %10s %11s %8s %10s %8s %9s %12s%n", "type", "us/message", "messages/s", "db us",
                "db msg/s", "db share", "commit us", "round trips");
        perType.forEach((type, sum) -> System.out.printf("  %-5s %10.0f %11.0f %8.0f %10.0f %7.0f%% %9.0f %12.1f%n",
                type, sum[1] / 1e3 / sum[0], sum[0] / (sum[1] / 1e9), sum[2] / 1e3 / sum[0], sum[0] / (sum[2] / 1e9),
                100.0 * sum[2] / sum[1], sum[4] / 1e3 / sum[0], (double) sum[3] / sum[0]));
        System.out.printf("  CPU per message (the timed loop, %.1f s): this thread %.0f us, PostgreSQL (every process of"
                + " the cluster) %.0f us; %.2f cores busy of the 2%n", wallSeconds, threadCpu * 1e6 / all[0],
                postgres * 1e6 / all[0], (threadCpu + postgres) / wallSeconds);
        System.out.println();
        count("one more episode, after the rest: statements prepared on the server by now",
                new CareEpisode(WARM_UP + EPISODES + 1));
        System.out.println("\nIntakeDatabaseBenchmark: the assignments by number, as PostgreSQL runs it ("
                + jdbc.queryForObject("SELECT count(*) FROM assignment", Long.class) + " assignments)");
        jdbc.queryForList("""
                EXPLAIN (ANALYZE, COSTS OFF) SELECT DISTINCT ON (number, municipality) * FROM assignment
                WHERE NOT rejected AND domain = 'IJW' AND number = ANY ('{7000002, 7000003}'::bigint[])
                ORDER BY number, municipality, assigned_at DESC, id DESC""", String.class)
                .forEach(line -> System.out.println("    " + line));
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    /** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
    private static final long TICKS = 100;

    /**
     * CPU used so far by every process of the embedded PostgreSQL cluster (the postmaster named in postmaster.pid and
     * its children: the backends, the WAL writer, ...), per process, in clock ticks.
     */
    private static Map<Long, Long> postgresCpu() throws java.io.IOException {
        long postmaster = Long.parseLong(java.nio.file.Files.readAllLines(DATA.resolve("postgres")
                .resolve("postmaster.pid")).get(0).trim());
        Map<Long, Long> cpu = new java.util.HashMap<>();
        java.util.stream.Stream.concat(ProcessHandle.of(postmaster).stream(),
                ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::descendants)).forEach(p -> {
                    try {
                        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", p.pid() + "", "stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        cpu.put(p.pid(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    } catch (java.io.IOException | RuntimeException e) {
                        // the process ended meanwhile
                    }
                });
        return cpu;
    }

    /** Prints what each message of the episode costs, on the wire too when the relay is on. */
    private void count(String which, CareEpisode episode) throws Exception {
        System.out.println("\nIntakeDatabaseBenchmark: statements and round trips per message (" + which + ")");
        WireCount wire = RoundTrips.wire();
        if (wire != null) {
            wire.takeExchanges();
        }
        for (CareEpisode.Inbound message : episode.messages()) {
            long wireTrips = wire == null ? 0 : wire.roundTrips();
            long wireExecutes = wire == null ? 0 : wire.executes();
            RoundTrips.start();
            MessageStore.Stored decided = judge(message);
            RoundTrips.Tally tally = RoundTrips.stop();
            Thread.sleep(wire == null ? 0 : 200); // the relay has seen all
            System.out.printf("  %s %-9s %s%s%n", message.type(), decided.outcome(), tally, wire == null ? ""
                    : "; on the wire " + (wire.executes() - wireExecutes) + " executes in "
                    + (wire.roundTrips() - wireTrips) + " round trips " + wire.takeExchanges());
            tally.timed().forEach(sql -> System.out.println("    " + sql));
        }
    }

    private MessageStore.Stored judge(CareEpisode.Inbound message) throws Exception {
        Exchange exchange = message.exchange(camel);
        intake.process(exchange);
        List<org.apache.camel.Message> out = dispatch.messages(exchange);
        if (out.isEmpty()) {
            throw new IllegalStateException(message.type() + " sent nothing");
        }
        return exchange.getProperty(Dispatch.DECISION, MessageStore.Stored.class);
    }
}
