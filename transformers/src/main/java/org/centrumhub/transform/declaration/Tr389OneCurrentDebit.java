package org.centrumhub.transform.declaration;

import org.centrumhub.transform.crossmessage.DeclaredLine;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR389 (9389): a debit for a product period, category, code and assignment is only allowed when every earlier
 * granted debit for them has been credited (credits in the same declaration count: they are judged first).
 */
public final class Tr389OneCurrentDebit extends DeclarationLineRule {
    public Tr389OneCurrentDebit() {
        super("TR389", "9389", "a new debit for a product period is only allowed once every earlier one is credited");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        DeclaredLine self = line.stored(scope.domain(), scope.provider(), true);
        for (DeclaredLine earlier : scope.onAssignment(line.responsible(), line.assignmentNumber())) {
            if (!earlier.credit() && earlier.samePeriodAndProduct(self)
                    && scope.creditOf(earlier.reference()).isEmpty()) {
                context.report(line.element(), "line " + earlier.reference()
                        + " for the same product period is granted and not credited");
                return;
            }
        }
    }
}
