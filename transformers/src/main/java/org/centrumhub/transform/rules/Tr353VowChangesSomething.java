package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR353: a request for change (VOW) asks for a change: at least one TeWijzigenProduct or NieuwProduct. */
public final class Tr353VowChangesSomething extends BaseRule {
    public Tr353VowChangesSomething() {
        super("TR353", "a VOW has at least one TeWijzigenProduct or NieuwProduct", 317);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement verzoek = message.root().at("Client/Verzoek").orElseThrow();
        if (!verzoek.has("TeWijzigenProducten/TeWijzigenProduct") && !verzoek.has("NieuweProducten/NieuwProduct")) {
            context.report(verzoek, "the request for change asks for nothing (no TeWijzigenProduct and no NieuwProduct)");
        }
    }
}
