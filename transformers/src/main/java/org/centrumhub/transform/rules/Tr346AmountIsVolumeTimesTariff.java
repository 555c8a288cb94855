package org.centrumhub.transform.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR346 (retourcode 9346), its in-message part: on a line not in euros, IngediendBedrag = GeleverdVolume x
 * ProductTarief. Care declared in minutes (Eenheid 01) may carry an hour tariff, which the message cannot tell from
 * a minute tariff without the contract: for minutes we accept volume x tariff and (tariff x minutes) / 60 rounded
 * half up to whole cents. Checking the tariff itself against the contract is external and not done here.
 */
public final class Tr346AmountIsVolumeTimesTariff extends BaseRule {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    public Tr346AmountIsVolumeTimesTariff() {
        super("TR346", "9346", "IngediendBedrag = GeleverdVolume x ProductTarief (minutes: hour tariff x minutes / 60)",
                null, 323);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement prestatie : Paths.prestaties(message)) {
            String unit = prestatie.text("Eenheid").orElseThrow();
            if (unit.equals("83") || !prestatie.has("ProductTarief")) {
                continue;
            }
            BigDecimal volume = BigDecimal.valueOf(prestatie.number("GeleverdVolume").orElseThrow());
            BigDecimal tariff = BigDecimal.valueOf(prestatie.number("ProductTarief").orElseThrow());
            BigDecimal amount = BigDecimal.valueOf(prestatie.number("IngediendBedrag/Bedrag").orElseThrow());
            BigDecimal expected = volume.multiply(tariff);
            boolean matches = amount.compareTo(expected) == 0;
            if (!matches && unit.equals("01")) {
                BigDecimal perHour = expected.divide(MINUTES_PER_HOUR, 0, RoundingMode.HALF_UP);
                matches = amount.compareTo(perHour) == 0;
            }
            if (!matches) {
                context.report(prestatie.at("IngediendBedrag/Bedrag").orElseThrow(), "the amount "
                        + Amounts.euros(amount.longValueExact()) + " is not volume x tariff ("
                        + Amounts.euros(expected.longValueExact()) + (unit.equals("01") ? " per minute, "
                        + Amounts.euros(expected.divide(MINUTES_PER_HOUR, 0, RoundingMode.HALF_UP).longValueExact())
                        + " with an hour tariff)" : ")"));
            }
        }
    }
}
