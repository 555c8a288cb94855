package org.centrumhub.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.demo.DemoRegion;
import org.centrumhub.hub.security.Credentials;
import org.springframework.boot.SpringApplication;

/** Entry point of the {@code centrumhub} command. */
public final class Centrumhub {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    /** Not an exit status: the hub keeps running until it is stopped. */
    static final int RUNNING = -1;

    private static final String USAGE_TEXT = """
            usage: centrumhub <command> [options]

            commands:
              run [--demo] [--spring.option=value ...]
                  Starts the hub on the embedded defaults: Artemis (in-VM and tcp://127.0.0.1:61616 for CORE,
                  AMQP and STOMP) and PostgreSQL with their data under ./data, Hawtio at http://localhost:8080/hawtio.
                  Options are Spring Boot properties, e.g. --server.port=9090 --centrumhub.data-dir=/var/lib/hub.
                  --demo: a Zuid-Limburg-like region (16 municipalities, 240 providers) with its data under
                  ./data/demo, and a generated month of its traffic replayed through the hub.
              validate [--json] [--max-bytes N] FILE...
                  Checks iJw 3.2 / iWmo 3.2 messages as the standard does: safe XML, the XSD, then every
                  in-message rule. One result per file; --json prints one JSON object per line.
                  Exit status: 0 all valid, 1 any invalid, 2 usage error.
              credentials rotate CODE|operator [--data-dir=DIR]
                  Gives a party (its AGB or CBS code) or the operator a new password: written to
                  DIR/credentials/parties.properties (or operators.properties), hashed into the login store, which a
                  running hub re-reads at once. DIR defaults to ./data. The password itself is not printed.
              help
                  Shows this text.
            """;

    private Centrumhub() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != RUNNING) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "validate":
                return new ValidateCommand(out, err).run(rest);
            case "run":
                SpringApplication hub = new SpringApplication(CentrumhubApplication.class);
                List<String> options = new ArrayList<>(Arrays.asList(rest));
                if (options.remove("--demo")) {
                    hub.setAdditionalProfiles("demo");
                    options.addAll(0, DemoRegion.registryArguments());
                    if (options.stream().noneMatch(o -> o.startsWith("--centrumhub.data-dir="))) {
                        options.add(0, "--centrumhub.data-dir=data/demo");
                    }
                }
                hub.run(options.toArray(String[]::new));
                return RUNNING;
            case "credentials":
                return credentials(rest, out, err);
            case "help":
            case "--help":
            case "-h":
                out.print(USAGE_TEXT);
                return OK;
            default:
                err.println("centrumhub: unknown command '" + args[0] + "'");
                err.print(USAGE_TEXT);
                return USAGE;
        }
    }

    private static int credentials(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>();
        Path dataDir = Path.of("data");
        for (String arg : args) {
            if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                words.add(arg);
            }
        }
        if (words.size() != 2 || !words.get(0).equals("rotate")) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        try {
            Path file = Credentials.rotate(dataDir, words.get(1));
            out.println("new password for " + words.get(1) + " in " + file.toAbsolutePath());
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("centrumhub: " + e.getMessage());
            return INVALID;
        }
    }
}
