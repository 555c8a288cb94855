package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/** TR390 (9390): a line is credited once. */
public final class Tr390CreditedOnce extends CreditLineRule {
    public Tr390CreditedOnce() {
        super("TR390", "9390", "a line is credited once");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        if (line.previousReference() != null && scope.creditOf(line.previousReference()).isPresent()) {
            context.report(line.element().at("ProductReferentie").orElseThrow(), "line " + line.previousReference()
                    + " was credited already");
        }
    }
}
