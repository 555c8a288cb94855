package org.centrumhub.transform.rules;

import java.time.LocalDate;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR319 (retourcode 9319), its in-message part: a declared ProductPeriode lies in the DeclaratiePeriode or an
 * earlier one, so it ends on or before the DeclaratiePeriode's Einddatum. Whether the earlier period was declared
 * before needs the declaration store and is checked when the hub judges declarations.
 */
public final class Tr319LineWithinDeclarationPeriod extends BaseRule {
    public Tr319LineWithinDeclarationPeriod() {
        super("TR319", "9319", "ProductPeriode ends on or before the end of the DeclaratiePeriode", null, 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        LocalDate periodEnd = message.body().flatMap(body -> body.date("DeclaratiePeriode/Einddatum")).orElseThrow();
        for (XmlElement prestatie : Paths.prestaties(message)) {
            XmlElement end = prestatie.at("ProductPeriode/Einddatum").orElseThrow();
            if (end.date().orElseThrow().isAfter(periodEnd)) {
                context.report(end, "the line ends on " + end.text() + ", after the declaration period ending " + periodEnd);
            }
        }
    }
}
