package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD067: a professional referrer (Type 02-05) without ZorgverlenerCode is named. */
public final class Cd067NaamWithoutZorgverlenerCode extends BaseRule {
    public Cd067NaamWithoutZorgverlenerCode() {
        super("CD067", "Verwijzer Type 02-05 without ZorgverlenerCode: Naam must be filled", 315);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement verwijzer : Referrers.of(message)) {
            if (Referrers.isProfessional(verwijzer) && !verwijzer.has("ZorgverlenerCode") && !verwijzer.has("Naam")) {
                context.report(verwijzer, "a referrer of Type " + verwijzer.text("Type").orElseThrow()
                        + " needs a ZorgverlenerCode or a Naam");
            }
        }
    }
}
