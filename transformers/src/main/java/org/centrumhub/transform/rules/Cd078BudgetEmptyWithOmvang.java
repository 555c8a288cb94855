package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;

/** CD078: Budget is empty when an Omvang is filled (the mirror of CD077). */
public final class Cd078BudgetEmptyWithOmvang extends BaseRule {
    public Cd078BudgetEmptyWithOmvang() {
        super("CD078", "Budget must be empty when Omvang is filled", 301, 315, 317);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (ProductLine line : ProductLine.of(message)) {
            if (line.hasBudget() && line.hasOmvang()) {
                context.report(line.line().at("Budget").orElseThrow(), "a line with an Omvang may not also have a Budget");
            }
        }
    }
}
