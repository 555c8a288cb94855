package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/**
 * TR369 (9369): when the assignment has a Budget, the volume of all granted lines on it together (credits
 * withdrawing their debits) fits within the Budget.
 */
public final class Tr369VolumeFitsBudget extends DeclarationLineRule {
    public Tr369VolumeFitsBudget() {
        super("TR369", "9369", "the volume of all lines on an assignment with a Budget fits within it");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        line.assignment().filter(a -> a.budget() != null).ifPresent(a -> {
            long declared = line.volume() + Tr322TotalVolumeFitsExtent.netVolume(scope, line);
            if (declared > a.budget()) {
                context.report(line.element().child("GeleverdVolume").orElseThrow(), "with this line " + declared
                        + " is declared on assignment " + line.assignmentNumber() + ", whose budget is " + a.budget());
            }
        });
    }
}
