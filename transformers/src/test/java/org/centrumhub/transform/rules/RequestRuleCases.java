package org.centrumhub.transform.rules;

import static org.centrumhub.transform.fixtures.RuleCase.fails;
import static org.centrumhub.transform.fixtures.RuleCase.failsAll;
import static org.centrumhub.transform.fixtures.RuleCase.passes;

import java.util.List;
import org.centrumhub.transform.fixtures.RuleCase;

/**
 * Rows for requests for assignment (315), requests for change (317) and answers (319), including the product-line
 * and client rules these messages share with the 301.
 */
final class RequestRuleCases {
    private static final String J315 = "ijw/jw315-valid.xml";
    private static final String W315 = "iwmo/wmo315-valid.xml";
    private static final String J317 = "ijw/jw317-valid.xml";
    private static final String W317 = "iwmo/wmo317-valid.xml";
    private static final String J319 = "ijw/jw319-valid.xml";
    private static final String W319 = "iwmo/wmo319-valid.xml";
    private static final String A1 = "Client/AangevraagdeProducten/AangevraagdProduct[1]";
    private static final String A2 = "Client/AangevraagdeProducten/AangevraagdProduct[2]";
    private static final String A3 = "Client/AangevraagdeProducten/AangevraagdProduct[3]";
    private static final String VERZOEK = "Client/Verzoek";
    private static final String T1 = VERZOEK + "/TeWijzigenProducten/TeWijzigenProduct";
    private static final String N1 = VERZOEK + "/NieuweProducten/NieuwProduct[1]";
    private static final String N2 = VERZOEK + "/NieuweProducten/NieuwProduct[2]";

    private RequestRuleCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                passes("TR383", "two references", J315, f -> f),
                failsAll(List.of("TR383", "TR101"), "a reference used twice (also the line's logical key)", W315,
                        f -> f.set(A2 + "/ReferentieAanbieder", "REF-315-1")),

                passes("TR386", "code and category-only lines", J315, f -> f),
                passes("TR386", "same code in consecutive periods", W315, f -> f.duplicate(A1)
                        .set(A2 + "/ReferentieAanbieder", "REF-315-3").set(A1 + "/ToewijzingEinddatum", "2026-10-31")
                        .set(A2 + "/ToewijzingIngangsdatum", "2026-11-01")),
                passes("TR386", "iWmo category 12 lines may overlap", W315, f -> f.duplicate(A2)
                        .set(A2 + "/Product/Categorie", "12").set(A3 + "/Product/Categorie", "12")
                        .set(A3 + "/ReferentieAanbieder", "REF-315-3")),
                fails("TR386", "same code with overlapping periods", J315, f -> f.duplicate(A1)
                        .set(A2 + "/ReferentieAanbieder", "REF-315-3").set(A2 + "/ToewijzingIngangsdatum", "2027-01-31")),
                fails("TR386", "two category-only lines overlap", J315, f -> f.duplicate(A2)
                        .set(A3 + "/ReferentieAanbieder", "REF-315-3").set(A3 + "/ToewijzingIngangsdatum", "2026-12-31")),

                passes("CD043", "decision number with its date, and neither", J315, f -> f),
                fails("CD043", "decision number without date", W315, f -> f.remove(A1 + "/BeschikkingIngangsdatum")),
                fails("CD043", "decision date without number", J315,
                        f -> f.insertBefore(A2 + "/ToewijzingIngangsdatum", "BeschikkingIngangsdatum", "2026-07-01")),

                passes("CD066", "GP identified by code only", W315, f -> f),
                fails("CD066", "GP with code and name", J315,
                        f -> f.insertAfter(A1 + "/Verwijzer/Type", "Naam", "Huisartsenpraktijk Proef")),

                passes("CD067", "youth doctor by name only", J315, f -> f.set(A1 + "/Verwijzer/Type", "03")
                        .remove(A1 + "/Verwijzer/ZorgverlenerCode")
                        .insertAfter(A1 + "/Verwijzer/Type", "Naam", "Jeugdarts Proef")),
                fails("CD067", "medical specialist with neither code nor name", W315,
                        f -> f.set(A1 + "/Verwijzer/Type", "05").remove(A1 + "/Verwijzer/ZorgverlenerCode")),

                passes("CD068", "self-referral without code", W315,
                        f -> f.set(A1 + "/Verwijzer/Type", "06").remove(A1 + "/Verwijzer/ZorgverlenerCode")),
                fails("CD068", "municipality referral with a code", J315, f -> f.set(A1 + "/Verwijzer/Type", "01")),
                fails("CD068", "judge referral with a code", W315, f -> f.set(A1 + "/Verwijzer/Type", "08")),

                passes("CD095", "category-only line without Omvang", J315, f -> f),
                passes("CD095", "no code with Omvang, ending in 2020", W315, f -> f.remove(A1 + "/Product/Code")
                        .set(A1 + "/ToewijzingIngangsdatum", "2020-09-01").set(A1 + "/ToewijzingEinddatum", "2020-12-31")),
                fails("CD095", "no code with Omvang, ending in 2027", J315, f -> f.remove(A1 + "/Product/Code")
                        .set(A1 + "/ToewijzingIngangsdatum", "2027-01-01")),
                fails("CD095", "no code with Omvang, ending 2021-01-01", W315, f -> f.remove(A1 + "/Product/Code")
                        .set(A1 + "/ToewijzingIngangsdatum", "2020-09-01").set(A1 + "/ToewijzingEinddatum", "2021-01-01")),

                passes("CD096", "new category-only product with a Budget", J317, f -> f.remove(N1 + "/Product/Code")
                        .remove(N1 + "/Omvang").append(N1, "Budget", "2500")),
                fails("CD096", "new category-only product with Omvang", J317, f -> f.remove(N1 + "/Product/Code")),
                fails("CD096", "new category-only product with Omvang, open end", W317, f -> f.remove(N1 + "/Product/Code")
                        .remove(N1 + "/Einddatum").set(N1 + "/Omvang/Frequentie", "4")),

                passes("CS343", "Eenheid 14 per week", W315, f -> f.set(A1 + "/Omvang/Eenheid", "14")),
                fails("CS343", "Eenheid 16 per period", J315, f -> f.set(A1 + "/Omvang/Eenheid", "16")
                        .set(A1 + "/Omvang/Frequentie", "1")),
                fails("CS343", "Eenheid 83 per period", W315, f -> f.set(A1 + "/Omvang/Eenheid", "83")
                        .set(A1 + "/Omvang/Frequentie", "1")),

                passes("CS003", "request ends on its first day", J315, f -> f.set(A2 + "/ToewijzingEinddatum", "2026-08-01")),
                fails("CS003", "requested period ends before it starts", W315,
                        f -> f.set(A1 + "/ToewijzingEinddatum", "2026-07-31")),
                fails("CS003", "changed product ends before its new start", J317, f -> f.set(T1 + "/Einddatum", "2026-08-31")),

                passes("CD041", "new product with code and Omvang", W317, f -> f),
                fails("CD041", "requested code without Omvang", J315, f -> f.remove(A1 + "/Omvang")),
                fails("CD041", "new product code without Omvang", W317, f -> f.remove(N1 + "/Omvang")),

                passes("CD075", "changed product with Budget and end date", J317,
                        f -> f.remove(T1 + "/Omvang").append(T1, "Budget", "1000")),
                fails("CD075", "requested Budget without end date", W315, f -> f.remove(A2 + "/ToewijzingEinddatum")),
                fails("CD075", "changed product with Budget, no end date", J317, f -> f.remove(T1 + "/Omvang")
                        .remove(T1 + "/Einddatum").append(T1, "Budget", "1000")),

                passes("CD076", "weekly request with end date", W315, f -> f),
                fails("CD076", "weekly request without end date", J315, f -> f.remove(A1 + "/ToewijzingEinddatum")),
                fails("CD076", "weekly change without end date", W317, f -> f.remove(T1 + "/Einddatum")),

                failsAll(List.of("CD077", "CD078"), "requested line with Omvang and Budget", W315,
                        f -> f.insertAfter(A1 + "/Omvang", "Budget", "100")),
                failsAll(List.of("CD077", "CD078"), "changed line with Omvang and Budget", J317,
                        f -> f.insertAfter(T1 + "/Omvang", "Budget", "100")),

                passes("CD079", "requested Budget without Product", J315, f -> f.remove(A2 + "/Product")),
                fails("CD079", "requested line with neither Product nor Budget", W315,
                        f -> f.remove(A2 + "/Product").remove(A2 + "/Budget")),
                fails("CD079", "new product with neither Product nor Budget", J317,
                        f -> f.remove(N1 + "/Product").remove(N1 + "/Omvang")),

                passes("CS338", "new product Eenheid 14 per month", J317, f -> f),
                fails("CS338", "new product Eenheid 14 per period", W317, f -> f.set(N1 + "/Omvang/Frequentie", "1")),
                fails("CS338", "changed product Eenheid 83 per period", J317, f -> f.set(T1 + "/Omvang/Eenheid", "83")
                        .set(T1 + "/Omvang/Frequentie", "1")),

                passes("TR002", "315 birth year only", W315, f -> f),
                fails("TR002", "315 birth year 1900 without DatumGebruik 3", J315,
                        f -> f.set("Client/Geboortedatum/Datum", "1900-01-01")),
                fails("CS139", "315 DatumGebruik 2 on 1 March", W315, f -> f.set("Client/Geboortedatum/Datum", "2015-03-01")),
                fails("TR134", "315 client born after the Dagtekening", J315,
                        f -> f.set("Client/Geboortedatum/Datum", "2027-01-01")),

                passes("TR352", "unchanged and changed products", J317, f -> f),
                passes("TR352", "only a changed product", W317, f -> f.remove(VERZOEK + "/OngewijzigdeProducten")
                        .remove(VERZOEK + "/NieuweProducten")),
                fails("TR352", "only new products", J317, f -> f.remove(VERZOEK + "/OngewijzigdeProducten")
                        .remove(VERZOEK + "/TeWijzigenProducten")),
                fails("TR352", "only new products", W317, f -> f.remove(VERZOEK + "/OngewijzigdeProducten")
                        .remove(VERZOEK + "/TeWijzigenProducten")),

                passes("TR353", "only a new product next to the unchanged one", W317,
                        f -> f.remove(VERZOEK + "/TeWijzigenProducten")),
                fails("TR353", "only unchanged products", J317, f -> f.remove(VERZOEK + "/TeWijzigenProducten")
                        .remove(VERZOEK + "/NieuweProducten")),
                fails("TR353", "only unchanged products", W317, f -> f.remove(VERZOEK + "/TeWijzigenProducten")
                        .remove(VERZOEK + "/NieuweProducten")),

                passes("TR380", "new product starts the day after the Dagtekening", J317,
                        f -> f.set(N1 + "/GewensteIngangsdatum", "2026-08-15")),
                fails("TR380", "new product starts on the Dagtekening", J317,
                        f -> f.set(N1 + "/GewensteIngangsdatum", "2026-08-14")),
                fails("TR380", "new product starts before the Dagtekening", W317,
                        f -> f.set(N1 + "/GewensteIngangsdatum", "2026-08-01")),

                passes("TR410", "same new product in consecutive periods", W317, f -> f.duplicate(N1)
                        .set(N1 + "/Einddatum", "2026-09-30").set(N2 + "/GewensteIngangsdatum", "2026-10-01")),
                fails("TR410", "same new product twice with overlap", J317, f -> f.duplicate(N1)
                        .set(N2 + "/GewensteIngangsdatum", "2026-12-31")),
                fails("TR410", "same new product twice with overlap", W317, f -> f.duplicate(N1)
                        .set(N2 + "/GewensteIngangsdatum", "2026-10-01")),

                passes("CD085", "rejection with its reason", W319, f -> f),
                fails("CD085", "rejection without reason", W319, f -> f.remove("Antwoord/RedenAfwijzingVerzoek")),

                passes("CD086", "under investigation without reason", W319,
                        f -> f.set("Antwoord/VerzoekAntwoord", "2").remove("Antwoord/RedenAfwijzingVerzoek")),
                fails("CD086", "under investigation with a reason", W319, f -> f.set("Antwoord/VerzoekAntwoord", "2")),
                fails("CD086", "under investigation with reason 8", J319, f -> f.set("Antwoord/VerzoekAntwoord", "2")),

                passes("TR377", "reason 8 with the responsible municipality", J319, f -> f),
                passes("TR377", "iWmo has no Woonplaatsbeginsel: reason 8 alone is not checked", W319,
                        f -> f.set("Antwoord/RedenAfwijzingVerzoek", "8")),
                fails("TR377", "reason 8 without Woonplaatsbeginsel", J319, f -> f.remove("Antwoord/Woonplaatsbeginsel")),

                passes("TR409", "other reason without Woonplaatsbeginsel", J319,
                        f -> f.set("Antwoord/RedenAfwijzingVerzoek", "3").remove("Antwoord/Woonplaatsbeginsel")),
                fails("TR409", "Woonplaatsbeginsel with reason 3", J319, f -> f.set("Antwoord/RedenAfwijzingVerzoek", "3")));
    }
}
