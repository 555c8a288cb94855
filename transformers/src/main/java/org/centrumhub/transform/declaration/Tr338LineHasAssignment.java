package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/** TR338 (9338): every line relates to an assigned product via its ToewijzingNummer. */
public final class Tr338LineHasAssignment extends DeclarationLineRule {
    public Tr338LineHasAssignment() {
        super("TR338", "9338", "every line relates to an assigned product via its ToewijzingNummer");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        if (line.assignment().isEmpty() && line.otherClientsAssignment().isEmpty()) {
            context.report(line.element().child("ToewijzingNummer").orElseThrow(), "no assignment "
                    + line.assignmentNumber() + " to this provider is known for the municipalities this declaration may concern");
        }
    }
}
