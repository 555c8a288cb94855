package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR355 (9355): a 319 answers a request (VOT or VOW) the provider sent before to this municipality. */
public final class Tr355AnswerToKnownRequest extends CrossMessageRule {
    public Tr355AnswerToKnownRequest() {
        super("TR355", "9355", "the 319's ReferentieAanbieder occurs in an earlier VOT or VOW", 319);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        AnswerRules rules = AnswerRules.of(message, state);
        RequestAnswer answer = rules.answer();
        if (state.request(answer.domain(), answer.provider(), answer.reference())
                .filter(request -> request.municipality().equals(answer.municipality())).isEmpty()) {
            context.report(rules.antwoord(), "no request of this provider to this municipality with ReferentieAanbieder "
                    + answer.reference());
        }
    }
}
