package org.centrumhub.transform.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR002: a birth date lies at most 120 years before the Dagtekening, unless it is marked unknown. */
public final class Tr002BirthDateWithin120Years extends BaseRule {
    static final LocalDate UNKNOWN = LocalDate.of(1900, 1, 1);

    public Tr002BirthDateWithin120Years() {
        super("TR002", "birth date at most 120 years before Dagtekening, unless unknown (DatumGebruik 3, 1900-01-01)",
                301, 305, 307, 315);
    }

    @Override
    public void check(Message message, RuleContext context) {
        LocalDate earliest = message.dagtekening().minusYears(120);
        for (XmlElement client : Paths.clients(message)) {
            client.child("Geboortedatum").ifPresent(birth -> {
                Optional<LocalDate> date = birth.date("Datum");
                boolean unknown = birth.text("DatumGebruik").filter("3"::equals).isPresent()
                        && date.filter(UNKNOWN::equals).isPresent();
                if (!unknown && date.filter(d -> d.isBefore(earliest)).isPresent()) {
                    context.report(birth.at("Datum").orElseThrow(),
                            "the birth date is more than 120 years before the Dagtekening " + message.dagtekening());
                }
            });
        }
    }
}
