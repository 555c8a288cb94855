package org.centrumhub.transform.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.ValidationResult;
import org.centrumhub.transform.fixtures.RuleCase;
import org.centrumhub.transform.fixtures.TestClock;
import org.centrumhub.transform.xml.MessageReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The table of in-message rules: every row edits a fixture and states the one rule it must break, or that it
 * must pass. Every rule of the catalog has at least one failing and one passing row.
 */
class InMessageRulesTest {
    private static final RuleCatalog CATALOG = RuleCatalog.standard();
    private static final MessageValidator VALIDATOR =
            new MessageValidator(MessageReader.DEFAULT_MAX_BYTES, CATALOG, TestClock.CLOCK);

    static List<RuleCase> allCases() {
        List<RuleCase> cases = new ArrayList<>();
        cases.addAll(CommonRuleCases.cases());
        cases.addAll(AssignmentRuleCases.cases());
        cases.addAll(RequestRuleCases.cases());
        cases.addAll(DeclarationRuleCases.cases());
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyRow() {
        return allCases().stream().map(row -> DynamicTest.dynamicTest(row.name() + " [" + row.fixture() + "]", () -> {
            ValidationResult result = VALIDATOR.validate(row.document());
            assertThat(result.level()).as("level reached, findings %s", result.findings()).isEqualTo(Level.RULES);
            if (row.passes()) {
                assertThat(result.findings()).as("a passing row has no findings").isEmpty();
            } else {
                assertThat(result.codes()).as("codes found").containsExactlyInAnyOrderElementsOf(row.expectedCodes());
                for (Finding finding : result.findings()) {
                    Rule rule = CATALOG.byCode(finding.code()).orElseThrow(
                            () -> new AssertionError("no rule " + finding.code() + " in the catalog"));
                    assertThat(finding.retourCode()).isEqualTo(rule.retourCode());
                    assertThat(finding.path()).startsWith("/Bericht/");
                    assertThat(finding.message()).isNotBlank();
                }
            }
        }));
    }

    @Test
    void everyRuleHasAFailingAndAPassingRow() {
        List<RuleCase> cases = allCases();
        Set<String> failing = cases.stream().flatMap(row -> row.expectedCodes().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> passing = cases.stream().filter(RuleCase::passes).map(RuleCase::rule)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> codes = CATALOG.rules().stream().filter(rule -> rule.scope() == Rule.Scope.IN_MESSAGE).map(Rule::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(failing).as("rules with a failing row").containsAll(codes);
        assertThat(passing).as("rules with a passing row").containsAll(codes);
    }

    @Test
    void ruleCodesAreUniquePerMessageTypeAndScope() {
        // a rule may have an in-message part and a cross-message part (TR314), or parts per message (TR304)
        for (org.centrumhub.schema.MessageType type : org.centrumhub.schema.MessageType.values()) {
            for (Rule.Scope scope : Rule.Scope.values()) {
                assertThat(CATALOG.rulesFor(type, scope).stream().map(Rule::code).toList())
                        .as(type + " " + scope).doesNotHaveDuplicates();
            }
        }
    }
}
