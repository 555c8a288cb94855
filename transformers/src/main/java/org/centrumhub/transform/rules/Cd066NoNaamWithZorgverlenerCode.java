package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD066: a professional referrer (Type 02-05) identified by ZorgverlenerCode has no Naam. */
public final class Cd066NoNaamWithZorgverlenerCode extends BaseRule {
    public Cd066NoNaamWithZorgverlenerCode() {
        super("CD066", "Verwijzer Type 02-05 with ZorgverlenerCode: Naam must be empty", 315);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement verwijzer : Referrers.of(message)) {
            if (Referrers.isProfessional(verwijzer) && verwijzer.has("ZorgverlenerCode") && verwijzer.has("Naam")) {
                context.report(verwijzer.at("Naam").orElseThrow(),
                        "a referrer identified by ZorgverlenerCode is not also named");
            }
        }
    }
}
