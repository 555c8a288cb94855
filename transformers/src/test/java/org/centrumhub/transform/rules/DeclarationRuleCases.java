package org.centrumhub.transform.rules;

import java.util.List;
import org.centrumhub.transform.fixtures.RuleCase;

/** Rows for the rules of {@link DeclarationRule}. */
final class DeclarationRuleCases {
    private DeclarationRuleCases() {
    }

    static List<RuleCase> cases() {
        return List.of();
    }
}
