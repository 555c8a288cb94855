package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR332 (9332): an assignment number is unique per municipality per legal domain: a 301 may reuse a number only
 * for the same client and provider (to change or end that assignment).
 */
public final class Tr332AssignmentNumberUnique extends CrossMessageRule {
    public Tr332AssignmentNumberUnique() {
        super("TR332", "9332", "ToewijzingNummer unique per municipality per legal domain", 301);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        for (Lines.AssignmentLine line : Lines.assignments(message, state)) {
            Assignment incoming = line.assignment();
            state.assignment(incoming.domain(), incoming.municipality(), incoming.number())
                    .filter(known -> !known.client().equals(incoming.client()) || !known.provider().equals(incoming.provider()))
                    .ifPresent(known -> context.report(line.element(), "ToewijzingNummer " + incoming.number()
                            + " is already in use by this municipality for another client or provider"));
        }
    }
}
