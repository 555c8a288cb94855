package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD087: a line has a ProductTarief unless its Eenheid is 83 (euros), in which case it has none. */
public final class Cd087TariefUnlessEuros extends BaseRule {
    public Cd087TariefUnlessEuros() {
        super("CD087", "ProductTarief mandatory when Eenheid is not 83, empty when it is 83", 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement prestatie : Paths.prestaties(message)) {
            boolean euros = prestatie.text("Eenheid").filter("83"::equals).isPresent();
            if (!euros && !prestatie.has("ProductTarief")) {
                context.report(prestatie.at("Eenheid").orElseThrow(),
                        "Eenheid " + prestatie.text("Eenheid").orElseThrow() + " needs a ProductTarief");
            } else if (euros && prestatie.has("ProductTarief")) {
                context.report(prestatie.at("ProductTarief").orElseThrow(), "a line in euros (Eenheid 83) has no ProductTarief");
            }
        }
    }
}
