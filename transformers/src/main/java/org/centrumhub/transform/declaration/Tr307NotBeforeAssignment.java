package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/** TR307 (9307): the product period begins on or after the Ingangsdatum of the assigned product. */
public final class Tr307NotBeforeAssignment extends DeclarationLineRule {
    public Tr307NotBeforeAssignment() {
        super("TR307", "9307", "the product period begins on or after the Ingangsdatum of the assigned product");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        line.assignment().filter(a -> line.begin().isBefore(a.start()))
                .ifPresent(a -> context.report(line.element().at("ProductPeriode/Begindatum").orElseThrow(),
                        "the product period begins before assignment " + line.assignmentNumber() + " (" + a.start() + ")"));
    }
}
