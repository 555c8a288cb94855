package org.centrumhub.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** Entry point of the {@code centrumhub} command. */
public final class Centrumhub {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: centrumhub <command> [options]

            commands:
              validate [--json] [--max-bytes N] FILE...
                  Checks iJw 3.2 / iWmo 3.2 messages as the standard does: safe XML, the XSD, then every
                  in-message rule. One result per file; --json prints one JSON object per line.
                  Exit status: 0 all valid, 1 any invalid, 2 usage error.
              help
                  Shows this text.
            """;

    private Centrumhub() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
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
}
