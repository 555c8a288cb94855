package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/** TR308 (9308): the product period ends on or before the Einddatum of the assigned product. */
public final class Tr308NotAfterAssignment extends DeclarationLineRule {
    public Tr308NotAfterAssignment() {
        super("TR308", "9308", "the product period ends on or before the Einddatum of the assigned product");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        line.assignment().filter(a -> a.end() != null && line.end().isAfter(a.end()))
                .ifPresent(a -> context.report(line.element().at("ProductPeriode/Einddatum").orElseThrow(),
                        "the product period ends after assignment " + line.assignmentNumber() + " (" + a.end() + ")"));
    }
}
