package org.centrumhub.transform.rules;

import java.time.LocalDate;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS340: the DeclaratiePeriode is exactly one whole calendar month. */
public final class Cs340DeclarationPeriodIsOneMonth extends BaseRule {
    public Cs340DeclarationPeriodIsOneMonth() {
        super("CS340", "DeclaratiePeriode is exactly one whole calendar month", 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement period = message.body().flatMap(body -> body.child("DeclaratiePeriode")).orElseThrow();
        LocalDate begin = period.date("Begindatum").orElseThrow();
        LocalDate end = period.date("Einddatum").orElseThrow();
        boolean wholeMonth = begin.getDayOfMonth() == 1 && end.equals(begin.withDayOfMonth(begin.lengthOfMonth()));
        if (!wholeMonth) {
            context.report(period, "the period " + begin + " to " + end + " is not one whole calendar month");
        }
    }
}
