package org.centrumhub.transform.region;

import java.math.BigDecimal;

/**
 * A municipality taking part in one domain of a region.
 *
 * @param code                its CBS code
 * @param name                its name (for statements)
 * @param share               its part of the jointly paid categories, 0..1; the shares of a domain add up to exactly 1
 * @param monthlyAdvanceCents what it pays the centre each month in advance, in euro cents
 */
public record Participant(String code, String name, BigDecimal share, long monthlyAdvanceCents) {
}
