package org.centrumhub.transform.rules;

import java.time.LocalDate;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * CS139: a birth date's DatumGebruik fits its Datum: 3 (unknown) goes with 1900-01-01, 2 (only the year known) with
 * 1 January, 1 (only year and month known) with the first of a month.
 */
public final class Cs139DatumGebruikFitsDatum extends BaseRule {
    public Cs139DatumGebruikFitsDatum() {
        super("CS139", "DatumGebruik consistent with Datum (3: 1900-01-01, 2: 01-01-YYYY, 1: 01-MM-YYYY)",
                301, 305, 307, 315);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement birth : Persons.birthDates(message)) {
            birth.child("DatumGebruik").ifPresent(gebruik -> birth.date("Datum").ifPresent(date -> {
                if (!fits(gebruik.text(), date)) {
                    context.report(gebruik, "DatumGebruik " + gebruik.text() + " does not fit the form of the Datum");
                }
            }));
        }
    }

    private static boolean fits(String gebruik, LocalDate date) {
        return switch (gebruik) {
            case "3" -> date.equals(Tr002BirthDateWithin120Years.UNKNOWN);
            case "2" -> date.getDayOfMonth() == 1 && date.getMonthValue() == 1;
            case "1" -> date.getDayOfMonth() == 1;
            default -> true;
        };
    }
}
