package org.centrumhub.transform.declaration;

import java.time.YearMonth;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.CrossMessageRule;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.rules.RuleContext;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR318 (8214): declaration periods follow each other: never a DeclaratiePeriode before the last one this provider
 * declared to this municipality (IV090). Months without care may be skipped, and the latest period may be declared
 * again for corrections (OP284); whether care was delivered in the skipped months is not the hub's to know.
 */
public final class Tr318DeclarationPeriodFollowsPrevious extends CrossMessageRule {
    public Tr318DeclarationPeriodFollowsPrevious() {
        super("TR318", "8214", "the DeclaratiePeriode is not before the previous declaration's", 323);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        XmlElement period = message.body().orElseThrow().child("DeclaratiePeriode").orElseThrow();
        YearMonth month = YearMonth.from(period.date("Begindatum").orElseThrow());
        state.latestDeclarationPeriod(message.type().standard(), message.sender(), message.addressee())
                .filter(month::isBefore)
                .ifPresent(latest -> context.report(period, "the declaration period " + month
                        + " is before the period already declared (" + latest + ")"));
    }
}
