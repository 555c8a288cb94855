package org.centrumhub.transform.rules;

import java.util.Set;
import org.centrumhub.transform.Message;

/**
 * An Omvang in Eenheid 14, 16, 83 or 84 on a line that ends after 2020-12-31 (or is open) has Frequentie 2, 4 or 6.
 * The standard gives this constraint two codes: CS338 (301, 317) and CS343 (315).
 */
abstract class FrequencyForPeriodUnits extends BaseRule {
    private static final Set<String> UNITS = Set.of("14", "16", "83", "84");
    private static final Set<String> FREQUENCIES = Set.of("2", "4", "6");

    FrequencyForPeriodUnits(String code, int... numbers) {
        super(code, "Eenheid 14, 16, 83 or 84 on a line ending after 2020-12-31 or open needs Frequentie 2, 4 or 6",
                numbers);
    }

    @Override
    public final void check(Message message, RuleContext context) {
        for (ProductLine line : ProductLine.of(message)) {
            String unit = line.line().text("Omvang/Eenheid").orElse("");
            String frequency = line.line().text("Omvang/Frequentie").orElse("");
            if (UNITS.contains(unit) && !FREQUENCIES.contains(frequency) && line.endsAfter2020OrOpen()) {
                context.report(line.line().at("Omvang/Frequentie").orElseThrow(), "Eenheid " + unit
                        + " needs Frequentie 2, 4 or 6 on a line ending after 2020-12-31 or open, not " + frequency);
            }
        }
    }
}
