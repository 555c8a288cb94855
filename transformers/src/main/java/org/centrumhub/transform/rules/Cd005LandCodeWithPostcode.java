package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD005: an Adres has a LandCode when it has a Postcode, and none otherwise. */
public final class Cd005LandCodeWithPostcode extends BaseRule {
    public Cd005LandCodeWithPostcode() {
        super("CD005", "LandCode mandatory when Postcode is filled, otherwise empty", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement adres : Persons.addresses(message)) {
            boolean postcode = adres.has("Postcode");
            if (postcode && !adres.has("LandCode")) {
                context.report(adres, "the address has a Postcode but no LandCode");
            } else if (!postcode && adres.has("LandCode")) {
                context.report(adres.at("LandCode").orElseThrow(), "the address has a LandCode but no Postcode");
            }
        }
    }
}
