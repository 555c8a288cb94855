package org.centrumhub.transform.rules;

import java.time.YearMonth;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS337: a ProductPeriode ends in the calendar month and year it begins in. */
public final class Cs337ProductPeriodInOneMonth extends BaseRule {
    public Cs337ProductPeriodInOneMonth() {
        super("CS337", "ProductPeriode Einddatum in the same calendar month as its Begindatum", 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement prestatie : Paths.prestaties(message)) {
            XmlElement period = prestatie.child("ProductPeriode").orElseThrow();
            YearMonth begin = YearMonth.from(period.date("Begindatum").orElseThrow());
            YearMonth end = YearMonth.from(period.date("Einddatum").orElseThrow());
            if (!begin.equals(end)) {
                context.report(period.at("Einddatum").orElseThrow(),
                        "the period runs from " + begin + " into " + end + "; declare each month on its own line");
            }
        }
    }
}
