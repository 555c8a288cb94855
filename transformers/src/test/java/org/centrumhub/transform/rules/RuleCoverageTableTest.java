package org.centrumhub.transform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrumhub.transform.ExampleFiles;
import org.junit.jupiter.api.Test;

/** docs/rule-coverage.md must tell the truth about the rule catalog, and list every rule of the standard. */
class RuleCoverageTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| ((?:TR|CD|CS|RS)\\d+) \\| [^|]* \\| ([^|]*) \\| [^|]* \\| ([^|]*) \\| ([^|]*) \\|$");
    private static final Pattern SPEC_CODE = Pattern.compile("^\\| ((?:TR|CD|CS)\\d{3}) \\|");
    private static final Pattern SPEC_RS = Pattern.compile("(RS\\d{3}) \\|");

    private record Row(String retourCode, String status, String where) {
    }

    @Test
    void implementedRowsAreExactlyTheCatalog() throws IOException {
        Map<String, Row> table = table();
        Set<String> inMessage = new TreeSet<>();
        Set<String> inTheHub = new TreeSet<>(Set.of("TR056"));
        for (Rule rule : RuleCatalog.standard().rules()) {
            (rule.scope() == Rule.Scope.IN_MESSAGE ? inMessage : inTheHub).add(rule.code());
            Row row = table.get(rule.code());
            assertThat(row).as("row for " + rule.code()).isNotNull();
            assertThat(row.retourCode()).as("retourcode of " + rule.code()).isEqualTo(rule.retourCode());
            assertThat(row.where()).as("class of " + rule.code()).contains(rule.getClass().getSimpleName());
        }
        // a rule with a part in the hub (TR314: within the message and across messages) is implemented in the hub
        inMessage.removeAll(inTheHub);
        assertThat(codesWithStatus(table, "implemented")).as("in-message rules").isEqualTo(inMessage);
        assertThat(codesWithStatus(table, "implemented in the hub")).as("cross-message rules").isEqualTo(inTheHub);
        assertThat(table.get("TR056").where()).contains("Intake");
        assertThat(table.values()).noneMatch(row -> row.status().isBlank() || row.status().equals("MISSING"));
    }

    private static Set<String> codesWithStatus(Map<String, Row> table, String status) {
        Set<String> codes = new TreeSet<>();
        table.forEach((code, row) -> {
            if (row.status().equals(status)) {
                codes.add(code);
            }
        });
        return codes;
    }

    @Test
    void everyRuleOfTheStandardHasARow() throws IOException {
        Path examples = ExampleFiles.folder();
        assumeTrue(examples != null, "../shared/domain not found: check against rules.md skipped");
        Path rules = examples.getParent().resolve("rules.md");
        Set<String> spec = new TreeSet<>();
        boolean inRestrictions = false;
        for (String line : Files.readAllLines(rules, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inRestrictions = line.startsWith("## 6.");
            }
            Matcher code = SPEC_CODE.matcher(line);
            if (code.find()) {
                spec.add(code.group(1));
            }
            if (inRestrictions) {
                Matcher rs = SPEC_RS.matcher(line);
                while (rs.find()) {
                    spec.add(rs.group(1));
                }
            }
        }
        assertThat(spec).hasSizeGreaterThan(150);
        assertThat(table().keySet()).containsAll(spec);
    }

    private static Map<String, Row> table() throws IOException {
        Path file = Path.of("").toAbsolutePath();
        while (file != null && !Files.exists(file.resolve("docs/rule-coverage.md"))) {
            file = file.getParent();
        }
        assertThat(file).as("docs/rule-coverage.md above the working directory").isNotNull();
        Map<String, Row> rows = new TreeMap<>();
        for (String line : Files.readAllLines(file.resolve("docs/rule-coverage.md"), StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line.trim());
            if (row.matches()) {
                rows.put(row.group(1), new Row(row.group(2).trim(), row.group(3).trim(), row.group(4).trim()));
            }
        }
        return rows;
    }
}
