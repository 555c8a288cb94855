package org.centrumhub.transform.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR137: the Einddatum of a declared period lies on or after its Begindatum and on or before the message
 * Dagtekening. The sources do not name the elements; we apply it to the ProductPeriode (323, 325) and the
 * DeclaratiePeriode (323). A period that already begins after the Dagtekening is TR134's finding, not reported twice.
 */
public final class Tr137PeriodEndWithinBounds extends BaseRule {
    public Tr137PeriodEndWithinBounds() {
        super("TR137", "period Einddatum on or after its Begindatum and not after the Dagtekening", 323, 325);
    }

    @Override
    public void check(Message message, RuleContext context) {
        LocalDate dagtekening = message.dagtekening();
        for (XmlElement period : periods(message)) {
            LocalDate begin = period.date("Begindatum").orElseThrow();
            XmlElement endElement = period.at("Einddatum").orElseThrow();
            LocalDate end = endElement.date().orElseThrow();
            if (begin.isAfter(dagtekening)) {
                continue;
            }
            if (end.isBefore(begin)) {
                context.report(endElement, period.name() + " ends on " + end + ", before it begins on " + begin);
            } else if (end.isAfter(dagtekening)) {
                context.report(endElement, period.name() + " ends on " + end + ", after the Dagtekening " + dagtekening);
            }
        }
    }

    private static List<XmlElement> periods(Message message) {
        List<XmlElement> periods = new ArrayList<>();
        message.body().ifPresent(body -> {
            periods.addAll(body.all("DeclaratiePeriode"));
            periods.addAll(body.all("Clienten/Client/Prestaties/Prestatie/ProductPeriode"));
        });
        return periods;
    }
}
