package org.centrumhub.transform.rules;

import org.centrumhub.schema.Standard;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR377 (iJw): a request rejected with RedenAfwijzingVerzoek 8 (other municipality responsible) names it in Woonplaatsbeginsel. */
public final class Tr377WoonplaatsbeginselWithReason8 extends BaseRule {
    public Tr377WoonplaatsbeginselWithReason8() {
        super("TR377", "0001", "RedenAfwijzingVerzoek 8 requires the Woonplaatsbeginsel class", Standard.IJW, 319);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement antwoord = message.root().at("Antwoord").orElseThrow();
        if (antwoord.text("RedenAfwijzingVerzoek").filter("8"::equals).isPresent() && !antwoord.has("Woonplaatsbeginsel")) {
            context.report(antwoord.at("RedenAfwijzingVerzoek").orElseThrow(),
                    "reason 8 needs the Woonplaatsbeginsel class naming the responsible municipality");
        }
    }
}
