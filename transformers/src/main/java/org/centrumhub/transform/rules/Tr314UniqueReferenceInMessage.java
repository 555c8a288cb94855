package org.centrumhub.transform.rules;

import java.util.HashSet;
import java.util.Set;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR314 (8021), its part within one message: a ReferentieNummer occurs on one line only, also across clients (TR101
 * compares lines per client only). Every line after the first with a number already used is rejected; the part
 * across messages is judged against the declaration-line store.
 */
public final class Tr314UniqueReferenceInMessage extends BaseRule {
    public Tr314UniqueReferenceInMessage() {
        super("TR314", "8021", "the ReferentieNummer of a line is unique per provider per legal domain", null, 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        Set<String> seen = new HashSet<>();
        for (XmlElement prestatie : Paths.prestaties(message)) {
            XmlElement reference = prestatie.at("ProductReferentie/ReferentieNummer").orElseThrow();
            if (!seen.add(reference.text())) {
                context.report(reference, "ReferentieNummer " + reference.text() + " is used on an earlier line of this declaration");
            }
        }
    }
}
