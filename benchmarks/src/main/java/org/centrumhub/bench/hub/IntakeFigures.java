package org.centrumhub.bench.hub;

import java.io.PrintStream;
import java.util.Locale;

/** Everything one intake benchmark measured, printed as Markdown tables for benchmarks/README.md. */
public record IntakeFigures(RunResult assignments, RunResult jw305, RunResult jw305Bare, RunResult jw323,
                            RunResult jw323Bare, RunResult jw305Paced, RunResult jw323Paced, LargeFigures large,
                            long readByMunicipalities) {

    public void print(PrintStream out) {
        out.println();
        out.println("| peak (everything sent at once) | intake | bare route | intake / bare |");
        out.println("|---|---:|---:|---:|");
        out.printf(Locale.ROOT, "| JW305, msg/s (%,d messages) | %.1f | %.1f | %.2f |%n", jw305.messages(),
                jw305.messagesPerSecond(), jw305Bare.messagesPerSecond(),
                jw305.messagesPerSecond() / jw305Bare.messagesPerSecond());
        out.printf(Locale.ROOT, "| JW323 of %,d lines, lines/s (msg/s; %d messages) | %,.0f (%.2f) | %,.0f (%.2f) | %.2f |%n",
                jw323.lines() / jw323.messages(), jw323.messages(), jw323.linesPerSecond(), jw323.messagesPerSecond(),
                jw323Bare.linesPerSecond(), jw323Bare.messagesPerSecond(),
                jw323.linesPerSecond() / jw323Bare.linesPerSecond());
        out.println();
        out.println("| intake at half its peak (open loop) | rate | messages | p50 | p99 | max |");
        out.println("|---|---:|---:|---:|---:|---:|");
        paced(out, "JW305", jw305Paced, jw305.messagesPerSecond() / 2);
        paced(out, "JW323", jw323Paced, jw323.messagesPerSecond() / 2);
        if (large != null) {
            out.println();
            out.println("| 25 MB declaration | bytes | lines | end to end | bare XSD validation | end to end / bare XSD |");
            out.println("|---|---:|---:|---:|---:|---:|");
            out.printf(Locale.ROOT, "| JW323 | %,d | %,d | %.1f s | %.2f s | %.1f |%n", large.bytes(), large.lines(),
                    large.run().seconds(), large.bareXsdSeconds(), large.ratio());
        }
        out.println();
        out.println("Answers: JW305 peak " + jw305.answers().summary() + "; JW305 paced " + jw305Paced.answers().summary()
                + "; JW323 peak " + jw323.answers().summary() + "; JW323 paced " + jw323Paced.answers().summary()
                + (large == null ? "" : "; 25 MB " + large.run().answers().summary()) + ".");
        out.printf(Locale.ROOT, "Set-up (not in the figures): %,d assignments (301) judged and forwarded in %.1f s"
                + " (%.1f msg/s); the municipalities read %,d messages (forwards, declaration parts).%n",
                assignments.messages(), assignments.seconds(), assignments.messagesPerSecond(), readByMunicipalities);
    }

    private static void paced(PrintStream out, String type, RunResult run, double rate) {
        out.printf(Locale.ROOT, "| %s | %.2f msg/s | %,d | %,.1f ms | %,.1f ms | %,.1f ms |%n", type, rate, run.messages(),
                run.millis(50), run.millis(99), run.millis(100));
    }
}
