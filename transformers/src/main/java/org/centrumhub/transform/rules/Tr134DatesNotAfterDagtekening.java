package org.centrumhub.transform.rules;

import java.util.ArrayList;
import java.util.List;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR134: a date that records something that already happened lies on or before the message Dagtekening. The sources
 * do not name the elements; we apply it to birth dates (301, 305, 307, 315, and 301 relations), the 301
 * Toewijzingsdatum, the 305 start and 307 stop dates, and the Begindatum of 323/325 product and declaration periods.
 */
public final class Tr134DatesNotAfterDagtekening extends BaseRule {
    public Tr134DatesNotAfterDagtekening() {
        super("TR134", "dates of past events not after the message Dagtekening", 301, 305, 307, 315, 323, 325);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement date : dates(message)) {
            date.date().filter(value -> value.isAfter(message.dagtekening())).ifPresent(value -> context.report(date,
                    date.name() + " " + (isBirthDate(date) ? "" : value + " ") + "lies after the Dagtekening "
                            + message.dagtekening()));
        }
    }

    private static boolean isBirthDate(XmlElement date) {
        return date.parent().map(parent -> parent.name().equals("Geboortedatum")).orElse(false);
    }

    private static List<XmlElement> dates(Message message) {
        XmlElement root = message.root();
        List<XmlElement> dates = new ArrayList<>();
        for (XmlElement birth : Persons.birthDates(message)) {
            birth.child("Datum").ifPresent(dates::add);
        }
        switch (message.type().number()) {
            case 301 -> dates.addAll(root.all("Client/ToegewezenProducten/ToegewezenProduct/Toewijzingsdatum"));
            case 305 -> dates.addAll(root.all("Client/StartProducten/StartProduct/Begindatum"));
            case 307 -> dates.addAll(root.all("Client/StopProducten/StopProduct/Einddatum"));
            case 323, 325 -> message.body().ifPresent(body -> {
                dates.addAll(body.all("DeclaratiePeriode/Begindatum"));
                dates.addAll(body.all("Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum"));
            });
            default -> {
            }
        }
        return dates;
    }
}
