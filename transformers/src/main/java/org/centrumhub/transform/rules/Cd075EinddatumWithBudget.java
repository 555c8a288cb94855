package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;

/** CD075: a product line with a Budget has an end date. */
public final class Cd075EinddatumWithBudget extends BaseRule {
    public Cd075EinddatumWithBudget() {
        super("CD075", "Einddatum mandatory when Budget is filled", 301, 315, 317);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (ProductLine line : ProductLine.of(message)) {
            if (line.hasBudget() && line.end().isEmpty()) {
                context.report(line.line().at("Budget").orElseThrow(),
                        "a Budget needs an end date (" + line.endName() + ") on the same line");
            }
        }
    }
}
