package org.centrumhub.transform.declaration;

import java.time.LocalDate;
import java.time.YearMonth;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR388 (9388): the product period ends on the last day of its month, unless the assignment ends earlier in that
 * month: then on the assignment's Einddatum.
 */
public final class Tr388PeriodEndsOnLastOfMonth extends DeclarationLineRule {
    public Tr388PeriodEndsOnLastOfMonth() {
        super("TR388", "9388", "the product period ends on the last of the month or on the earlier Einddatum of the assignment");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        line.assignment().ifPresent(assignment -> {
            LocalDate last = YearMonth.from(line.end()).atEndOfMonth();
            LocalDate end = assignment.end();
            LocalDate expected = end != null && end.isBefore(last) && YearMonth.from(end).equals(YearMonth.from(last))
                    ? end : last;
            if (!line.end().equals(expected)) {
                context.report(line.element().at("ProductPeriode/Einddatum").orElseThrow(),
                        "the product period should end on " + expected);
            }
        });
    }
}
