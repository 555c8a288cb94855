package org.centrumhub.transform.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR101: per class, the logical key (plus the keys of the parent classes) is unique within the message. Repeated
 * classes are compared among their siblings, which is the same thing because the parents' keys are unique too.
 * The keys are those of the standard's key table (messages.md); ToewijzingNummer compares as a number.
 */
public final class Tr101NoDuplicateLines extends BaseRule {
    private record KeyedClass(String containerPath, String className, List<String> keyPaths) {
    }

    private static final Set<String> NUMERIC_KEYS = Set.of("ToewijzingNummer");

    private static final Map<Integer, List<KeyedClass>> KEYS = Map.of(
            301, List.of(
                    new KeyedClass("Client/Relaties", "Relatie", List.of("Nummer")),
                    new KeyedClass("Client/Contactgegevens", "Contact", List.of("Soort")),
                    new KeyedClass("Client/ToegewezenProducten", "ToegewezenProduct", List.of("ToewijzingNummer"))),
            305, List.of(new KeyedClass("Client/StartProducten", "StartProduct",
                    List.of("ToewijzingNummer", "Product/Categorie", "Product/Code", "Begindatum"))),
            307, List.of(new KeyedClass("Client/StopProducten", "StopProduct",
                    List.of("ToewijzingNummer", "Product/Categorie", "Product/Code", "Begindatum", "RedenBeeindiging",
                            "Einddatum"))),
            315, List.of(new KeyedClass("Client/AangevraagdeProducten", "AangevraagdProduct",
                    List.of("ReferentieAanbieder"))),
            317, List.of(
                    new KeyedClass("Client/Verzoek/OngewijzigdeProducten", "OngewijzigdProduct",
                            List.of("ToewijzingNummer")),
                    new KeyedClass("Client/Verzoek/TeWijzigenProducten", "TeWijzigenProduct",
                            List.of("ToewijzingNummer")),
                    new KeyedClass("Client/Verzoek/NieuweProducten", "NieuwProduct",
                            List.of("Product/Categorie", "Product/Code", "GewensteIngangsdatum"))),
            323, declarationKeys("Declaratie"),
            325, declarationKeys("DeclaratieAntwoord"));

    public Tr101NoDuplicateLines() {
        super("TR101", "no duplicate lines: the logical key of each class is unique within the message",
                301, 305, 307, 315, 317, 323, 325);
    }

    private static List<KeyedClass> declarationKeys(String body) {
        return List.of(
                new KeyedClass(body + "/Clienten", "Client", List.of("Bsn")),
                new KeyedClass(body + "/Clienten/Client/Prestaties", "Prestatie",
                        List.of("ProductReferentie/ReferentieNummer", "ProductReferentie/VorigReferentieNummer")));
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (KeyedClass keyed : KEYS.getOrDefault(message.type().number(), List.of())) {
            for (XmlElement container : message.root().all(keyed.containerPath())) {
                Map<String, XmlElement> seen = new HashMap<>();
                for (XmlElement line : container.children(keyed.className())) {
                    String key = key(line, keyed.keyPaths());
                    XmlElement first = seen.putIfAbsent(key, line);
                    if (first != null) {
                        context.report(line, keyed.className() + " repeats the logical key ("
                                + String.join(", ", keyed.keyPaths()) + ") of " + first.path());
                    }
                }
            }
        }
    }

    private static String key(XmlElement line, List<String> keyPaths) {
        StringJoiner key = new StringJoiner("\u0000");
        for (String path : keyPaths) {
            String value = line.text(path).orElse("");
            if (NUMERIC_KEYS.contains(path) && !value.isEmpty()) {
                value = String.valueOf(Long.parseLong(value));
            }
            key.add(value);
        }
        return key.toString();
    }
}
