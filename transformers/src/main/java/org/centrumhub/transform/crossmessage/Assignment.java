package org.centrumhub.transform.crossmessage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.centrumhub.schema.Standard;

/**
 * One version of an assigned product, as one 301 line says: number (unique per municipality per legal domain,
 * TR332), who assigned it to whom for which client (by client key), the product, its period and extent, the
 * provider's request reference it honours (first send only, TR379), and when the municipality assigned it
 * (Toewijzingsdatum + Toewijzingstijd: the latest of these is the current version, IV013).
 */
public record Assignment(Standard domain, String municipality, String provider, String client, long number,
                         String category, String code, LocalDate start, LocalDate end, String redenWijziging,
                         String reference, Long volume, String unit, String frequency, Long budget,
                         LocalDateTime assignedAt) {

    /** Withdrawn: deleted (13) or obsolete (01) with start = end; such assignments are not current (TR349). */
    public boolean withdrawn() {
        return ("13".equals(redenWijziging) || "01".equals(redenWijziging)) && start.equals(end);
    }

    /** Current on a date: not withdrawn, and valid on that date or later (TR349-TR351). */
    public boolean currentOn(LocalDate date) {
        return !withdrawn() && (end == null || !end.isBefore(date));
    }
}
