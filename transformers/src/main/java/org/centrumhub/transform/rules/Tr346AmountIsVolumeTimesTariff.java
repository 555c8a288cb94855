package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR346 (retourcode 9346), its in-message part: on a line not in euros, IngediendBedrag = GeleverdVolume x
 * ProductTarief. Care declared in minutes (Eenheid 01) under an hour tariff follows IV081: the amount is
 * round(hour tariff x minutes / 60) and the ProductTarief is round(hour tariff / 60), so the amount may differ from
 * minutes x ProductTarief by the rounding. For minutes we therefore accept minutes x tariff, an hour tariff written
 * as the tariff (tariff x minutes / 60), and every amount some hour tariff that rounds to this per-minute tariff
 * gives. Whether the tariff is the contract's is TR418's question.
 */
public final class Tr346AmountIsVolumeTimesTariff extends BaseRule {
    private static final String MINUTES = "01";

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
            long volume = prestatie.number("GeleverdVolume").orElseThrow();
            long tariff = prestatie.number("ProductTarief").orElseThrow();
            long amount = prestatie.number("IngediendBedrag/Bedrag").orElseThrow();
            long expected = Math.multiplyExact(volume, tariff);
            boolean matches = amount == expected || (unit.equals(MINUTES) && fitsMinutes(volume, tariff, amount));
            if (!matches) {
                context.report(prestatie.at("IngediendBedrag/Bedrag").orElseThrow(), "the amount "
                        + Amounts.euros(amount) + " is not volume x tariff (" + Amounts.euros(expected)
                        + (unit.equals(MINUTES) ? ", or for an hour tariff " + Amounts.euros(hourly(tariff, volume))
                        + " or within rounding of " + Amounts.euros(hourly(tariff * 60 - 30, volume)) + "-"
                        + Amounts.euros(hourly(tariff * 60 + 29, volume)) + ")" : ")"));
            }
        }
    }

    /** Whether the amount of a minutes line fits an hour tariff: given as the tariff, or rounding to it per minute. */
    static boolean fitsMinutes(long minutes, long tariff, long amount) {
        if (amount == hourly(tariff, minutes)) {
            return true;
        }
        // every hour tariff h (cents) with round_half_up(h / 60) = tariff: 60 x tariff - 30 <= h < 60 x tariff + 30
        for (long hour = Math.max(0, tariff * 60 - 30); hour < tariff * 60 + 30; hour++) {
            if (hourly(hour, minutes) == amount) {
                return true;
            }
        }
        return false;
    }

    /** round_half_up(hour tariff x minutes / 60), in cents. */
    static long hourly(long hourTariff, long minutes) {
        return (2 * hourTariff * minutes + 60) / 120;
    }
}
