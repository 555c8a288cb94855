package org.centrumhub.transform.rules;

import java.util.List;
import java.util.Set;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR342: a 325 lists only rejected Prestaties, and their signed IngediendBedrag adds up to TotaalIngediendBedrag
 * minus TotaalToegekendBedrag; when the DeclaratieAntwoord class itself is rejected, TotaalToegekendBedrag is 0 and
 * no Prestaties are listed. A code other than 0200 (no remarks) and 8001 (granted) counts as a rejection.
 */
public final class Tr342AnswerListsOnlyRejectedLines extends BaseRule {
    private static final Set<String> NOT_REJECTED = Set.of("0200", "8001");

    public Tr342AnswerListsOnlyRejectedLines() {
        super("TR342", "a 325 lists only rejected lines, adding up to submitted minus granted", 325);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement answer = message.body().orElse(null);
        if (answer == null) {
            return;
        }
        long submitted = Amounts.signed(answer.child("TotaalIngediendBedrag").orElseThrow(), "TotaalBedrag");
        XmlElement grantedElement = answer.child("TotaalToegekendBedrag").orElseThrow();
        long granted = Amounts.signed(grantedElement, "TotaalBedrag");
        List<XmlElement> lines = answer.all("Clienten/Client/Prestaties/Prestatie");
        if (rejected(answer)) {
            if (granted != 0) {
                context.report(grantedElement, "the whole declaration is rejected, so nothing can be granted");
            }
            if (!lines.isEmpty()) {
                context.report(answer.child("Clienten").orElseThrow(),
                        "a rejected declaration lists no lines");
            }
            return;
        }
        long rejectedSum = 0;
        for (XmlElement line : lines) {
            if (!rejected(line)) {
                context.report(line, "only rejected lines are listed in a declaration answer");
            }
            rejectedSum += Amounts.signed(line.child("IngediendBedrag").orElseThrow(), "Bedrag");
        }
        if (rejectedSum != submitted - granted) {
            context.report(grantedElement, "submitted " + Amounts.euros(submitted) + " minus granted "
                    + Amounts.euros(granted) + " should equal the rejected lines' " + Amounts.euros(rejectedSum));
        }
    }

    private static boolean rejected(XmlElement withCodes) {
        return withCodes.all("RetourCodes/RetourCode").stream().anyMatch(code -> !NOT_REJECTED.contains(code.text()));
    }
}
