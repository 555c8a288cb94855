package org.centrumhub.hub.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Standard;

/**
 * iJw 3.2 messages for the demo traffic, written from templates (and in iWmo through {@link #inStandard}); every one
 * is valid unless a test makes it not.
 */
public final class DemoMessages {
    private DemoMessages() {
    }

    /** A client as the demo knows it: test BSN, birth date (first of a month, DatumGebruik 1) and gender. */
    public record Client(String bsn, LocalDate born) {
    }

    private static String header(int number, String code, String sender, String receiver, String id, LocalDate date) {
        String m = "jw" + number;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + m + ":Bericht xmlns:" + m
                + "=\"http://www.istandaarden.nl/ijw/3_2/" + m + "/schema\" xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/"
                + "basisschema/schema\"><" + m + ":Header><" + m + ":BerichtCode>" + code + "</" + m + ":BerichtCode><"
                + m + ":BerichtVersie>3</" + m + ":BerichtVersie><" + m + ":BerichtSubversie>2</" + m
                + ":BerichtSubversie><" + m + ":Afzender>" + sender + "</" + m + ":Afzender><" + m + ":Ontvanger>"
                + receiver + "</" + m + ":Ontvanger><" + m + ":BerichtIdentificatie><ijw:Identificatie>" + id
                + "</ijw:Identificatie><ijw:Dagtekening>" + date + "</ijw:Dagtekening></" + m
                + ":BerichtIdentificatie><" + m + ":XsdVersie><ijw:BasisschemaXsdVersie>0.1.0</ijw:BasisschemaXsdVersie>"
                + "<ijw:BerichtXsdVersie>0.1.0</ijw:BerichtXsdVersie></" + m + ":XsdVersie></" + m + ":Header>";
    }

    private static String person(String m, Client client, boolean fullName) {
        return "<" + m + ":Bsn>" + client.bsn() + "</" + m + ":Bsn><" + m + ":Geboortedatum><ijw:Datum>" + client.born()
                + "</ijw:Datum><ijw:DatumGebruik>1</ijw:DatumGebruik></" + m + ":Geboortedatum><" + m
                + ":Geslacht>1</" + m + ":Geslacht><" + m + ":Naam><ijw:Geslachtsnaam><ijw:Achternaam>Demo</ijw:Achternaam>"
                + "</ijw:Geslachtsnaam><ijw:Voorletters>D</ijw:Voorletters>"
                + (fullName ? "<ijw:NaamGebruik>1</ijw:NaamGebruik>" : "") + "</" + m + ":Naam>";
    }

    private static String product(String code) {
        return "<ijw:Categorie>" + code.substring(0, 2) + "</ijw:Categorie><ijw:Code>" + code + "</ijw:Code>";
    }

    /** An assignment of one product with hours per week. */
    public static byte[] jw301(String id, LocalDate date, String municipality, String provider, Client client,
                               long number, String productCode, LocalDate start, LocalDate end) {
        String m = "jw301";
        return bytes(header(301, "436", municipality, provider, id, date) + "<" + m + ":Client>" + person(m, client, true)
                + "<" + m + ":Contactgegevens><" + m + ":Contact><" + m + ":Soort>01</" + m + ":Soort><" + m
                + ":Adres><ijw:Huis><ijw:Huisnummer>1</ijw:Huisnummer></ijw:Huis><ijw:Postcode>6211AB</ijw:Postcode>"
                + "<ijw:LandCode>NL</ijw:LandCode></" + m + ":Adres></" + m + ":Contact></" + m + ":Contactgegevens><"
                + m + ":ToegewezenProducten><" + m + ":ToegewezenProduct><" + m + ":ToewijzingNummer>" + number + "</" + m
                + ":ToewijzingNummer><" + m + ":Product>" + product(productCode) + "</" + m + ":Product><" + m
                + ":Toewijzingsdatum>" + date + "</" + m + ":Toewijzingsdatum><" + m + ":Toewijzingstijd>09:00:00</" + m
                + ":Toewijzingstijd><" + m + ":Ingangsdatum>" + start + "</" + m + ":Ingangsdatum><" + m + ":Einddatum>"
                + end + "</" + m + ":Einddatum><" + m + ":Omvang><ijw:Volume>4</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid>"
                + "<ijw:Frequentie>2</ijw:Frequentie></" + m + ":Omvang></" + m + ":ToegewezenProduct></" + m
                + ":ToegewezenProducten></" + m + ":Client></" + m + ":Bericht>");
    }

    /** A start of care on an assignment. */
    public static byte[] jw305(String id, LocalDate date, String provider, String municipality, Client client,
                               long number, String productCode, LocalDate assignmentStart, LocalDate begin) {
        String m = "jw305";
        return bytes(header(305, "438", provider, municipality, id, date) + "<" + m + ":Client>" + person(m, client, false)
                + "<" + m + ":StartProducten><" + m + ":StartProduct><" + m + ":ToewijzingNummer>" + number + "</" + m
                + ":ToewijzingNummer><" + m + ":Product>" + product(productCode) + "</" + m + ":Product><" + m
                + ":ToewijzingIngangsdatum>" + assignmentStart + "</" + m + ":ToewijzingIngangsdatum><" + m
                + ":Begindatum>" + begin + "</" + m + ":Begindatum><" + m + ":StatusAanlevering>1</" + m
                + ":StatusAanlevering></" + m + ":StartProduct></" + m + ":StartProducten></" + m + ":Client></" + m
                + ":Bericht>");
    }

    /** A stop of care (reason 31) of a started assignment. */
    public static byte[] jw307(String id, LocalDate date, String provider, String municipality, Client client,
                               long number, String productCode, LocalDate assignmentStart, LocalDate begin, LocalDate end) {
        String m = "jw307";
        return bytes(header(307, "440", provider, municipality, id, date) + "<" + m + ":Client>" + person(m, client, false)
                + "<" + m + ":StopProducten><" + m + ":StopProduct><" + m + ":ToewijzingNummer>" + number + "</" + m
                + ":ToewijzingNummer><" + m + ":Product>" + product(productCode) + "</" + m + ":Product><" + m
                + ":ToewijzingIngangsdatum>" + assignmentStart + "</" + m + ":ToewijzingIngangsdatum><" + m
                + ":Begindatum>" + begin + "</" + m + ":Begindatum><" + m + ":RedenBeeindiging>31</" + m
                + ":RedenBeeindiging><" + m + ":Einddatum>" + end + "</" + m + ":Einddatum><" + m
                + ":StatusAanlevering>1</" + m + ":StatusAanlevering></" + m + ":StopProduct></" + m
                + ":StopProducten></" + m + ":Client></" + m + ":Bericht>");
    }

    /** A request for assignment (VOT) of one product, referred by the municipality. */
    public static byte[] jw315(String id, LocalDate date, String provider, String municipality, Client client,
                               String reference, String productCode, LocalDate start, LocalDate end) {
        String m = "jw315";
        return bytes(header(315, "446", provider, municipality, id, date) + "<" + m + ":Client>" + person(m, client, false)
                + "<" + m + ":AangevraagdeProducten><" + m + ":AangevraagdProduct><" + m + ":ReferentieAanbieder>"
                + reference + "</" + m + ":ReferentieAanbieder><" + m + ":Product>" + product(productCode) + "</" + m
                + ":Product><" + m + ":ToewijzingIngangsdatum>" + start + "</" + m + ":ToewijzingIngangsdatum><" + m
                + ":ToewijzingEinddatum>" + end + "</" + m + ":ToewijzingEinddatum><" + m + ":Omvang><ijw:Volume>2"
                + "</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>2</ijw:Frequentie></" + m + ":Omvang><"
                + m + ":Verwijzer><ijw:Type>01</ijw:Type></" + m + ":Verwijzer></" + m + ":AangevraagdProduct></" + m
                + ":AangevraagdeProducten></" + m + ":Client></" + m + ":Bericht>");
    }

    /** The municipality's answer to a request: rejected (1, reason 2) or under investigation (2). */
    public static byte[] jw319(String id, LocalDate date, String municipality, String provider, String reference,
                               boolean rejected) {
        String m = "jw319";
        return bytes(header(319, "488", municipality, provider, id, date) + "<" + m + ":Antwoord><" + m
                + ":ReferentieAanbieder>" + reference + "</" + m + ":ReferentieAanbieder><" + m + ":VerzoekAntwoord>"
                + (rejected ? "1" : "2") + "</" + m + ":VerzoekAntwoord>"
                + (rejected ? "<" + m + ":RedenAfwijzingVerzoek>2</" + m + ":RedenAfwijzingVerzoek>" : "")
                + "</" + m + ":Antwoord></" + m + ":Bericht>");
    }

    /** One declared line (Prestatie): hours on an assignment for a product period, or its credit. */
    public record Line(String bsn, String reference, String previous, long assignment, String productCode,
                       LocalDate begin, LocalDate end, long hours, long tariff) {
        public long amount() {
            return hours * tariff;
        }

        public boolean credit() {
            return previous != null;
        }
    }

    /** A declaration of one provider for one month, its lines grouped by client in the order given. */
    public static byte[] jw323(String id, LocalDate date, String provider, String municipality, String number,
                               YearMonth period, List<Line> lines) {
        String m = "jw323";
        long total = lines.stream().mapToLong(l -> l.credit() ? -l.amount() : l.amount()).sum();
        Map<String, List<Line>> clients = new LinkedHashMap<>();
        lines.forEach(line -> clients.computeIfAbsent(line.bsn(), k -> new ArrayList<>()).add(line));
        StringBuilder body = new StringBuilder();
        clients.forEach((bsn, own) -> {
            body.append("<").append(m).append(":Client><").append(m).append(":Bsn>").append(bsn).append("</").append(m)
                    .append(":Bsn><").append(m).append(":Prestaties>");
            for (Line line : own) {
                body.append("<").append(m).append(":Prestatie><").append(m).append(":ProductReferentie>")
                        .append("<ijw:ReferentieNummer>").append(line.reference()).append("</ijw:ReferentieNummer>")
                        .append(line.credit() ? "<ijw:VorigReferentieNummer>" + line.previous()
                                + "</ijw:VorigReferentieNummer>" : "")
                        .append("</").append(m).append(":ProductReferentie><").append(m).append(":ToewijzingNummer>")
                        .append(line.assignment()).append("</").append(m).append(":ToewijzingNummer><").append(m)
                        .append(":ProductCategorie>").append(line.productCode(), 0, 2).append("</").append(m)
                        .append(":ProductCategorie><").append(m).append(":ProductCode>").append(line.productCode())
                        .append("</").append(m).append(":ProductCode><").append(m).append(":ProductPeriode><ijw:Begindatum>")
                        .append(line.begin()).append("</ijw:Begindatum><ijw:Einddatum>").append(line.end())
                        .append("</ijw:Einddatum></").append(m).append(":ProductPeriode><").append(m)
                        .append(":GeleverdVolume>").append(line.hours()).append("</").append(m).append(":GeleverdVolume><")
                        .append(m).append(":Eenheid>04</").append(m).append(":Eenheid><").append(m).append(":ProductTarief>")
                        .append(line.tariff()).append("</").append(m).append(":ProductTarief><").append(m)
                        .append(":IngediendBedrag><ijw:Bedrag>").append(line.amount()).append("</ijw:Bedrag><ijw:DebetCredit>")
                        .append(line.credit() ? "C" : "D").append("</ijw:DebetCredit></").append(m)
                        .append(":IngediendBedrag></").append(m).append(":Prestatie>");
            }
            body.append("</").append(m).append(":Prestaties></").append(m).append(":Client>");
        });
        return bytes(header(323, "490", provider, municipality, id, date) + "<" + m + ":Declaratie><" + m
                + ":DeclaratieNummer>" + number + "</" + m + ":DeclaratieNummer><" + m + ":DeclaratiePeriode>"
                + "<ijw:Begindatum>" + period.atDay(1) + "</ijw:Begindatum><ijw:Einddatum>" + period.atEndOfMonth()
                + "</ijw:Einddatum></" + m + ":DeclaratiePeriode><" + m + ":DeclaratieDagtekening>" + date + "</" + m
                + ":DeclaratieDagtekening><" + m + ":TotaalIngediendBedrag><ijw:TotaalBedrag>" + Math.abs(total)
                + "</ijw:TotaalBedrag><ijw:DebetCredit>" + (total < 0 ? "C" : "D") + "</ijw:DebetCredit></" + m
                + ":TotaalIngediendBedrag><" + m + ":Clienten>" + body + "</" + m + ":Clienten></" + m
                + ":Declaratie></" + m + ":Bericht>");
    }

    /**
     * The same message in iWmo: the two standards' trees are the same for these messages (messages.md), so only the
     * namespaces and prefixes, the BerichtCode and the XSD version differ.
     */
    public static byte[] inStandard(Standard standard, byte[] jw) {
        if (standard == Standard.IJW) {
            return jw;
        }
        String xml = new String(jw, StandardCharsets.UTF_8);
        Matcher number = Pattern.compile("<jw(\\d{3}):Bericht").matcher(xml);
        if (!number.find()) {
            throw new IllegalArgumentException("not an iJw message of the demo");
        }
        MessageType jwType = MessageType.valueOf("JW" + number.group(1));
        MessageType wmoType = MessageType.valueOf("WMO" + number.group(1));
        xml = xml.replace(":BerichtCode>" + jwType.berichtCode() + "<", ":BerichtCode>" + wmoType.berichtCode() + "<")
                .replace(">" + Standard.IJW.xsdVersion() + "<", ">" + Standard.IWMO.xsdVersion() + "<")
                .replace("jw" + number.group(1), "wmo" + number.group(1)).replace("ijw", "iwmo");
        return bytes(xml);
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
