package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/** TR384 (9384): no declaration on an assignment deleted with RedenWijziging 13. */
public final class Tr384NotOnDeletedAssignment extends DeclarationLineRule {
    public Tr384NotOnDeletedAssignment() {
        super("TR384", "9384", "no declaration on an assignment deleted with RedenWijziging 13");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        line.assignment().filter(a -> "13".equals(a.redenWijziging()))
                .ifPresent(a -> context.report(line.element().child("ToewijzingNummer").orElseThrow(),
                        "assignment " + line.assignmentNumber() + " was deleted (RedenWijziging 13)"));
    }
}
