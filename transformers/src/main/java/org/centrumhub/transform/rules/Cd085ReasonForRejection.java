package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD085: a rejected request (VerzoekAntwoord 1) carries the RedenAfwijzingVerzoek. */
public final class Cd085ReasonForRejection extends BaseRule {
    public Cd085ReasonForRejection() {
        super("CD085", "RedenAfwijzingVerzoek mandatory when VerzoekAntwoord is 1 (rejected)", 319);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement antwoord = message.root().at("Antwoord").orElseThrow();
        if (antwoord.text("VerzoekAntwoord").filter("1"::equals).isPresent() && !antwoord.has("RedenAfwijzingVerzoek")) {
            context.report(antwoord.at("VerzoekAntwoord").orElseThrow(), "a rejection needs its RedenAfwijzingVerzoek");
        }
    }
}
