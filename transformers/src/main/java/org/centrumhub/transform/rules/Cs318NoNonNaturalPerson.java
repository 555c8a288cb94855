package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS318: NaamGebruik 6 (non-natural person) is not used for the client or a relation. */
public final class Cs318NoNonNaturalPerson extends BaseRule {
    public Cs318NoNonNaturalPerson() {
        super("CS318", "NaamGebruik must not be 6 (non-natural person)", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement naam : Persons.fullNames(message)) {
            naam.child("NaamGebruik").filter(gebruik -> gebruik.text().equals("6")).ifPresent(gebruik ->
                    context.report(gebruik, "NaamGebruik 6 (non-natural person) is not allowed for a person"));
        }
    }
}
