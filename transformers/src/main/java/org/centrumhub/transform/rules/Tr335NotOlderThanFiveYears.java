package org.centrumhub.transform.rules;

import java.time.LocalDate;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR335: a declared ProductPeriode ends at most five years before the DeclaratieDagtekening. */
public final class Tr335NotOlderThanFiveYears extends BaseRule {
    public Tr335NotOlderThanFiveYears() {
        super("TR335", "ProductPeriode Einddatum not more than 5 years before the DeclaratieDagtekening", 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        LocalDate declared = message.body().flatMap(body -> body.date("DeclaratieDagtekening")).orElseThrow();
        LocalDate earliest = declared.minusYears(5);
        for (XmlElement prestatie : Paths.prestaties(message)) {
            XmlElement end = prestatie.at("ProductPeriode/Einddatum").orElseThrow();
            if (end.date().orElseThrow().isBefore(earliest)) {
                context.report(end, "the period ended on " + end.text() + ", more than five years before the "
                        + "DeclaratieDagtekening " + declared);
            }
        }
    }
}
