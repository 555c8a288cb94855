package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;

/** CD041: a product line with a Product/Code has an Omvang. */
public final class Cd041OmvangWithProductCode extends BaseRule {
    public Cd041OmvangWithProductCode() {
        super("CD041", "Omvang mandatory when Product/Code is filled", 301, 315, 317);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (ProductLine line : ProductLine.withProduct(message)) {
            if (line.hasProductCode() && !line.hasOmvang()) {
                context.report(line.line(), "product " + line.line().text("Product/Code").orElseThrow()
                        + " has no Omvang; a product code needs the volume, unit and frequency");
            }
        }
    }
}
