package org.centrumhub.transform.settlement;

import java.time.YearMonth;
import org.centrumhub.schema.Standard;

/**
 * One ledger entry: who pays what for which line. A line of a jointly paid category becomes one entry per
 * participant of its region's domain; any other line one entry for its responsible municipality.
 *
 * @param region      the region's name; null for a municipality outside any region
 * @param participant the municipality that pays this entry
 * @param responsible the municipality responsible for the client (equal to participant unless joint)
 * @param amountCents euro cents; negative for credits
 * @param joint       whether this is a participant's share of a jointly paid line
 */
public record LedgerEntry(String region, Standard domain, String provider, String participant, String responsible,
                          String category, String productCode, YearMonth period, long amountCents, boolean joint,
                          String referentieNummer) {
}
