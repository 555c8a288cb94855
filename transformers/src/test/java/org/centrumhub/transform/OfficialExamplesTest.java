package org.centrumhub.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.centrumhub.transform.xml.MessageReader;
import org.centrumhub.transform.xml.ReadOutcome;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our XSDs must give the official verdict on the standard's example messages, as recorded in VALIDITY.md.
 * The examples live outside the repository (../shared/domain/examples); without them the test is skipped.
 */
class OfficialExamplesTest {
    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\w+\\.xml) \\| \\w+\\.xsd \\| \\*\\*(valid|INVALID)\\*\\* \\| (.*) \\|$");
    private static final Pattern ELEMENT = Pattern.compile("element (\\w+):");

    private final MessageReader reader = new MessageReader(MessageReader.DEFAULT_MAX_BYTES);

    @TestFactory
    Stream<DynamicTest> everyExampleGetsTheOfficialXsdVerdict() throws IOException {
        Path examples = ExampleFiles.folder();
        assumeTrue(examples != null, "../shared/domain/examples not found: official example check skipped");
        Map<String, Verdict> verdicts = readVerdicts(examples.resolve("VALIDITY.md"));
        assertThat(verdicts).hasSize(21);
        return verdicts.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            ReadOutcome outcome = reader.read(Files.readAllBytes(examples.resolve(entry.getKey())));
            Verdict expected = entry.getValue();
            assertThat(outcome.type()).as("type detected").isPresent();
            assertThat(outcome.type().get().name() + ".xml").isEqualTo(entry.getKey());
            assertThat(outcome.schemaValid()).as(entry.getKey() + " " + outcome.findings()).isEqualTo(expected.valid);
            if (!expected.valid) {
                assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.code()).isEqualTo("XSD_INVALID"));
                assertThat(outcome.findings()).anySatisfy(f -> assertThat(f.path()).endsWith("/" + expected.element));
            }
        }));
    }

    private record Verdict(boolean valid, String element) {
    }

    private static Map<String, Verdict> readVerdicts(Path validity) throws IOException {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(validity, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line.trim());
            if (row.matches()) {
                boolean valid = row.group(2).equals("valid");
                String element = null;
                if (!valid) {
                    Matcher matcher = ELEMENT.matcher(row.group(3));
                    element = matcher.find() ? matcher.group(1) : null;
                }
                verdicts.put(row.group(1), new Verdict(valid, element));
            }
        }
        return verdicts;
    }
}
