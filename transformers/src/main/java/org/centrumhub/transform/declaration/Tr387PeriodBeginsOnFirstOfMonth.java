package org.centrumhub.transform.declaration;

import java.time.LocalDate;
import java.time.YearMonth;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR387 (9387): the product period begins on the first day of its month, unless the assignment starts later in that
 * month: then on the assignment's Ingangsdatum.
 */
public final class Tr387PeriodBeginsOnFirstOfMonth extends DeclarationLineRule {
    public Tr387PeriodBeginsOnFirstOfMonth() {
        super("TR387", "9387", "the product period begins on the first of the month or on the later Ingangsdatum of the assignment");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        line.assignment().ifPresent(assignment -> {
            LocalDate first = YearMonth.from(line.begin()).atDay(1);
            LocalDate expected = assignment.start().isAfter(first) && YearMonth.from(assignment.start())
                    .equals(YearMonth.from(first)) ? assignment.start() : first;
            if (!line.begin().equals(expected)) {
                context.report(line.element().at("ProductPeriode/Begindatum").orElseThrow(),
                        "the product period should begin on " + expected);
            }
        });
    }
}
