package org.centrumhub.transform.rules;

import static org.centrumhub.transform.fixtures.RuleCase.fails;
import static org.centrumhub.transform.fixtures.RuleCase.failsAll;
import static org.centrumhub.transform.fixtures.RuleCase.passes;

import java.util.List;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.RuleCase;

/** Rows for the 301's people and addresses, start and stop lines, and product lines. */
final class AssignmentRuleCases {
    private static final String J301 = "ijw/jw301-valid.xml";
    private static final String W301 = "iwmo/wmo301-valid.xml";
    private static final String CLIENT_CONTACT = "Client/Contactgegevens/Contact";
    private static final String RELATION_CONTACT = "Client/Relaties/Relatie/Contact";
    private static final String ADRES = CLIENT_CONTACT + "/Adres";
    private static final String P1 = "Client/ToegewezenProducten/ToegewezenProduct[1]";
    private static final String P2 = "Client/ToegewezenProducten/ToegewezenProduct[2]";

    private AssignmentRuleCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                passes("TR006", "relation reachable by phone only, client by address only", J301, f -> f),
                passes("TR006", "client contact with a phone and no address", W301,
                        f -> withPhone(f.remove(ADRES), CLIENT_CONTACT)),
                fails("TR006", "relation contact without phone or address", J301,
                        f -> f.remove(RELATION_CONTACT + "/Telefoon")),
                fails("TR006", "Huis without Postcode on a correspondence address", W301,
                        f -> f.set(CLIENT_CONTACT + "/Soort", "02").remove(ADRES + "/Postcode").remove(ADRES + "/LandCode")),

                passes("TR061", "BRP address", J301, f -> f),
                passes("TR061", "correspondence address only", W301, f -> f.set(CLIENT_CONTACT + "/Soort", "02")),
                fails("TR061", "only a temporary address", J301, f -> f.set(CLIENT_CONTACT + "/Soort", "04")),
                fails("TR061", "only a temporary address", W301, f -> f.set(CLIENT_CONTACT + "/Soort", "04")),

                passes("CD005", "Postcode with LandCode", J301, f -> f),
                passes("CD005", "foreign Postcode with LandCode BE", W301,
                        f -> f.set(ADRES + "/Postcode", "B-6200").set(ADRES + "/LandCode", "BE")),
                fails("CD005", "Postcode without LandCode", J301, f -> f.remove(ADRES + "/LandCode")),
                fails("CD005", "LandCode without Postcode", W301,
                        f -> withPhone(f.set(CLIENT_CONTACT + "/Soort", "02").remove(ADRES + "/Postcode")
                                .set(ADRES + "/LandCode", "BE"), CLIENT_CONTACT)),

                passes("CD007", "interpreter with Taal", J301, f -> f),
                passes("CD007", "other Vorm without Taal", W301,
                        f -> f.set("Client/Communicatie/Vorm", "2").remove("Client/Communicatie/Taal")),
                fails("CD007", "interpreter without Taal", J301, f -> f.remove("Client/Communicatie/Taal")),
                fails("CD007", "Taal with Vorm 3", W301, f -> f.set("Client/Communicatie/Vorm", "3")),

                passes("CD009", "Periode on a temporary address", W301, f -> f),
                passes("CD009", "no Periode on a BRP address", J301, f -> f.remove(RELATION_CONTACT + "/Periode")
                        .set(RELATION_CONTACT + "/Soort", "02")),
                fails("CD009", "Periode on a correspondence address", J301, f -> f.set(RELATION_CONTACT + "/Soort", "02")),
                fails("CD009", "Periode on a BRP address", W301, f -> f.set(RELATION_CONTACT + "/Soort", "01")),

                passes("CD025", "Dutch address with Huis", J301, f -> f),
                passes("CD025", "foreign address without Huis", W301, f -> withPhone(f.remove(ADRES + "/Huis")
                        .set(ADRES + "/Postcode", "B-6200").set(ADRES + "/LandCode", "BE"), CLIENT_CONTACT)),
                fails("CD025", "Dutch address without Huis", J301,
                        f -> withPhone(f.remove(ADRES + "/Huis"), CLIENT_CONTACT)),
                fails("CD025", "Dutch address without Huis", W301,
                        f -> withPhone(f.remove(ADRES + "/Huis"), CLIENT_CONTACT)),

                passes("CD034", "BRP address with Postcode", J301, f -> f),
                passes("CD034", "correspondence address without Postcode or LandCode, with phone", W301,
                        f -> withPhone(f.set(CLIENT_CONTACT + "/Soort", "02").remove(ADRES + "/Postcode")
                                .remove(ADRES + "/LandCode"), CLIENT_CONTACT)),
                fails("CD034", "BRP address without Postcode", J301, f -> withPhone(f.remove(ADRES + "/Postcode")
                        .remove(ADRES + "/LandCode"), CLIENT_CONTACT)),
                fails("CD034", "residence address without Postcode", W301, f -> withPhone(f
                        .set(CLIENT_CONTACT + "/Soort", "03").remove(ADRES + "/Postcode").remove(ADRES + "/LandCode"),
                        CLIENT_CONTACT)),

                passes("CS089", "6211AB", J301, f -> f),
                passes("CS089", "lower-case letters 9999zz", W301, f -> f.set(ADRES + "/Postcode", "9999zz")),
                passes("CS089", "foreign postcode of another form", J301,
                        f -> f.set(ADRES + "/Postcode", "B-6200").set(ADRES + "/LandCode", "BE")),
                fails("CS089", "leading zero", J301, f -> f.set(ADRES + "/Postcode", "0211AB")),
                fails("CS089", "space inside", W301, f -> f.set(ADRES + "/Postcode", "6211 AB")),

                passes("CS050", "no Partnernaam, NaamGebruik 1", J301, f -> f),
                passes("CS050", "Partnernaam with NaamGebruik 4", W301, f -> withPartner(f, "Client/Naam")
                        .set("Client/Naam/NaamGebruik", "4")),
                fails("CS050", "no Partnernaam, NaamGebruik 2", J301, f -> f.set("Client/Naam/NaamGebruik", "2")),
                fails("CS050", "relation with Partnernaam and NaamGebruik 5", W301,
                        f -> withPartner(f, "Client/Relaties/Relatie/Naam")
                                .set("Client/Relaties/Relatie/Naam/NaamGebruik", "5")),

                passes("CS318", "natural persons", W301, f -> f),
                fails("CS318", "client named as non-natural person", J301, f -> f.set("Client/Naam/NaamGebruik", "6")),
                fails("CS318", "relation named as non-natural person", W301,
                        f -> f.set("Client/Relaties/Relatie/Naam/NaamGebruik", "6")),

                passes("CS139", "DatumGebruik 1 on the first of a month, 2 on 1 January", J301, f -> f),
                passes("CS139", "no DatumGebruik on a full date", "ijw/jw305-valid.xml",
                        f -> f.set("Client/Geboortedatum/Datum", "2012-03-17").remove("Client/Geboortedatum/DatumGebruik")),
                fails("CS139", "DatumGebruik 1 on the 17th", "iwmo/wmo305-valid.xml",
                        f -> f.set("Client/Geboortedatum/Datum", "2012-03-17")),
                fails("CS139", "relation DatumGebruik 2 on 1 March", J301,
                        f -> f.set("Client/Relaties/Relatie/Geboortedatum/Datum", "1980-03-01")),
                fails("CS139", "DatumGebruik 3 on a real date", "ijw/jw307-valid.xml",
                        f -> f.set("Client/Geboortedatum/DatumGebruik", "3")),

                passes("CS058", "first deliveries", "ijw/jw305-valid.xml", f -> f),
                passes("CS058", "a delete", "iwmo/wmo307-valid.xml",
                        f -> f.set("Client/StopProducten/StopProduct/StatusAanlevering", "3")),
                fails("CS058", "correction status 2 on a start", "iwmo/wmo305-valid.xml",
                        f -> f.set("Client/StartProducten/StartProduct[2]/StatusAanlevering", "2")),
                fails("CS058", "correction status 2 on a stop", "ijw/jw307-valid.xml",
                        f -> f.set("Client/StopProducten/StopProduct/StatusAanlevering", "2")),

                passes("TR018", "stop after start", "ijw/jw307-valid.xml", f -> f),
                passes("TR018", "stop on the start day", "iwmo/wmo307-valid.xml", f -> f.set(
                        "Client/StopProducten/StopProduct/Einddatum", f.text("Client/StopProducten/StopProduct/Begindatum"))),
                fails("TR018", "stop the day before the start", "ijw/jw307-valid.xml", f -> f.set(
                        "Client/StopProducten/StopProduct/Einddatum", "2026-06-02")),

                passes("TR302", "two different products", J301, f -> f),
                passes("TR302", "same code in consecutive periods", W301, f -> f.duplicate(P1)
                        .set(P1 + "/Einddatum", "2026-08-31").set(P2 + "/ToewijzingNummer", "700103")
                        .set(P2 + "/Ingangsdatum", "2026-09-01")),
                passes("TR302", "same code overlapping, one line deleted (13, start = end)", J301, f -> f.duplicate(P1)
                        .set(P1 + "/Einddatum", "2026-06-01").insertAfter(P1 + "/Einddatum", "RedenWijziging", "13")
                        .set(P2 + "/ToewijzingNummer", "700103")),
                passes("TR302", "iWmo category 11 lines may overlap", W301, f -> f.duplicate(P2)
                        .set(P2 + "/Product/Categorie", "11").set("Client/ToegewezenProducten/ToegewezenProduct[3]/Product/Categorie", "11")
                        .set("Client/ToegewezenProducten/ToegewezenProduct[3]/ToewijzingNummer", "700103")),
                fails("TR302", "same code, periods share a day", J301, f -> f.duplicate(P1)
                        .set(P1 + "/Einddatum", "2026-09-01").set(P2 + "/ToewijzingNummer", "700103")
                        .set(P2 + "/Ingangsdatum", "2026-09-01")),
                fails("TR302", "same category without code, overlapping", W301, f -> f.duplicate(P2)
                        .set("Client/ToegewezenProducten/ToegewezenProduct[3]/ToewijzingNummer", "700103")),

                passes("CS335", "deleted with start = end", J301, f -> f.set(P1 + "/Einddatum", "2026-06-01")
                        .insertAfter(P1 + "/Einddatum", "RedenWijziging", "13")),
                fails("CS335", "deleted with a length", W301, f -> f.insertAfter(P1 + "/Einddatum", "RedenWijziging", "13")),

                passes("CS336", "RedenWijziging 02", W301, f -> f.insertAfter(P1 + "/Einddatum", "RedenWijziging", "02")),
                fails("CS336", "RedenWijziging 01", J301, f -> f.insertAfter(P1 + "/Einddatum", "RedenWijziging", "01")),

                passes("CS003", "contact period and products end after they start", J301, f -> f),
                passes("CS003", "product ends on its first day", W301, f -> f.set(P2 + "/Einddatum", "2026-06-01")),
                fails("CS003", "relation contact period ends before it begins", W301,
                        f -> f.set(RELATION_CONTACT + "/Periode/Einddatum", "2026-04-30")),
                fails("CS003", "product ends before it starts", J301, f -> f.set(P1 + "/Einddatum", "2026-05-31")),

                passes("CD041", "code with Omvang", J301, f -> f),
                fails("CD041", "code without Omvang", W301, f -> f.remove(P1 + "/Omvang").insertAfter(P1 + "/Einddatum",
                        "Budget", "1000")),
                fails("CD041", "code without Omvang or Budget", J301, f -> f.remove(P1 + "/Omvang")),

                passes("CD075", "Budget with end date", W301, f -> f),
                fails("CD075", "Budget without end date", J301, f -> f.remove(P2 + "/Einddatum")),

                passes("CD076", "weekly with end date", J301, f -> f),
                passes("CD076", "monthly without end date", W301, f -> f.set(P1 + "/Omvang/Frequentie", "4")
                        .remove(P1 + "/Einddatum")),
                fails("CD076", "weekly without end date", W301, f -> f.remove(P1 + "/Einddatum")),

                passes("CD077", "Budget alone", J301, f -> f),
                passes("CD078", "Omvang alone", W301, f -> f),
                failsAll(List.of("CD077", "CD078"), "Omvang and Budget on one line", J301,
                        f -> f.insertAfter(P1 + "/Omvang", "Budget", "5000")),
                failsAll(List.of("CD077", "CD078"), "Omvang and Budget on one line", W301,
                        f -> f.insertAfter(P1 + "/Omvang", "Budget", "5000")),

                passes("CD079", "Budget without Product", J301, f -> f.remove(P2 + "/Product")),
                fails("CD079", "neither Product nor Budget", W301, f -> f.remove(P2 + "/Product").remove(P2 + "/Budget")),

                passes("CD080", "no code, no Omvang", J301, f -> f),
                passes("CD080", "no code with Omvang, ending in 2020", W301, f -> f.remove(P1 + "/Product/Code")
                        .set(P1 + "/Ingangsdatum", "2020-06-01").set(P1 + "/Einddatum", "2020-12-31")),
                fails("CD080", "no code with Omvang, ending 2021-01-01", J301, f -> f.remove(P1 + "/Product/Code")
                        .set(P1 + "/Ingangsdatum", "2020-06-01").set(P1 + "/Einddatum", "2021-01-01")),
                fails("CD080", "no code with Omvang, open end", W301, f -> f.remove(P1 + "/Product/Code")
                        .set(P1 + "/Omvang/Frequentie", "4").set(P1 + "/Ingangsdatum", "2026-12-01")
                        .remove(P1 + "/Einddatum")),

                passes("CS338", "Eenheid 14 per week", J301, f -> f.set(P1 + "/Omvang/Eenheid", "14")),
                passes("CS338", "Eenheid 83 per period (1) ending in 2020", W301, f -> f.set(P1 + "/Omvang/Eenheid", "83")
                        .set(P1 + "/Omvang/Frequentie", "1").set(P1 + "/Ingangsdatum", "2020-06-01")
                        .set(P1 + "/Einddatum", "2020-12-31")),
                fails("CS338", "Eenheid 16 with Frequentie 1", J301, f -> f.set(P1 + "/Omvang/Eenheid", "16")
                        .set(P1 + "/Omvang/Frequentie", "1")),
                fails("CS338", "Eenheid 84 with Frequentie 1, open end", W301, f -> f.set(P1 + "/Omvang/Eenheid", "84")
                        .set(P1 + "/Omvang/Frequentie", "1").remove(P1 + "/Einddatum")));
    }

    /** Gives a Contact a Telefoon (after Soort/Adres, in schema order) so address edits keep it reachable. */
    private static Fixture withPhone(Fixture fixture, String contact) {
        String anchor = fixture.has(contact + "/Adres") ? contact + "/Adres" : contact + "/Soort";
        return fixture.insertAfter(anchor, "Telefoon", "")
                .appendBasis(contact + "/Telefoon", "Telefoon01", "")
                .appendBasis(contact + "/Telefoon/Telefoon01", "Telefoonnummer", "0431234567")
                .appendBasis(contact + "/Telefoon/Telefoon01", "Landnummer", "0031");
    }

    /** Adds a Partnernaam after the Geslachtsnaam of a Naam. */
    private static Fixture withPartner(Fixture fixture, String naam) {
        return fixture.insertAfter(naam + "/Geslachtsnaam", "Partnernaam", "")
                .appendBasis(naam + "/Partnernaam", "Achternaam", "Partner");
    }
}
