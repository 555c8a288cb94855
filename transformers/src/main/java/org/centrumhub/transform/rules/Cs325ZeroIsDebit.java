package org.centrumhub.transform.rules;

import java.util.ArrayList;
import java.util.List;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS325: an amount of 0 (line or total) carries DebetCredit D. */
public final class Cs325ZeroIsDebit extends BaseRule {
    public Cs325ZeroIsDebit() {
        super("CS325", "an amount of 0 carries DebetCredit D", 323, 325);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement body = message.body().orElse(null);
        if (body == null) {
            return;
        }
        List<XmlElement> totals = new ArrayList<>(body.all("TotaalIngediendBedrag"));
        totals.addAll(body.all("TotaalToegekendBedrag"));
        for (XmlElement total : totals) {
            checkZero(total, "TotaalBedrag", context);
        }
        for (XmlElement prestatie : Paths.prestaties(message)) {
            checkZero(prestatie.child("IngediendBedrag").orElseThrow(), "Bedrag", context);
        }
    }

    private static void checkZero(XmlElement amount, String valueName, RuleContext context) {
        if (amount.number(valueName).filter(value -> value == 0).isPresent() && Amounts.isCredit(amount)) {
            context.report(amount.at("DebetCredit").orElseThrow(), amount.name() + " is 0 and must then be debit (D)");
        }
    }
}
