package org.centrumhub.transform.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR416: no two debit lines of one 323 share ProductPeriode, ProductCategorie, ProductCode and ToewijzingNummer.
 * Compared per client: a ToewijzingNummer is unique per municipality only (TR332), and a declaration to a centre
 * municipality may hold clients of several participants whose assignments carry the same number.
 */
public final class Tr416NoDuplicateDebitLines extends BaseRule {
    public Tr416NoDuplicateDebitLines() {
        super("TR416", "no two debit Prestaties for the same period, category, code and assignment", 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        Map<List<Object>, XmlElement> seen = new HashMap<>();
        for (XmlElement client : message.body().orElseThrow().all("Clienten/Client")) {
            for (XmlElement prestatie : client.all("Prestaties/Prestatie")) {
                if (Amounts.isCredit(prestatie.child("IngediendBedrag").orElseThrow())) {
                    continue;
                }
                List<Object> key = List.of(client.text("Bsn").orElse(""), prestatie.date("ProductPeriode/Begindatum").orElseThrow(),
                        prestatie.date("ProductPeriode/Einddatum").orElseThrow(),
                        prestatie.text("ProductCategorie").orElse(""), prestatie.text("ProductCode").orElse(""),
                        prestatie.number("ToewijzingNummer").orElse(-1L));
                XmlElement first = seen.putIfAbsent(key, prestatie);
                if (first != null) {
                    context.report(prestatie, "a second debit line for the same period, product and assignment as "
                            + first.path());
                }
            }
        }
    }
}
