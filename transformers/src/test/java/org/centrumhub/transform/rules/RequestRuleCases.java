package org.centrumhub.transform.rules;

import java.util.List;
import org.centrumhub.transform.fixtures.RuleCase;

/** Rows for the rules of {@link RequestRule}. */
final class RequestRuleCases {
    private RequestRuleCases() {
    }

    static List<RuleCase> cases() {
        return List.of();
    }
}
