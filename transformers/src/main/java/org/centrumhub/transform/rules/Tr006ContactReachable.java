package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR006: every Contact has a Telefoon, or a Huis together with a Postcode, or both. */
public final class Tr006ContactReachable extends BaseRule {
    public Tr006ContactReachable() {
        super("TR006", "every Contact has a Telefoon and/or Huis + Postcode", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement contact : Persons.contacts(message)) {
            boolean address = contact.has("Adres/Huis") && contact.has("Adres/Postcode");
            if (!address && !contact.has("Telefoon")) {
                context.report(contact, "the Contact has neither a Telefoon nor a Huis with a Postcode");
            }
        }
    }
}
