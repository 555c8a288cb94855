package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/** TR339 (9339): the ProductCategorie of a line is the assigned category. */
public final class Tr339CategoryAsAssigned extends DeclarationLineRule {
    public Tr339CategoryAsAssigned() {
        super("TR339", "9339", "the ProductCategorie of a line is the assigned category");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        line.assignment().filter(a -> a.category() != null && !a.category().equals(line.category()))
                .ifPresent(a -> context.report(line.element().child("ProductCategorie").orElseThrow(),
                        "assignment " + line.assignmentNumber() + " is for category " + a.category()));
    }
}
