package org.centrumhub.transform.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS100: declared periods (ProductPeriode, DeclaratiePeriode) start on or after 2021-01-01, when iJw/iWmo 3 began. */
public final class Cs100NotBefore2021 extends BaseRule {
    private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);

    public Cs100NotBefore2021() {
        super("CS100", "ProductPeriode and DeclaratiePeriode dates on or after 2021-01-01", 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement body = message.body().orElseThrow();
        List<XmlElement> dates = new ArrayList<>(body.all("DeclaratiePeriode/Begindatum"));
        dates.addAll(body.all("DeclaratiePeriode/Einddatum"));
        dates.addAll(body.all("Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum"));
        dates.addAll(body.all("Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum"));
        for (XmlElement date : dates) {
            if (date.date().orElseThrow().isBefore(FIRST)) {
                context.report(date, date.text() + " lies before 2021-01-01");
            }
        }
    }
}
