package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD009: a Contact has a Periode only when its Soort is 04 (temporary address). */
public final class Cd009PeriodOnlyForTemporaryAddress extends BaseRule {
    public Cd009PeriodOnlyForTemporaryAddress() {
        super("CD009", "Periode only allowed when Contact/Soort is 04", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement contact : Persons.contacts(message)) {
            if (contact.has("Periode") && contact.text("Soort").filter("04"::equals).isEmpty()) {
                context.report(contact.at("Periode").orElseThrow(),
                        "a Periode is only allowed on a temporary address (Soort 04), not Soort "
                                + contact.text("Soort").orElse(""));
            }
        }
    }
}
