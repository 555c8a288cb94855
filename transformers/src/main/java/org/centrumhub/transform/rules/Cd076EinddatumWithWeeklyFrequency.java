package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;

/** CD076: a product line whose Omvang has Frequentie 2 (per week) has an end date. */
public final class Cd076EinddatumWithWeeklyFrequency extends BaseRule {
    public Cd076EinddatumWithWeeklyFrequency() {
        super("CD076", "Einddatum mandatory when Frequentie is 2 (per week)", 301, 315, 317);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (ProductLine line : ProductLine.of(message)) {
            if (line.line().text("Omvang/Frequentie").filter("2"::equals).isPresent() && line.end().isEmpty()) {
                context.report(line.line().at("Omvang/Frequentie").orElseThrow(),
                        "Frequentie 2 (per week) needs an end date (" + line.endName() + ") on the same line");
            }
        }
    }
}
