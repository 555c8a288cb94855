package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS339: on a line in euros (Eenheid 83, volume in cents) the IngediendBedrag equals the GeleverdVolume. */
public final class Cs339EurosAmountIsVolume extends BaseRule {
    public Cs339EurosAmountIsVolume() {
        super("CS339", "Eenheid 83: IngediendBedrag = GeleverdVolume", 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement prestatie : Paths.prestaties(message)) {
            if (prestatie.text("Eenheid").filter("83"::equals).isEmpty()) {
                continue;
            }
            long volume = prestatie.number("GeleverdVolume").orElseThrow();
            long amount = prestatie.number("IngediendBedrag/Bedrag").orElseThrow();
            if (amount != volume) {
                context.report(prestatie.at("IngediendBedrag/Bedrag").orElseThrow(), "a line in euros declares its "
                        + "volume (in cents) as the amount: " + Amounts.euros(volume) + ", not " + Amounts.euros(amount));
            }
        }
    }
}
