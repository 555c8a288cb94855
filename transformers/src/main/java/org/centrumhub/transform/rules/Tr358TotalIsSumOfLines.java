package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR358: TotaalIngediendBedrag equals the sum of the lines' IngediendBedrag, debit added and credit subtracted. */
public final class Tr358TotalIsSumOfLines extends BaseRule {
    public Tr358TotalIsSumOfLines() {
        super("TR358", "TotaalIngediendBedrag = signed sum of the Prestaties' IngediendBedrag", 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement total = message.body().flatMap(body -> body.child("TotaalIngediendBedrag")).orElseThrow();
        long sum = 0;
        for (XmlElement prestatie : Paths.prestaties(message)) {
            sum += Amounts.signed(prestatie.child("IngediendBedrag").orElseThrow(), "Bedrag");
        }
        long declared = Amounts.signed(total, "TotaalBedrag");
        if (declared != sum) {
            context.report(total, "the total is " + Amounts.euros(declared) + " but the lines add up to "
                    + Amounts.euros(sum));
        }
    }
}
