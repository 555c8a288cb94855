package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD025: an Adres with LandCode NL has a Huis. */
public final class Cd025HuisForDutchAddress extends BaseRule {
    public Cd025HuisForDutchAddress() {
        super("CD025", "Huis mandatory when LandCode is NL", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement adres : Persons.addresses(message)) {
            if (adres.text("LandCode").filter("NL"::equals).isPresent() && !adres.has("Huis")) {
                context.report(adres, "a Dutch address (LandCode NL) needs the Huis");
            }
        }
    }
}
