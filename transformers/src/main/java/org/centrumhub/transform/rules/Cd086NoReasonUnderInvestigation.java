package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD086: a request under investigation (VerzoekAntwoord 2) has no RedenAfwijzingVerzoek. */
public final class Cd086NoReasonUnderInvestigation extends BaseRule {
    public Cd086NoReasonUnderInvestigation() {
        super("CD086", "RedenAfwijzingVerzoek must be empty when VerzoekAntwoord is 2 (under investigation)", 319);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement antwoord = message.root().at("Antwoord").orElseThrow();
        if (antwoord.text("VerzoekAntwoord").filter("2"::equals).isPresent() && antwoord.has("RedenAfwijzingVerzoek")) {
            context.report(antwoord.at("RedenAfwijzingVerzoek").orElseThrow(),
                    "a request under investigation is not rejected, so it has no RedenAfwijzingVerzoek");
        }
    }
}
