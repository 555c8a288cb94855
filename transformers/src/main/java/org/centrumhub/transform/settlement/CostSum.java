package org.centrumhub.transform.settlement;

import java.time.YearMonth;
import org.centrumhub.schema.Standard;

/**
 * The sum of a participant's ledger entries of one domain and month, own costs and joint shares apart (what a
 * {@code GROUP BY participant, domain, period, joint} gives).
 */
public record CostSum(String participant, Standard domain, YearMonth period, boolean joint, long amountCents) {
}
