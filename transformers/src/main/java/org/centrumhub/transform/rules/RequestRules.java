package org.centrumhub.transform.rules;

import java.util.List;

/** Rules on requests and answers (315, 317, 319). */
final class RequestRules {
    private RequestRules() {
    }

    static List<InMessageRule> rules() {
        return List.of();
    }
}
