package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR359 (9359): no 319 for a request that a 301 already honoured. */
public final class Tr359NoAnswerAfterAssignment extends CrossMessageRule {
    public Tr359NoAnswerAfterAssignment() {
        super("TR359", "9359", "no 319 after a 301 with the same ReferentieAanbieder", 319);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        AnswerRules rules = AnswerRules.of(message, state);
        RequestAnswer answer = rules.answer();
        if (!state.assignmentsForReference(answer.domain(), answer.provider(), answer.reference()).isEmpty()) {
            context.report(rules.antwoord(), "this request was already honoured with an assignment");
        }
    }
}
