package org.centrumhub.transform.rules;

import java.util.HashSet;
import java.util.Set;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR316: a line declared in this 323 is not credited in the same 323 (no VorigReferentieNummer equals a ReferentieNummer). */
public final class Tr316NoCreditOfLineInSameMessage extends BaseRule {
    public Tr316NoCreditOfLineInSameMessage() {
        super("TR316", "a debit line may not be credited in the same message", 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        Set<String> references = new HashSet<>();
        for (XmlElement prestatie : Paths.prestaties(message)) {
            prestatie.text("ProductReferentie/ReferentieNummer").ifPresent(references::add);
        }
        for (XmlElement prestatie : Paths.prestaties(message)) {
            prestatie.at("ProductReferentie/VorigReferentieNummer").filter(vorig -> references.contains(vorig.text()))
                    .ifPresent(vorig -> context.report(vorig,
                            "line " + vorig.text() + " is declared and credited in the same declaration"));
        }
    }
}
