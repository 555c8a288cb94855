package org.centrumhub.transform.crossmessage;

import java.time.LocalDate;
import org.centrumhub.schema.Standard;

/**
 * An assigned product as the latest 301 for it says: number (unique per municipality per legal domain, TR332),
 * who assigned it to whom for which client (by client key), the product, its period and extent, and the
 * provider's request reference it honours, if any.
 */
public record Assignment(Standard domain, String municipality, String provider, String client, long number,
                         String category, String code, LocalDate start, LocalDate end, String redenWijziging,
                         String reference, Long volume, String unit, String frequency, Long budget) {

    /** Withdrawn: deleted (13) or obsolete (01) with start = end; such assignments are not current (TR349). */
    public boolean withdrawn() {
        return ("13".equals(redenWijziging) || "01".equals(redenWijziging)) && start.equals(end);
    }

    /** Current on a date: not withdrawn, and valid on that date or later (TR349-TR351). */
    public boolean currentOn(LocalDate date) {
        return !withdrawn() && (end == null || !end.isBefore(date));
    }
}
