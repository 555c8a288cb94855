package org.centrumhub.transform.rules;

import org.centrumhub.transform.xml.XmlElement;

/** Amounts with a DebetCredit as signed cents: debit positive, credit negative. */
final class Amounts {
    private Amounts() {
    }

    /** The signed value of an amount class whose number element is {@code valueName} (Bedrag or TotaalBedrag). */
    static long signed(XmlElement amount, String valueName) {
        long value = amount.number(valueName).orElse(0L);
        return isCredit(amount) ? -value : value;
    }

    static boolean isCredit(XmlElement amount) {
        return amount.text("DebetCredit").filter("C"::equals).isPresent();
    }

    /** Cents as euros for messages: 1234 -> "12.34", -5 -> "-0.05". */
    static String euros(long cents) {
        return (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
    }
}
