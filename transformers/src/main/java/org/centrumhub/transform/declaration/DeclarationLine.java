package org.centrumhub.transform.declaration;

import java.time.LocalDate;
import java.util.Optional;
import org.centrumhub.transform.crossmessage.Assignment;
import org.centrumhub.transform.crossmessage.DeclaredLine;
import org.centrumhub.transform.xml.XmlElement;

/**
 * One Prestatie of a declaration being judged, with the assignment it refers to (when the hub knows it) and the
 * municipality responsible for it: the one that issued that assignment, else the declaration's Ontvanger.
 */
public record DeclarationLine(XmlElement element, String client, String reference, String previousReference,
                              long assignmentNumber, String category, String code, LocalDate begin, LocalDate end,
                              long volume, String unit, Long tariff, long amountCents,
                              Optional<Assignment> assignment, Optional<Assignment> otherClientsAssignment,
                              String responsible) {

    static DeclarationLine read(XmlElement prestatie, String client) {
        boolean credit = prestatie.text("IngediendBedrag/DebetCredit").filter("C"::equals).isPresent();
        long amount = prestatie.number("IngediendBedrag/Bedrag").orElseThrow();
        return new DeclarationLine(prestatie, client, prestatie.text("ProductReferentie/ReferentieNummer").orElseThrow(),
                prestatie.text("ProductReferentie/VorigReferentieNummer").orElse(null),
                prestatie.number("ToewijzingNummer").orElseThrow(), prestatie.text("ProductCategorie").orElseThrow(),
                prestatie.text("ProductCode").orElseThrow(), prestatie.date("ProductPeriode/Begindatum").orElseThrow(),
                prestatie.date("ProductPeriode/Einddatum").orElseThrow(), prestatie.number("GeleverdVolume").orElseThrow(),
                prestatie.text("Eenheid").orElseThrow(), prestatie.number("ProductTarief").orElse(null),
                credit ? -amount : amount, Optional.empty(), Optional.empty(), null);
    }

    DeclarationLine resolved(Optional<Assignment> assignment, Optional<Assignment> otherClients, String responsible) {
        return new DeclarationLine(element, client, reference, previousReference, assignmentNumber, category, code,
                begin, end, volume, unit, tariff, amountCents, assignment, otherClients, responsible);
    }

    public boolean credit() {
        return amountCents < 0 || previousReference != null;
    }

    /** The line as the declaration-line store keeps it. */
    public DeclaredLine stored(org.centrumhub.schema.Standard domain, String provider, boolean granted) {
        return new DeclaredLine(domain, provider, responsible, client, reference, previousReference, assignmentNumber,
                category, code, begin, end, volume, unit, amountCents, granted);
    }
}
