package org.centrumhub.bench;

import java.util.List;
import java.util.Locale;
import org.centrumhub.transform.MessageValidator;

/**
 * A plain load driver for the validator: per message and per method, a warm-up and then a timed run on one
 * thread, printing messages/s and MB/s. Arguments: [seconds per case, default 10].
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.centrumhub.bench.ValidatorThroughput}.
 */
public final class ValidatorThroughput {
    private interface Method {
        void run(byte[] document) throws Exception;
    }

    private record Case(String message, byte[] document, String method, Method run) {
    }

    private ValidatorThroughput() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        MessageValidator validator = MessageValidator.standard();
        Method full = document -> {
            if (!validator.validate(document).valid()) {
                throw new IllegalStateException("benchmark input is not valid");
            }
        };
        Method bare = BareXsd::validate;
        byte[] jw305 = Inputs.jw305();
        byte[] jw323 = Inputs.jw323();
        List<Case> cases = List.of(
                new Case("JW305", jw305, "centrumhub validate (xml+xsd+rules)", full),
                new Case("JW305", jw305, "bare XSD validation", bare),
                new Case("JW323", jw323, "centrumhub validate (xml+xsd+rules)", full),
                new Case("JW323", jw323, "bare XSD validation", bare));
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB; %.0f s per case after %.0f s warm-up%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), seconds, seconds / 2);
        System.out.printf(Locale.ROOT, "%-6s %10s  %-38s %12s %10s%n", "msg", "bytes", "method", "messages/s", "MB/s");
        for (Case c : cases) {
            measure(c, seconds / 2);
            double[] result = measure(c, seconds);
            System.out.printf(Locale.ROOT, "%-6s %10d  %-38s %12.1f %10.1f%n", c.message(), c.document().length,
                    c.method(), result[0], result[1]);
        }
    }

    /** Messages per second and megabytes (10^6 bytes) per second over a run of about the given length. */
    private static double[] measure(Case c, double seconds) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        while (System.nanoTime() < deadline) {
            c.run().run(c.document());
            count++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new double[] {count / elapsed, count * (double) c.document().length / 1e6 / elapsed};
    }
}
