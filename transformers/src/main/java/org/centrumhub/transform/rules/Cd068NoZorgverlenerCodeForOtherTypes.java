package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD068: a referrer that is not a care professional (Type other than 02-05) has no ZorgverlenerCode. */
public final class Cd068NoZorgverlenerCodeForOtherTypes extends BaseRule {
    public Cd068NoZorgverlenerCodeForOtherTypes() {
        super("CD068", "Verwijzer Type not 02-05: ZorgverlenerCode must be empty", 315);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement verwijzer : Referrers.of(message)) {
            if (!Referrers.isProfessional(verwijzer) && verwijzer.has("ZorgverlenerCode")) {
                context.report(verwijzer.at("ZorgverlenerCode").orElseThrow(), "a referrer of Type "
                        + verwijzer.text("Type").orElseThrow() + " has no ZorgverlenerCode");
            }
        }
    }
}
