package org.centrumhub.hub.privacy;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole suite's log output holds no BSN. Runs after every other test of the build, in a surefire execution of
 * its own (routes/pom.xml), over what this build wrote: each test class's output ({@code *-output.txt}, as
 * {@code redirectTestOutputToFile} makes surefire keep it, and its {@code *.dumpstream}) of transformers and routes,
 * and the logs of the hub processes the fault tests start ({@code target/test-data/**}{@code /hub-*.log}, with the
 * {@code postgres-*.log} of the databases they restart). Every
 * eleven-test 9-digit token is a hit, reported by file and line with the number masked, and said to be a fixture
 * BSN or not. Files older than the build's start are left out (stale output of an earlier build); a module without
 * output from this build (run alone) is named and skipped. In a {@code -Dtest=...} run the scan is skipped: the
 * logs of the rest of the suite are not fresh.
 */
class BsnLogScanTest {
    private static final int MAX_LISTED = 100;
    private static final int EXCERPT = 160;

    /** A source of log output: a folder and the files in it (recursively) that are logs. */
    private record Source(String name, Path folder, Predicate<Path> isLog) {
    }

    private record Hit(Path file, int line, BsnDetector.Found found, String kind, String excerpt) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + found.masked();
        }
    }

    @Test
    void theSuitesLogOutputHoldsNoBsn() throws IOException {
        String singleTest = System.getProperty("centrumhub.logscan.test", "");
        assumeTrue(singleTest.isBlank() || singleTest.startsWith("${"),
                "a -Dtest run (" + singleTest + "): the rest of the suite's logs are not from this build");

        Path routes = Path.of(System.getProperty("centrumhub.logscan.routes", System.getProperty("user.dir")))
                .toAbsolutePath().normalize();
        Path project = routes.getParent();
        Optional<Instant> since = buildStart();
        FixtureBsns fixtures = FixtureBsns.collect(project);

        // this scan's own output holds masked numbers only
        Predicate<Path> testOutput = file -> !file.getFileName().toString().contains(BsnLogScanTest.class.getName())
                && (file.getFileName().toString().endsWith("-output.txt")
                        || file.getFileName().toString().endsWith(".dumpstream"));
        List<Source> sources = List.of(
                new Source("transformers test output", project.resolve("transformers/target/surefire-reports"),
                        testOutput),
                new Source("routes test output", routes.resolve("target/surefire-reports"), testOutput),
                new Source("hub process logs", routes.resolve("target/test-data"),
                        file -> file.getFileName().toString().matches("(hub|postgres)-.*\\.log")));

        List<Hit> hits = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (Source source : sources) {
            List<Path> files = logs(source, since);
            summary.add(source.name() + ": " + describe(source, files, since, project));
            for (Path file : files) {
                scan(file, fixtures, hits);
            }
        }
        System.out.println("BSN scan of the suite's log output (" + since.map(s -> "files written since " + s)
                .orElse("all files: the build's start is unknown") + "; " + fixtures.literal().size()
                + " literal fixture BSNs known):");
        summary.forEach(line -> System.out.println("  " + line));
        System.out.println("  " + hits.size() + " eleven-test numbers found");

        if (!hits.isEmpty()) {
            // the report alone: an assertion's rendering of the hits would print the numbers themselves
            fail(report(hits, project));
        }
    }

    private static List<Path> logs(Source source, Optional<Instant> since) throws IOException {
        return files(source.folder(), source.isLog(), since);
    }

    private static List<Path> files(Path folder, Predicate<Path> wanted, Optional<Instant> since) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(wanted)
                    .filter(file -> since.map(start -> !modified(file).isBefore(start)).orElse(true))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** What was scanned of a source, or why nothing: a module whose tests wrote no output, or did not run. */
    private static String describe(Source source, List<Path> files, Optional<Instant> since, Path project)
            throws IOException {
        String where = String.valueOf(project.relativize(source.folder()));
        if (!files.isEmpty()) {
            return files.size() + " files in " + where;
        }
        String fromThisBuild = since.isPresent() ? " from this build" : "";
        int reports = files(source.folder(), file -> file.getFileName().toString().matches("TEST-.*\\.xml"), since)
                .size();
        if (reports > 0) {
            return reports + " test classes reported" + fromThisBuild + " in " + where + ", none wrote any output";
        }
        return "nothing" + fromThisBuild + " in " + where + " (not run in this build?), not scanned";
    }

    private static void scan(Path file, FixtureBsns fixtures, List<Hit> hits) throws IOException {
        // the decoder replaces malformed input: a log may hold anything
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                for (BsnDetector.Found found : BsnDetector.find(line)) {
                    String kind = fixtures.describe(found.number());
                    hits.add(new Hit(file, number, found, kind == null ? "not a fixture BSN" : kind,
                            excerpt(line, found.column())));
                }
            }
        }
    }

    private static String report(List<Hit> hits, Path project) {
        StringBuilder out = new StringBuilder(hits.size() + " eleven-test 9-digit numbers (BSNs, or what looks like one)"
                + " in the suite's log output; the code that logged them must not:\n");
        hits.stream().limit(MAX_LISTED).forEach(hit -> out.append("  ").append(project.relativize(hit.file()))
                .append(':').append(hit.line()).append(": ").append(hit.found().masked()).append(" (")
                .append(hit.kind()).append(")  ").append(hit.excerpt()).append('\n'));
        if (hits.size() > MAX_LISTED) {
            out.append("  ... and ").append(hits.size() - MAX_LISTED).append(" more\n");
        }
        return out.toString();
    }

    /** The line around the hit, every eleven-test number in it masked. */
    private static String excerpt(String line, int column) {
        int from = Math.max(0, column - EXCERPT / 2);
        int to = Math.min(line.length(), from + EXCERPT);
        String masked = BsnDetector.maskAll(line);
        return (from > 0 ? "..." : "") + masked.substring(from, to).strip() + (to < line.length() ? "..." : "");
    }

    /** The build's start ({@code maven.build.timestamp}, passed by the pom), to leave out older files. */
    private static Optional<Instant> buildStart() {
        String value = System.getProperty("centrumhub.logscan.since", "");
        try {
            return value.isBlank() || value.startsWith("${") ? Optional.empty() : Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
