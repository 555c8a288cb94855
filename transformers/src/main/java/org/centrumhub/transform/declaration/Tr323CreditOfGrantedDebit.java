package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/** TR323 (8017): a credit line withdraws an earlier granted debit line. */
public final class Tr323CreditOfGrantedDebit extends CreditLineRule {
    public Tr323CreditOfGrantedDebit() {
        super("TR323", "8017", "a credit line withdraws an earlier granted debit line");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        String previous = line.previousReference();
        boolean grantedDebit = previous != null && scope.line(previous)
                .filter(debit -> debit.granted() && !debit.credit()).isPresent();
        if (!grantedDebit) {
            context.report(line.element().at("ProductReferentie").orElseThrow(), "no granted debit line "
                    + previous + " of this provider to credit");
        }
    }
}
