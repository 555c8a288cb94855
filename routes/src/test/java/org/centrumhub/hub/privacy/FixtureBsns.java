package org.centrumhub.hub.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The eleven-test numbers the tests and the demo use as BSNs: the literal ones in test sources and resources (the
 * fixtures' {@code <Bsn>999900018</Bsn>}, a test's {@code "999900043"}: a whole string literal or element text, not
 * a number inside other text such as a Content-Length), and the generated family {@code 99nnnnnnc} of
 * {@code TestBsns} and {@code DemoTraffic.bsn} (two nines, six digits, the check digit), which covers every client
 * the test traffic and the demo make up. This package's own planted samples are not fixtures.
 */
public final class FixtureBsns {
    private static final Set<String> SCANNED = Set.of("java", "xml", "json", "yml", "yaml", "properties", "csv", "txt");
    /** A 9-digit string literal, or the whole text of an element. */
    private static final Pattern LITERAL = Pattern.compile("\"([0-9]{9})\"|>\\s*([0-9]{9})\\s*<");

    private final Set<String> literal;

    private FixtureBsns(Set<String> literal) {
        this.literal = literal;
    }

    /** Collects the literal BSNs from the test trees (and the demo generator) below a project root. */
    public static FixtureBsns collect(Path projectRoot) {
        Set<String> literal = new TreeSet<>();
        for (String tree : new String[] {"transformers/src/test", "routes/src/test", "routes/src/main/java/org/centrumhub/hub/demo"}) {
            Path root = projectRoot.resolve(tree);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(FixtureBsns::scanned).forEach(file -> {
                    try {
                        Matcher matcher = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                        while (matcher.find()) {
                            String number = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                            if (BsnDetector.passesElevenTest(number)) {
                                literal.add(number);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FixtureBsns(Set.copyOf(literal));
    }

    /** The literal ones found. */
    public Set<String> literal() {
        return literal;
    }

    /** Whether the tests or the demo use this number as a BSN; null when they do not, else how. */
    public String describe(String number) {
        if (literal.contains(number)) {
            return "a fixture BSN (literal in the test sources)";
        }
        if (number.startsWith("99") && BsnDetector.passesElevenTest(number)) {
            return "a fixture BSN (the generated family 99nnnnnnc of TestBsns and DemoTraffic)";
        }
        return null;
    }

    private static boolean scanned(Path file) {
        if (file.getParent() != null && file.getParent().endsWith(Path.of("hub", "privacy"))) {
            return false;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && SCANNED.contains(name.substring(dot + 1));
    }
}
