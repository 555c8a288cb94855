package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR365 (9365): a second answer to a request follows only an 'under investigation' answer. */
public final class Tr365OnlyAfterInvestigation extends CrossMessageRule {
    public Tr365OnlyAfterInvestigation() {
        super("TR365", "9365", "an earlier answer to the request must be 'under investigation'", 319);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        AnswerRules rules = AnswerRules.of(message, state);
        if (rules.earlierAnswers().stream().anyMatch(earlier -> !"2".equals(earlier.verzoekAntwoord()))) {
            context.report(rules.antwoord(), "the request was already answered finally");
        }
    }
}
