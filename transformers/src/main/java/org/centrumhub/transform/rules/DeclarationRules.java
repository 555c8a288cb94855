package org.centrumhub.transform.rules;

import java.util.List;

/** Rules on declarations and declaration answers (323, 325). */
final class DeclarationRules {
    private DeclarationRules() {
    }

    static List<InMessageRule> rules() {
        return List.of();
    }
}
