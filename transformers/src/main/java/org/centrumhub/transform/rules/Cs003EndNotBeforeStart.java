package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS003: where both are filled, the end date of a period is on or after its start date. */
public final class Cs003EndNotBeforeStart extends BaseRule {
    public Cs003EndNotBeforeStart() {
        super("CS003", "end date on or after the start date of the same period", 301, 315, 317);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement periode : message.root().all("Client/Contactgegevens/Contact/Periode")) {
            checkPeriod(periode, "Begindatum", "Einddatum", context);
        }
        for (XmlElement periode : message.root().all("Client/Relaties/Relatie/Contact/Periode")) {
            checkPeriod(periode, "Begindatum", "Einddatum", context);
        }
        for (ProductLine line : ProductLine.of(message)) {
            checkPeriod(line.line(), line.startName(), line.endName(), context);
        }
    }

    private static void checkPeriod(XmlElement holder, String startName, String endName, RuleContext context) {
        holder.date(startName).ifPresent(start -> holder.date(endName).ifPresent(end -> {
            if (end.isBefore(start)) {
                context.report(holder.at(endName).orElseThrow(),
                        endName + " " + end + " lies before " + startName + " " + start);
            }
        }));
    }
}
