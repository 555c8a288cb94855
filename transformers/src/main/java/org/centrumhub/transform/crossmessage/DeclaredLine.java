package org.centrumhub.transform.crossmessage;

import java.time.LocalDate;
import org.centrumhub.schema.Standard;

/**
 * One line (Prestatie) of a judged declaration as the declaration-line store keeps it: who declared it to whom
 * (the responsible municipality: the one whose assignment it refers to), its references, the assigned product, the
 * product period, volume and signed amount (credits negative), and whether the hub granted it.
 */
public record DeclaredLine(Standard domain, String provider, String municipality, String client, String reference,
                           String previousReference, long assignmentNumber, String category, String code,
                           LocalDate begin, LocalDate end, long volume, String unit, long amountCents, boolean granted) {

    /** A credit line: it withdraws the debit line named in its VorigReferentieNummer (CD060). */
    public boolean credit() {
        return amountCents < 0 || previousReference != null;
    }

    /** Same product period, category, code and assignment: what TR389 allows one current debit for. */
    public boolean samePeriodAndProduct(DeclaredLine other) {
        return assignmentNumber == other.assignmentNumber && begin.equals(other.begin) && end.equals(other.end)
                && category.equals(other.category) && code.equals(other.code);
    }
}
