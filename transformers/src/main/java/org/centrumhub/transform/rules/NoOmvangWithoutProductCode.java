package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;

/**
 * A product line without a Product/Code has no Omvang when it ends after 2020-12-31 or is open. The standard gives
 * this condition one code per message: CD080 (301), CD095 (315), CD096 (317 NieuwProduct).
 */
abstract class NoOmvangWithoutProductCode extends BaseRule {
    NoOmvangWithoutProductCode(String code, int number) {
        super(code, "Omvang must be empty when the line has no Product/Code and ends after 2020-12-31 or is open",
                number);
    }

    @Override
    public final void check(Message message, RuleContext context) {
        for (ProductLine line : ProductLine.withProduct(message)) {
            if (line.hasOmvang() && !line.hasProductCode() && line.endsAfter2020OrOpen()) {
                context.report(line.line().at("Omvang").orElseThrow(), "a line without a product code may not have an "
                        + "Omvang when it ends after 2020-12-31 or has no end date");
            }
        }
    }
}
