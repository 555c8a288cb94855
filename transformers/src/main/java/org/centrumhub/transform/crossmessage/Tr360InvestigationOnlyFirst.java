package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR360 (9360): 'under investigation' (VerzoekAntwoord 2) is only the first answer to a request. */
public final class Tr360InvestigationOnlyFirst extends CrossMessageRule {
    public Tr360InvestigationOnlyFirst() {
        super("TR360", "9360", "VerzoekAntwoord 2 only when the request has no answer yet", 319);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        AnswerRules rules = AnswerRules.of(message, state);
        if ("2".equals(rules.answer().verzoekAntwoord()) && !rules.earlierAnswers().isEmpty()) {
            context.report(rules.antwoord(), "the request was answered before; 'under investigation' comes first only");
        }
    }
}
