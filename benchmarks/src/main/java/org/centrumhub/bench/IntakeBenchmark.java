package org.centrumhub.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.centrumhub.bench.hub.Broker;
import org.centrumhub.bench.hub.HubUnderTest;
import org.centrumhub.bench.hub.IntakeFigures;
import org.centrumhub.bench.hub.IntakePhases;
import org.centrumhub.bench.hub.IntakeSettings;
import org.centrumhub.bench.hub.Options;

/**
 * Where the hub stands (issue 11): starts the hub's jar on a fresh data folder with the bare baseline route on, and
 * in one run, on the same broker, measures the full intake (check, store, answer, forward) and the bare transacted
 * route for starts (305) and for 2,000-client declarations (323), then the intake's latency at half its peak
 * ({@link IntakePhases}); prints the figures as Markdown tables and stops the hub. Options (all optional):
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.centrumhub.bench.IntakeBenchmark
 *      [--jar routes/target/centrumhub.jar] [--home .] [--heap 512m] [--jvm-arg=-X...]... [--consumers N]
 *      [--hub-arg=--centrumhub.some.setting=value]... [--protocol core|amqp] [--senders 4]
 *      [--starts 3000] [--warm-up-starts 1000] [--clients 2000] [--lines 4] [--declarations 2]
 *      [--paced-seconds 30] [--paced-declarations 8] [--large] [--keep-data] [--log file]
 * </pre>
 */
public final class IntakeBenchmark {
    private static final Set<String> OPTIONS = Set.of("jar", "home", "heap", "jvm-arg", "consumers", "hub-arg",
            "protocol", "senders", "starts", "warm-up-starts", "clients", "lines", "declarations", "paced-seconds",
            "paced-declarations", "large", "keep-data", "log");

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args, OPTIONS);
        IntakeSettings settings = new IntakeSettings(options.integer("senders", 4), options.integer("starts", 3000),
                options.integer("warm-up-starts", 1000), options.integer("clients", 2000), options.integer("lines", 4),
                options.integer("declarations", 2), options.integer("paced-seconds", 30),
                options.integer("paced-declarations", 8), options.flag("large"));
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + options.get("heap", "512m")));
        jvm.addAll(options.all("jvm-arg"));
        List<String> hubArgs = hubArgs(options, settings);
        Path log = Path.of(options.get("log", Path.of(System.getProperty("java.io.tmpdir"),
                "centrumhub-bench-" + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(':', '-')
                        + ".log").toString()));
        System.out.printf(Locale.ROOT, "Centrumhub intake benchmark, %s; Java %s, %d cores, %s%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), memory());
        System.out.printf(Locale.ROOT, "hub: %s %s; intake consumers %s; %d senders over %s; hub log %s%n",
                String.join(" ", jvm), String.join(" ", options.all("hub-arg")),
                options.get("consumers", "the hub's default"), settings.senders(), options.get("protocol", "core"), log);

        HubUnderTest hub = HubUnderTest.start(Path.of(options.get("jar", "routes/target/centrumhub.jar")),
                Path.of(options.get("home", ".")), jvm, hubArgs, log, options.flag("keep-data"));
        Thread stopOnInterrupt = new Thread(() -> close(hub));
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        try (Broker broker = Broker.local(options.get("protocol", "core"), hub.brokerPort())) {
            System.out.printf("hub up (pid %d, broker port %d, data %s)%n", hub.pid(), hub.brokerPort(), hub.dataDir());
            IntakeFigures figures = new IntakePhases(hub, broker, settings, System.out).run();
            figures.print(System.out);
        } finally {
            close(hub);
            Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
        }
    }

    /**
     * The bare route on, the consumers if given, the senders registered as the only providers (a list given on the
     * command line replaces the one in config/parties.yml; the municipalities stay), then the extra arguments.
     */
    private static List<String> hubArgs(Options options, IntakeSettings settings) {
        List<String> args = new ArrayList<>(List.of("--centrumhub.bench.bare-route=true"));
        if (options.has("consumers")) {
            args.add("--centrumhub.intake.consumers=" + options.get("consumers", null));
        }
        List<String> providers = new ArrayList<>();
        for (int i = 0; i < settings.senders(); i++) {
            providers.add(settings.provider(i));
        }
        if (settings.large()) {
            providers.add(IntakeSettings.LARGE_PROVIDER);
        }
        for (int i = 0; i < providers.size(); i++) {
            args.add("--centrumhub.parties.providers[" + i + "].code=" + providers.get(i));
            args.add("--centrumhub.parties.providers[" + i + "].name=Benchmark provider " + providers.get(i));
        }
        args.addAll(options.all("hub-arg"));
        return args;
    }

    private static String memory() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%.0f GiB memory", os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
    }

    private static void close(HubUnderTest hub) {
        try {
            hub.close();
        } catch (Exception e) {
            System.err.println("could not stop the hub (pid " + hub.pid() + ") cleanly: " + e);
        }
    }
}
