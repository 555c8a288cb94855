package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;

/** CD079: a product line without a Budget names its Product. */
public final class Cd079ProductWithoutBudget extends BaseRule {
    public Cd079ProductWithoutBudget() {
        super("CD079", "Product mandatory when Budget is empty", 301, 315, 317);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (ProductLine line : ProductLine.withProduct(message)) {
            if (!line.hasBudget() && !line.line().has("Product")) {
                context.report(line.line(), "a line without a Budget must name its Product");
            }
        }
    }
}
