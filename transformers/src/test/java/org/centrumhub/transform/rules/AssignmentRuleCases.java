package org.centrumhub.transform.rules;

import java.util.List;
import org.centrumhub.transform.fixtures.RuleCase;

/** Rows for the rules of {@link AssignmentRule}. */
final class AssignmentRuleCases {
    private AssignmentRuleCases() {
    }

    static List<RuleCase> cases() {
        return List.of();
    }
}
