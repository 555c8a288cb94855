package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR304 (8187): the client of a request for change is the client of the assignments it refers to. */
public final class Tr304SameClientAsAssignment extends CrossMessageRule {
    public Tr304SameClientAsAssignment() {
        super("TR304", "8187", "the BSN is the BSN of the client of the referenced assignment", 317);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        String client = VowLines.client(message, state);
        for (VowLines.Line line : VowLines.of(message, state)) {
            if (line.assignment().filter(a -> !a.client().equals(client)).isPresent()) {
                context.report(line.element(), "assignment " + line.number() + " belongs to another client");
            }
        }
    }
}
