package org.centrumhub.transform.rules;

import java.util.List;

/** Rules that concern the header, the client and the message as a whole. */
final class CommonRules {
    private CommonRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Tr135DagtekeningNotInFuture(),
                new Cs002BsnElevenTest(),
                new Tr002BirthDateWithin120Years(),
                new Tr101NoDuplicateLines(),
                new Tr134DatesNotAfterDagtekening());
    }
}
