package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR352: a request for change (VOW) names at least one current assignment: an OngewijzigdProduct or TeWijzigenProduct. */
public final class Tr352VowKeepsOrChangesAssignment extends BaseRule {
    public Tr352VowKeepsOrChangesAssignment() {
        super("TR352", "a VOW has at least one OngewijzigdProduct or TeWijzigenProduct", 317);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement verzoek = message.root().at("Client/Verzoek").orElseThrow();
        if (!verzoek.has("OngewijzigdeProducten/OngewijzigdProduct") && !verzoek.has("TeWijzigenProducten/TeWijzigenProduct")) {
            context.report(verzoek, "the request for change names no current assignment "
                    + "(no OngewijzigdProduct and no TeWijzigenProduct)");
        }
    }
}
