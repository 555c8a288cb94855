package org.centrumhub.transform.region;

import java.time.LocalDate;

/**
 * The contracted price of one product of one provider for a period.
 *
 * @param provider    AGB code
 * @param category    the standard's product category (2 digits)
 * @param productCode the product code within the category
 * @param unit        the standard's Eenheid code (e.g. {@code 04} hour, {@code 14} etmaal)
 * @param tariffCents the price of one unit in euro cents
 * @param validFrom   first day the tariff applies
 * @param validTo     last day it applies, inclusive; null while open-ended
 */
public record ContractTariff(String provider, String category, String productCode, String unit, long tariffCents,
                             LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    boolean overlaps(ContractTariff other) {
        LocalDate end = validTo == null ? LocalDate.MAX : validTo;
        LocalDate otherEnd = other.validTo == null ? LocalDate.MAX : other.validTo;
        return !validFrom.isAfter(otherEnd) && !other.validFrom.isAfter(end);
    }
}
