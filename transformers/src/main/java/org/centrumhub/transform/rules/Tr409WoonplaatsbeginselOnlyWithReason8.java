package org.centrumhub.transform.rules;

import org.centrumhub.schema.Standard;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR409 (iJw): the Woonplaatsbeginsel class is only present when RedenAfwijzingVerzoek is 8. */
public final class Tr409WoonplaatsbeginselOnlyWithReason8 extends BaseRule {
    public Tr409WoonplaatsbeginselOnlyWithReason8() {
        super("TR409", "0001", "Woonplaatsbeginsel only when RedenAfwijzingVerzoek is 8", Standard.IJW, 319);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement antwoord = message.root().at("Antwoord").orElseThrow();
        if (antwoord.has("Woonplaatsbeginsel") && antwoord.text("RedenAfwijzingVerzoek").filter("8"::equals).isEmpty()) {
            context.report(antwoord.at("Woonplaatsbeginsel").orElseThrow(),
                    "Woonplaatsbeginsel is only given with RedenAfwijzingVerzoek 8");
        }
    }
}
