package org.centrumhub.bench.hub;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.centrumhub.bench.BareXsd;
import org.centrumhub.transform.xml.MessageReader;

/**
 * The intake benchmark's runs on one hub, in order: the assignments the declarations need (not timed), a warm-up of
 * everything, then the peak of the intake and of the bare route for starts (305) and for declarations (323), each
 * pair on the same bytes, then open-loop runs at half of each intake peak, and the 25 MB declaration if asked.
 */
public final class IntakePhases {
    /** Participants of Zuid-Limburg (config/regions) that send the assignments, every client's from one of them. */
    public static final List<String> MUNICIPALITIES = List.of("0935", "0917", "1883", "0928");
    /** A run fails when no answer comes for this long (the 25 MB declaration has longer). */
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Pace ALL_AT_ONCE = new Pace.Burst(50);
    /** Declarations: each committed on its own, as a provider's system sends a file. */
    private static final Pace EACH_ON_ITS_OWN = new Pace.Burst(1);
    private static final int FIRST_DECLARATION_SEED = 10_000;
    private static final int FIRST_START_SEED = 500_000;

    private final HubUnderTest hub;
    private final Broker broker;
    private final IntakeSettings settings;
    private final PrintStream out;
    private final List<Login> providers = new ArrayList<>();
    private final Declarations declarations;
    private final Starts starts = new Starts(FIRST_START_SEED);

    public IntakePhases(HubUnderTest hub, Broker broker, IntakeSettings settings, PrintStream out) {
        this.hub = hub;
        this.broker = broker;
        this.settings = settings;
        this.out = out;
        this.declarations = new Declarations(MUNICIPALITIES, FIRST_DECLARATION_SEED,
                LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        for (int i = 0; i < settings.senders(); i++) {
            providers.add(hub.login(settings.provider(i)));
            declarations.provider(settings.provider(i), settings.clients(), settings.linesPerClient());
        }
        if (settings.large()) {
            fitLargeDeclaration();
        }
    }

    public IntakeFigures run() throws Exception {
        List<Address> municipalities = MUNICIPALITIES.stream()
                .map(m -> new Address(hub.login(m), "hub.to-municipality." + m)).toList();
        try (Readers readers = new Readers(broker, municipalities)) {
            RunResult assignments = measure("assignments (301, set-up)", assign(), ALL_AT_ONCE);
            warmUp();
            List<List<Outbound>> peakStarts = starts("SP", settings.starts());
            RunResult jw305 = measure("JW305 intake, peak", intake(peakStarts), ALL_AT_ONCE);
            RunResult jw305Bare = measure("JW305 bare, peak", bare(peakStarts), ALL_AT_ONCE);
            List<List<Outbound>> peakDeclarations = declarations(settings.declarationsPerSender() * settings.senders());
            RunResult jw323 = measure("JW323 intake, peak", intake(peakDeclarations), EACH_ON_ITS_OWN);
            RunResult jw323Bare = measure("JW323 bare, peak", bare(peakDeclarations), EACH_ON_ITS_OWN);
            double startRate = jw305.messagesPerSecond() / 2;
            List<List<Outbound>> pacedStarts = starts("SH", (int) Math.round(startRate * settings.pacedSeconds()));
            RunResult jw305Paced = measure("JW305 intake at half its peak", intake(pacedStarts),
                    new Pace.Fixed(startRate));
            RunResult jw323Paced = measure("JW323 intake at half its peak",
                    intake(declarations(settings.pacedDeclarations())), new Pace.Fixed(jw323.messagesPerSecond() / 2));
            LargeFigures large = settings.large() ? large() : null;
            return new IntakeFigures(assignments, jw305, jw305Bare, jw323, jw323Bare, jw305Paced, jw323Paced, large,
                    readers.read());
        }
    }

    private void warmUp() throws Exception {
        List<List<Outbound>> warmStarts = starts("SW", settings.warmUpStarts());
        measure("warm-up: JW305 intake", intake(warmStarts), ALL_AT_ONCE);
        measure("warm-up: JW305 bare", bare(warmStarts), ALL_AT_ONCE);
        List<List<Outbound>> warmDeclarations = declarations(settings.senders());
        measure("warm-up: JW323 intake", intake(warmDeclarations), EACH_ON_ITS_OWN);
        measure("warm-up: JW323 bare", bare(warmDeclarations), EACH_ON_ITS_OWN);
    }

    /** The municipalities send every provider's assignments; each is judged and forwarded to its provider. */
    private Plan assign() {
        List<Sender> senders = new ArrayList<>();
        List<Address> errors = new ArrayList<>();
        for (Map.Entry<String, List<Outbound>> from : declarations.assignments().entrySet()) {
            Login municipality = hub.login(from.getKey());
            senders.add(new Sender(new Address(municipality, "hub.from-municipality." + from.getKey()), from.getValue()));
            errors.add(new Address(municipality, "hub.errors." + from.getKey()));
        }
        List<Login> receivers = new ArrayList<>(providers);
        if (settings.large()) {
            receivers.add(hub.login(IntakeSettings.LARGE_PROVIDER));
        }
        return new Plan(senders, receivers.stream().map(p -> new Address(p, "hub.to-provider." + p.user())).toList(),
                errors, Answers.counted());
    }

    /** Each sender's messages to its own address; answers on its own queue, error notices fail the run. */
    private Plan intake(List<List<Outbound>> perSender) {
        List<Sender> senders = new ArrayList<>();
        for (int i = 0; i < perSender.size(); i++) {
            senders.add(new Sender(new Address(providers.get(i), "hub.from-provider." + providers.get(i).user()),
                    perSender.get(i)));
        }
        return new Plan(senders, providers.stream().map(p -> new Address(p, "hub.to-provider." + p.user())).toList(),
                providers.stream().map(p -> new Address(p, "hub.errors." + p.user())).toList(), Answers.counted());
    }

    /** The same messages from the same senders through the bare route: taken off and put on, nothing else. */
    private Plan bare(List<List<Outbound>> perSender) {
        List<Sender> senders = new ArrayList<>();
        for (int i = 0; i < perSender.size(); i++) {
            senders.add(new Sender(new Address(providers.get(i), "bench.bare.in"), perSender.get(i)));
        }
        return new Plan(senders, List.of(new Address(providers.get(0), "bench.bare.out")), List.of(), Answers.ignored());
    }

    /** {@code count} starts over the senders, each on a new client; Identificatie {@code phase}, sender, number. */
    private List<List<Outbound>> starts(String phase, int count) {
        List<List<Outbound>> perSender = new ArrayList<>();
        for (int i = 0; i < settings.senders(); i++) {
            int own = count / settings.senders() + (i < count % settings.senders() ? 1 : 0);
            perSender.add(starts.next(providers.get(i).user(), String.format("%s%02d", phase, i), own));
        }
        return perSender;
    }

    /** {@code count} declarations over the senders in turn, each its sender's next month. */
    private List<List<Outbound>> declarations(int count) {
        List<List<Outbound>> perSender = new ArrayList<>();
        providers.forEach(p -> perSender.add(new ArrayList<>()));
        for (int k = 0; k < count; k++) {
            int i = k % settings.senders();
            perSender.get(i).add(declarations.next(providers.get(i).user()));
        }
        return perSender;
    }

    /** As many clients (2 lines each) as fit in the hub's 25 MB limit, like routes' LargeDeclarationTest. */
    private void fitLargeDeclaration() {
        int clients = 20_000;
        declarations.provider(IntakeSettings.LARGE_PROVIDER, clients, 2);
        while (declarations.peek(IntakeSettings.LARGE_PROVIDER).body().length > MessageReader.DEFAULT_MAX_BYTES) {
            clients -= 250;
            declarations.provider(IntakeSettings.LARGE_PROVIDER, clients, 2);
        }
    }

    /** The 25 MB declaration end to end (send to its 325), next to a bare XSD validation of the same bytes here. */
    private LargeFigures large() throws Exception {
        Outbound declaration = declarations.next(IntakeSettings.LARGE_PROVIDER);
        double xsdSeconds = bareXsdSeconds(declaration.body());
        Login provider = hub.login(IntakeSettings.LARGE_PROVIDER);
        Plan plan = new Plan(List.of(new Sender(new Address(provider, "hub.from-provider." + provider.user()),
                List.of(declaration))), List.of(new Address(provider, "hub.to-provider." + provider.user())),
                List.of(new Address(provider, "hub.errors." + provider.user())), Answers.counted());
        RunResult result = report("25 MB JW323 intake",
                new LoadRun(broker, Duration.ofMinutes(10)).run(plan, EACH_ON_ITS_OWN));
        return new LargeFigures(declaration.body().length, declaration.lines(), result, xsdSeconds);
    }

    /** The median of three bare validations after two to warm up. */
    private static double bareXsdSeconds(byte[] document) throws Exception {
        double[] seconds = new double[5];
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            BareXsd.validate(document);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        double[] timed = Arrays.copyOfRange(seconds, 2, 5);
        Arrays.sort(timed);
        return timed[1];
    }

    private RunResult measure(String what, Plan plan, Pace pace) throws Exception {
        return report(what, new LoadRun(broker, PATIENCE).run(plan, pace));
    }

    /** One line per run, with the machine's load average (other processes on the cores make figures noisy). */
    private RunResult report(String what, RunResult result) {
        String lines = result.lines() > result.messages()
                ? String.format(Locale.ROOT, " %9.0f lines/s", result.linesPerSecond()) : "";
        out.printf(Locale.ROOT, "%-32s %6d msgs %9.2f s %9.1f msg/s%s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " load %.1f; %s%n", what, result.messages(), result.seconds(), result.messagesPerSecond(), lines,
                result.millis(50), result.millis(99), result.millis(100),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), result.answers().summary());
        return result;
    }
}
