package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/** TR340 (9340): the ProductCode of a line is the assigned code. */
public final class Tr340CodeAsAssigned extends DeclarationLineRule {
    public Tr340CodeAsAssigned() {
        super("TR340", "9340", "the ProductCode of a line is the assigned code");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        line.assignment().filter(a -> a.code() != null && !a.code().equals(line.code()))
                .ifPresent(a -> context.report(line.element().child("ProductCode").orElseThrow(),
                        "assignment " + line.assignmentNumber() + " is for product code " + a.code()));
    }
}
