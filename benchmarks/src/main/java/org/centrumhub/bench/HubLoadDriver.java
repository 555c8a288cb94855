package org.centrumhub.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.centrumhub.bench.hub.Address;
import org.centrumhub.bench.hub.Answers;
import org.centrumhub.bench.hub.Broker;
import org.centrumhub.bench.hub.LoadRun;
import org.centrumhub.bench.hub.Login;
import org.centrumhub.bench.hub.Options;
import org.centrumhub.bench.hub.Outbound;
import org.centrumhub.bench.hub.Pace;
import org.centrumhub.bench.hub.Plan;
import org.centrumhub.bench.hub.RunResult;
import org.centrumhub.bench.hub.Sender;
import org.centrumhub.bench.hub.Starts;

/**
 * Load driver for a hub that is already running: sends N messages to a provider's address over CORE or AMQP 1.0,
 * waits for every answer on the provider's answer queue, and prints messages/s and latency percentiles (send to
 * answer received; everything is sent at once, committed in batches, so latency includes the time queued behind
 * earlier messages). With {@code --target bare} it measures the hub's bare transacted consume-and-commit route
 * instead ({@code bench.bare.in} to {@code bench.bare.out}; start the hub with {@code --centrumhub.bench.bare-route=true}).
 * {@link IntakeBenchmark} starts a hub of its own and measures everything in one run.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.centrumhub.bench.HubLoadDriver \
 *      [--url tcp://127.0.0.1:61616] [--protocol core|amqp] [--count 2000] [--provider 12345678] [--target intake|bare]
 *      [--batch 50] [--data-dir data]
 * </pre>
 * The driver logs in as the provider with its password from {@code <data-dir>/credentials/parties.properties}, the
 * file the hub generates (the hub's data folder, {@code data} by default, {@code data/demo} for the demo).
 * The JW305 messages are starts of care without ToewijzingNummer (task-based) for a different test client each
 * ({@link Starts}, from a random block of test BSNs, so a second run on the same hub starts other clients), so every
 * one is accepted, answered, stored and forwarded; the answers' retourcodes are printed.
 */
public final class HubLoadDriver {
    private static final Set<String> OPTIONS = Set.of("url", "protocol", "count", "provider", "target", "batch", "data-dir");

    private HubLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args, OPTIONS);
        String protocol = options.get("protocol", "core");
        String url = options.get("url", protocol.equals("amqp") ? "amqp://127.0.0.1:61616" : "tcp://127.0.0.1:61616");
        int count = options.integer("count", 2000);
        String provider = options.get("provider", "12345678");
        boolean bare = options.get("target", "intake").equals("bare");
        Login login = Login.of(Path.of(options.get("data-dir", "data")), provider);
        String in = bare ? "bench.bare.in" : "hub.from-provider." + provider;
        String out = bare ? "bench.bare.out" : "hub.to-provider." + provider;
        // a run's Identificaties differ from an earlier run's on the same hub (TR056 rejects a repeated one)
        String run = "L" + Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase(Locale.ROOT);
        // and so do its clients (a second task-based start of the same care is rejected): a random block of test BSNs
        int firstClient = new Random().nextInt(900_000 - 2 * count);
        List<Outbound> messages = new Starts(firstClient).next(provider, run, count);
        Plan plan = new Plan(List.of(new Sender(new Address(login, in), messages)), List.of(new Address(login, out)),
                bare ? List.of() : List.of(new Address(login, "hub.errors." + provider)),
                bare ? Answers.ignored() : Answers.counted());
        System.out.printf(Locale.ROOT, "sending %d JW305 over %s to %s, answers from %s%n", count, protocol, in, out);
        try (Broker broker = new Broker(protocol, url)) {
            RunResult result = new LoadRun(broker, Duration.ofSeconds(60))
                    .run(plan, new Pace.Burst(options.integer("batch", 50)));
            System.out.printf(Locale.ROOT, "%d answers in %.2f s: %.1f msg/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                            + " %s%n", result.messages(), result.seconds(), result.messagesPerSecond(), result.millis(50),
                    result.millis(99), result.millis(100), result.answers().summary());
        }
    }
}
