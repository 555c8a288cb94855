package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;

/**
 * CD077: Omvang is empty when a Budget is filled. CD078 states the same condition from the Budget's side, so a
 * line with both breaks both; each code reports at its own element.
 */
public final class Cd077OmvangEmptyWithBudget extends BaseRule {
    public Cd077OmvangEmptyWithBudget() {
        super("CD077", "Omvang must be empty when Budget is filled", 301, 315, 317);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (ProductLine line : ProductLine.of(message)) {
            if (line.hasBudget() && line.hasOmvang()) {
                context.report(line.line().at("Omvang").orElseThrow(), "a line with a Budget may not also have an Omvang");
            }
        }
    }
}
