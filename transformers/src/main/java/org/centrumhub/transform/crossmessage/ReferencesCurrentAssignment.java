package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/**
 * An OngewijzigdProduct (TR350) or TeWijzigenProduct (TR351) refers to a current assignment of this municipality
 * for this provider and client (current on the Dagtekening). Another client's assignment is TR304's finding.
 */
abstract class ReferencesCurrentAssignment extends CrossMessageRule {
    private final boolean toChange;

    ReferencesCurrentAssignment(String code, String retourCode, String description, boolean toChange) {
        super(code, retourCode, description, 317);
        this.toChange = toChange;
    }

    @Override
    public final void check(Message message, HubState state, RuleContext context) {
        String client = VowLines.client(message, state);
        for (VowLines.Line line : VowLines.of(message, state)) {
            if (line.toChange() != toChange || line.assignment().filter(a -> !a.client().equals(client)).isPresent()) {
                continue;
            }
            boolean current = line.assignment().filter(a -> a.provider().equals(message.sender())
                    && a.currentOn(message.dagtekening())).isPresent();
            if (!current) {
                context.report(line.element(), "ToewijzingNummer " + line.number()
                        + " is not a current assignment of this provider for this client");
            }
        }
    }
}
