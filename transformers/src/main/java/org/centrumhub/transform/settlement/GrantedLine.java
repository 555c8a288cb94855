package org.centrumhub.transform.settlement;

import java.time.LocalDate;
import java.time.YearMonth;
import org.centrumhub.schema.Standard;

/**
 * A granted declaration line as the settlement sees it.
 *
 * @param domain             the standard of the declaration
 * @param provider           AGB code of the declaring provider
 * @param responsible        CBS code of the municipality responsible for the client's care
 * @param category           product category (2 digits)
 * @param productCode        product code, may be null for a category-only product
 * @param period             the month of the declaration's DeclaratiePeriode
 * @param productPeriodStart first day of the delivery period (ProductPeriode begin), for tariffs
 * @param amountCents        the granted amount in euro cents; credit lines are negative
 * @param referentieNummer   the line's ReferentieNummer, to trace an entry back to its line
 */
public record GrantedLine(Standard domain, String provider, String responsible, String category, String productCode,
                          YearMonth period, LocalDate productPeriodStart, long amountCents, String referentieNummer) {
}
