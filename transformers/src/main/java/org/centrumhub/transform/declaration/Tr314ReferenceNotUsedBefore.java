package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/** TR314 (8021): the ReferentieNummer of a line was not used before by this provider in this legal domain. */
public final class Tr314ReferenceNotUsedBefore extends DeclarationLineRule {
    public Tr314ReferenceNotUsedBefore() {
        super("TR314", "8021", "the ReferentieNummer of a line was not used before by this provider in this legal domain");
    }

    @Override
    protected boolean judgesCredits() {
        return true;
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        if (scope.usedBefore(line.reference())) {
            context.report(line.element().at("ProductReferentie/ReferentieNummer").orElseThrow(),
                    "ReferentieNummer " + line.reference() + " was used in an earlier declaration");
        }
    }
}
