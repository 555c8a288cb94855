package org.centrumhub.transform.retour;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the answering party adds to an answer's header: its own message identification (IdentificatieRetour, or
 * the 325's BerichtIdentificatie) and date, and the version of the rule set it checked with (XsltVersie).
 *
 * @param identificatie at most 12 characters, unique per message type for the answering party (TR056)
 * @param dagtekening   date of the answer
 * @param xsltVersion   version x.y.z of the in-message rule set, written as XsltVersie when the answer rejects on it
 */
public record AnswerHeader(String identificatie, LocalDate dagtekening, String xsltVersion) {
    public AnswerHeader {
        Objects.requireNonNull(identificatie, "identificatie");
        Objects.requireNonNull(dagtekening, "dagtekening");
        Objects.requireNonNull(xsltVersion, "xsltVersion");
        if (identificatie.isBlank() || identificatie.length() > 12) {
            throw new IllegalArgumentException("an Identificatie has 1 to 12 characters");
        }
        if (!xsltVersion.matches("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)")) {
            throw new IllegalArgumentException("XsltVersie must look like 1.0.0");
        }
    }
}
