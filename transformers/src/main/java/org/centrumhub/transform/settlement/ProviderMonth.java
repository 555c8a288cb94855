package org.centrumhub.transform.settlement;

import java.time.YearMonth;
import org.centrumhub.schema.Standard;

/** What the centre pays one provider for one domain and month (granted lines, credits subtracted), in euro cents. */
public record ProviderMonth(String provider, Standard domain, YearMonth period, long amountCents) {
}
