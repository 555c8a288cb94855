package org.centrumhub.transform.rules;

import java.util.HashSet;
import java.util.Set;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR315: a line is credited at most once per declaration: every VorigReferentieNummer is unique within the 323. */
public final class Tr315UniqueVorigReferentieNummer extends BaseRule {
    public Tr315UniqueVorigReferentieNummer() {
        super("TR315", "VorigReferentieNummer unique within the message", 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        Set<String> seen = new HashSet<>();
        for (XmlElement prestatie : Paths.prestaties(message)) {
            prestatie.at("ProductReferentie/VorigReferentieNummer").filter(vorig -> !seen.add(vorig.text()))
                    .ifPresent(vorig -> context.report(vorig, "line " + vorig.text() + " is credited more than once"));
        }
    }
}
