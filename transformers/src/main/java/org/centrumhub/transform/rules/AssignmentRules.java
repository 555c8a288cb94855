package org.centrumhub.transform.rules;

import java.util.List;

/** Rules on assigned, requested and changed products (301, and the product-line conditions 315 and 317 share). */
final class AssignmentRules {
    private AssignmentRules() {
    }

    static List<InMessageRule> rules() {
        return List.of();
    }
}
