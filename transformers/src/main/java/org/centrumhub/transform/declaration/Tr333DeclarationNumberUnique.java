package org.centrumhub.transform.declaration;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.CrossMessageRule;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.rules.RuleContext;
import org.centrumhub.transform.xml.XmlElement;

/** TR333 (9333): the DeclaratieNummer is unique per provider per legal domain; a repeat rejects the whole declaration. */
public final class Tr333DeclarationNumberUnique extends CrossMessageRule {
    public Tr333DeclarationNumberUnique() {
        super("TR333", "9333", "the DeclaratieNummer is unique per provider per legal domain", 323);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        XmlElement number = message.body().orElseThrow().child("DeclaratieNummer").orElseThrow();
        if (state.declarationNumberUsed(message.type().standard(), message.sender(), number.text())) {
            context.report(number, "DeclaratieNummer " + number.text() + " was used in an earlier declaration");
        }
    }
}
