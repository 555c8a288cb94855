package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD060: a credit line names the line it credits (VorigReferentieNummer); a debit line does not. */
public final class Cd060VorigReferentieNummerOnCredit extends BaseRule {
    public Cd060VorigReferentieNummerOnCredit() {
        super("CD060", "VorigReferentieNummer mandatory on a credit line, otherwise empty", 323, 325);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement prestatie : Paths.prestaties(message)) {
            boolean credit = Amounts.isCredit(prestatie.child("IngediendBedrag").orElseThrow());
            XmlElement reference = prestatie.child("ProductReferentie").orElseThrow();
            if (credit && !reference.has("VorigReferentieNummer")) {
                context.report(reference, "a credit line must name the line it credits (VorigReferentieNummer)");
            } else if (!credit && reference.has("VorigReferentieNummer")) {
                context.report(reference.at("VorigReferentieNummer").orElseThrow(),
                        "only a credit line has a VorigReferentieNummer");
            }
        }
    }
}
