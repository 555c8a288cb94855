package org.centrumhub.transform.rules;

import java.util.HashSet;
import java.util.Set;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR383: within a 315 every AangevraagdProduct has its own ReferentieAanbieder. */
public final class Tr383UniqueReferentieAanbieder extends BaseRule {
    public Tr383UniqueReferentieAanbieder() {
        super("TR383", "ReferentieAanbieder unique per AangevraagdProduct within the 315", 315);
    }

    @Override
    public void check(Message message, RuleContext context) {
        Set<String> seen = new HashSet<>();
        for (XmlElement reference : message.root().all("Client/AangevraagdeProducten/AangevraagdProduct/ReferentieAanbieder")) {
            if (!seen.add(reference.text())) {
                context.report(reference, "ReferentieAanbieder " + reference.text() + " is used by an earlier line");
            }
        }
    }
}
