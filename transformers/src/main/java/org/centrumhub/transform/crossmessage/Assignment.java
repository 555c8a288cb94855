package org.centrumhub.transform.crossmessage;

import java.time.LocalDate;
import org.centrumhub.schema.Standard;

/**
 * An assigned product as the latest 301 for it says: number (unique per municipality per legal domain, TR332),
 * who assigned it to whom for which client, the product and its period.
 */
public record Assignment(Standard domain, String municipality, String provider, String client, long number,
                         String category, String code, LocalDate start, LocalDate end, String redenWijziging) {

    /** Withdrawn: deleted (13) or obsolete (01) with start = end; such assignments are not current (TR349). */
    public boolean withdrawn() {
        return ("13".equals(redenWijziging) || "01".equals(redenWijziging)) && start.equals(end);
    }
}
