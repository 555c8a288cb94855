package org.centrumhub.transform.rules;

import static org.centrumhub.transform.fixtures.RuleCase.fails;
import static org.centrumhub.transform.fixtures.RuleCase.passes;

import java.util.List;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.RuleCase;

/**
 * Rows for declarations (323) and declaration answers (325). The 323 fixtures declare October 2026 for two clients:
 * 12 hours at 65.00 (780.00 D), a September credit (130.00 C), 250.00 in euros (Eenheid 83) and 90 minutes at an
 * hour tariff of 65.00 (97.50 D), total 997.50 D. The 325 fixtures reject the minutes line.
 */
final class DeclarationRuleCases {
    private static final String J323 = "ijw/jw323-valid.xml";
    private static final String W323 = "iwmo/wmo323-valid.xml";
    private static final String J325 = "ijw/jw325-valid.xml";
    private static final String W325 = "iwmo/wmo325-valid.xml";
    private static final String PERIOD = "Declaratie/DeclaratiePeriode";
    private static final String TOTAL = "Declaratie/TotaalIngediendBedrag/TotaalBedrag";
    private static final String HOURS = "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]";
    private static final String CREDIT = "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]";
    private static final String EUROS = "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[3]";
    private static final String HOURS_COPY = "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]";
    private static final String CREDIT_COPY = "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[3]";
    private static final String MINUTES = "Declaratie/Clienten/Client[2]/Prestaties/Prestatie";
    private static final String ANSWER = "DeclaratieAntwoord";
    private static final String REJECTED_LINE = ANSWER + "/Clienten/Client/Prestaties/Prestatie";

    private DeclarationRuleCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                passes("TR137", "periods end within the month, before the Dagtekening", J323, f -> f),
                passes("TR137", "answer line period", W325, f -> f),
                fails("TR137", "line ends before it begins", J323, f -> f.set(HOURS + "/ProductPeriode/Begindatum", "2026-10-15")
                        .set(HOURS + "/ProductPeriode/Einddatum", "2026-10-14")),
                fails("TR137", "declaration period ends after the Dagtekening", W323,
                        f -> f.set("Header/BerichtIdentificatie/Dagtekening", "2026-10-20")),
                fails("TR137", "answer line ends before it begins", J325,
                        f -> f.set(REJECTED_LINE + "/ProductPeriode/Begindatum", "2026-10-16")),

                fails("TR134", "323 periods begin after the Dagtekening", J323,
                        f -> f.set("Header/BerichtIdentificatie/Dagtekening", "2026-09-30")),
                fails("TR134", "325 line begins after the Dagtekening", W325,
                        f -> f.set(REJECTED_LINE + "/ProductPeriode/Begindatum", "2026-11-13")
                                .set(REJECTED_LINE + "/ProductPeriode/Einddatum", "2026-11-14")),

                passes("TR315", "one credit line", W323, f -> f),
                fails("TR315", "the same line credited twice", J323, f -> f.duplicate(CREDIT)
                        .set(CREDIT_COPY + "/ProductReferentie/ReferentieNummer", "P-2610-0009").set(TOTAL, "86750")
                        .set("Declaratie/TotaalIngediendBedrag/DebetCredit", "D")),
                fails("TR315", "the same line credited twice", W323, f -> f.duplicate(CREDIT)
                        .set(CREDIT_COPY + "/ProductReferentie/ReferentieNummer", "P-2610-0009").set(TOTAL, "86750")),

                passes("TR316", "credit of a line from an earlier declaration", J323, f -> f),
                fails("TR316", "credit of a line declared in this message", J323,
                        f -> f.set(CREDIT + "/ProductReferentie/VorigReferentieNummer", "P-2610-0001")),
                fails("TR316", "credit of a line declared in this message", W323,
                        f -> f.set(CREDIT + "/ProductReferentie/VorigReferentieNummer", "P-2610-0004")),

                passes("TR335", "credit for November 2021, within five years", W323, f -> credit(f, "2021-11-01", "2021-11-30")),
                fails("TR335", "credit for October 2021, more than five years back", J323,
                        f -> credit(f, "2021-10-01", "2021-10-31")),

                passes("TR358", "total adds up", W323, f -> f),
                fails("TR358", "total one cent off", J323, f -> f.set(TOTAL, "99751")),
                fails("TR358", "total with the wrong sign", W323, f -> f.set("Declaratie/TotaalIngediendBedrag/DebetCredit", "C")),

                passes("TR416", "same product and period for another assignment", J323, f -> f.duplicate(HOURS)
                        .set(HOURS_COPY + "/ProductReferentie/ReferentieNummer", "P-2610-0009")
                        .set(HOURS_COPY + "/ToewijzingNummer", "700103").set(TOTAL, "177750")),
                fails("TR416", "the same debit line twice under new references", J323, f -> f.duplicate(HOURS)
                        .set(HOURS_COPY + "/ProductReferentie/ReferentieNummer", "P-2610-0009").set(TOTAL, "177750")),
                fails("TR416", "the same debit line twice under new references", W323, f -> f.duplicate(HOURS)
                        .set(HOURS_COPY + "/ProductReferentie/ReferentieNummer", "P-2610-0009").set(TOTAL, "177750")),

                passes("CD060", "credit with, debit without VorigReferentieNummer", J323, f -> f),
                fails("CD060", "credit without VorigReferentieNummer", W323,
                        f -> f.remove(CREDIT + "/ProductReferentie/VorigReferentieNummer")),
                fails("CD060", "debit answer line with VorigReferentieNummer", J325,
                        f -> f.appendBasis(REJECTED_LINE + "/ProductReferentie", "VorigReferentieNummer", "P-2609-0001")),

                passes("CD087", "tariff on hours, none on euros", W323, f -> f),
                fails("CD087", "hours without tariff", J323, f -> f.remove(HOURS + "/ProductTarief")),
                fails("CD087", "euros with a tariff", W323, f -> f.insertAfter(EUROS + "/Eenheid", "ProductTarief", "100")),

                passes("CS100", "January 2021 credit in a 2025 declaration", J323,
                        f -> credit(january2025(f), "2021-01-01", "2021-01-31")),
                fails("CS100", "December 2020 credit in a 2025 declaration", W323,
                        f -> credit(january2025(f), "2020-12-01", "2020-12-31")),

                passes("CS325", "zero debit line", J323, f -> f.set(EUROS + "/GeleverdVolume", "0")
                        .set(EUROS + "/IngediendBedrag/Bedrag", "0").set(TOTAL, "74750")),
                fails("CS325", "zero credit line", J323, f -> f.set(CREDIT + "/GeleverdVolume", "0")
                        .set(CREDIT + "/IngediendBedrag/Bedrag", "0").set(TOTAL, "112750")),
                fails("CS325", "rejected declaration granting 0 as credit", W325, f -> rejectWhole(f)
                        .set(ANSWER + "/TotaalToegekendBedrag/DebetCredit", "C")),

                passes("CS337", "line within October", W323, f -> f),
                fails("CS337", "line from mid-September to mid-October", J323,
                        f -> f.set(HOURS + "/ProductPeriode/Begindatum", "2026-09-15")
                                .set(HOURS + "/ProductPeriode/Einddatum", "2026-10-14")),

                passes("CS339", "euros line amount equals volume", J323, f -> f),
                fails("CS339", "euros line amount differs from volume", W323, f -> f.set(EUROS + "/GeleverdVolume", "25001")),

                passes("CS340", "October", J323, f -> f),
                fails("CS340", "from the second of the month", W323, f -> f.set(PERIOD + "/Begindatum", "2026-10-02")),
                fails("CS340", "two months", J323, f -> f.set(PERIOD + "/Begindatum", "2026-09-01")),

                passes("TR319", "September credit in the October declaration", W323, f -> f),
                fails("TR319", "October lines in a September declaration", J323, f -> f.set(PERIOD + "/Begindatum", "2026-09-01")
                        .set(PERIOD + "/Einddatum", "2026-09-30")),

                passes("TR314", "every line its own ReferentieNummer", W323, f -> f),
                fails("TR314", "a ReferentieNummer repeated on another client's line", W323,
                        f -> f.set(MINUTES + "/ProductReferentie/ReferentieNummer",
                                f.text(HOURS + "/ProductReferentie/ReferentieNummer"))),

                passes("TR346", "90 minutes at a minute tariff of 1.08", J323, f -> f.set(MINUTES + "/ProductTarief", "108")
                        .set(MINUTES + "/IngediendBedrag/Bedrag", "9720").set(TOTAL, "99720")),
                passes("TR346", "7 minutes at an hour tariff, 758.33 cents rounded to 758", W323,
                        f -> f.set(MINUTES + "/GeleverdVolume", "7").set(MINUTES + "/IngediendBedrag/Bedrag", "758")
                                .set(TOTAL, "90758")),
                fails("TR346", "hours amount one cent off", J323, f -> f.set(HOURS + "/IngediendBedrag/Bedrag", "78001")
                        .set(TOTAL, "99751")),
                fails("TR346", "7 minutes at an hour tariff rounded down wrongly", W323,
                        f -> f.set(MINUTES + "/GeleverdVolume", "7").set(MINUTES + "/IngediendBedrag/Bedrag", "757")
                                .set(TOTAL, "90757")),

                passes("TR342", "one rejected line, totals add up", J325, f -> f),
                passes("TR342", "whole declaration rejected, nothing granted, no lines", W325, f -> rejectWhole(f)),
                fails("TR342", "granted one cent too much", W325,
                        f -> f.set(ANSWER + "/TotaalToegekendBedrag/TotaalBedrag", "90001")),
                fails("TR342", "a listed line that is not rejected", J325,
                        f -> f.set(REJECTED_LINE + "/RetourCodes/RetourCode", "0200")),
                fails("TR342", "whole declaration rejected but lines listed", J325,
                        f -> f.set(ANSWER + "/RetourCodes/RetourCode", "9321")
                                .set(ANSWER + "/TotaalToegekendBedrag/TotaalBedrag", "0")));
    }

    /** Sets the period of the credit line. */
    private static Fixture credit(Fixture f, String begin, String end) {
        return f.set(CREDIT + "/ProductPeriode/Begindatum", begin).set(CREDIT + "/ProductPeriode/Einddatum", end);
    }

    /** Moves the declaration to January 2025, sent early February 2025. */
    private static Fixture january2025(Fixture f) {
        f.set("Header/BerichtIdentificatie/Dagtekening", "2025-02-05").set("Declaratie/DeclaratieDagtekening", "2025-02-05")
                .set(PERIOD + "/Begindatum", "2025-01-01").set(PERIOD + "/Einddatum", "2025-01-31");
        for (String line : List.of(HOURS, EUROS, MINUTES)) {
            f.set(line + "/ProductPeriode/Begindatum", "2025-01-01").set(line + "/ProductPeriode/Einddatum", "2025-01-15");
        }
        return f;
    }

    /** The whole declaration rejected on its Declaratie class: nothing granted, no lines. */
    private static Fixture rejectWhole(Fixture f) {
        return f.set(ANSWER + "/RetourCodes/RetourCode", "9321").remove(ANSWER + "/Clienten")
                .set(ANSWER + "/TotaalToegekendBedrag/TotaalBedrag", "0");
    }
}
