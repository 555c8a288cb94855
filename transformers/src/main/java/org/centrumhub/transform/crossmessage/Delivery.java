package org.centrumhub.transform.crossmessage;

import java.time.LocalDate;
import java.util.Objects;
import org.centrumhub.schema.Standard;

/**
 * A reported start (305) or stop (307) of care, identified by its logical key: ToewijzingNummer, product and
 * Begindatum, and for a stop also RedenBeeindiging and Einddatum.
 */
public record Delivery(Kind kind, Standard domain, String provider, String municipality, String client,
                       Long assignmentNumber, String category, String code, LocalDate assignmentStart, LocalDate begin,
                       LocalDate end, String reason) {

    public enum Kind {
        START, STOP
    }

    /** The logical key of the line (messages.md): what a delete (status 3) and a repeat (TR074) are matched on. */
    public boolean sameKey(Delivery other) {
        return kind == other.kind && sameCareAs(other)
                && (kind == Kind.START || (Objects.equals(reason, other.reason) && Objects.equals(end, other.end)));
    }

    /** Same client, assigned product and Begindatum: the start a stop belongs to (TR382, TR413-TR415). */
    public boolean sameCareAs(Delivery other) {
        return domain == other.domain && provider.equals(other.provider) && municipality.equals(other.municipality)
                && client.equals(other.client) && Objects.equals(assignmentNumber, other.assignmentNumber)
                && Objects.equals(category, other.category) && Objects.equals(code, other.code)
                && begin.equals(other.begin);
    }
}
