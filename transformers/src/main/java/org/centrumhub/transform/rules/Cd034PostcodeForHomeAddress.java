package org.centrumhub.transform.rules;

import java.util.Set;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD034: the Adres of a Contact with Soort 01 (BRP) or 03 (residence) has a Postcode. */
public final class Cd034PostcodeForHomeAddress extends BaseRule {
    private static final Set<String> SOORTEN = Set.of("01", "03");

    public Cd034PostcodeForHomeAddress() {
        super("CD034", "Postcode mandatory when the address Soort is 01 or 03", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement contact : Persons.contacts(message)) {
            String soort = contact.text("Soort").orElse("");
            if (SOORTEN.contains(soort)) {
                contact.child("Adres").filter(adres -> !adres.has("Postcode")).ifPresent(adres -> context.report(adres,
                        "an address of Soort " + soort + " needs a Postcode"));
            }
        }
    }
}
