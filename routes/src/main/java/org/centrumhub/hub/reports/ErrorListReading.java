package org.centrumhub.hub.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.xml.XmlElement;

/**
 * How the error list reads a rejected message and the hub's answer to it: which codes the answer placed on which
 * part, and how that part is named in the list. A part is named by its element path below the message
 * ({@code Client/StartProducten/StartProduct[2]}) and its identifiers (ToewijzingNummer, ReferentieAanbieder), a
 * declaration line by its ReferentieNummer and product: never by any other value of the message.
 */
final class ErrorListReading {
    /** Codes that say "no fault here": no remarks, not assessed, granted in full. */
    private static final Set<String> NO_FAULT = Set.of("0200", "0233", "8001");
    private static final List<String> IDENTIFIERS = List.of("ToewijzingNummer", "ReferentieAanbieder");
    private static final String ROOT = "/Bericht";

    private ErrorListReading() {
    }

    /** A code on a part of a message. */
    record Placed(String concerns, String code) {
    }

    /** A rejected line as the declaration answer (325) lists it: its client's BSN and its codes. */
    record AnsweredLine(String bsn, List<String> codes) {
    }

    /** A Prestatie of a declaration (323), with its client. */
    record Prestatie(XmlElement element, XmlElement client, String bsn, String reference, String previousReference,
                     long assignmentNumber, String category, String code) {

        boolean credit() {
            return previousReference != null
                    || element.text("IngediendBedrag/DebetCredit").filter("C"::equals).isPresent();
        }

        String concerns() {
            return line(reference, category, code);
        }
    }

    /** Every fault code of a retour (306, 308, 316, 318), on the part it is placed on, in document order. */
    static List<Placed> placedCodes(XmlElement retour) {
        List<Placed> placed = new ArrayList<>();
        collect(retour, placed);
        return placed;
    }

    private static void collect(XmlElement element, List<Placed> placed) {
        for (String code : faults(element)) {
            placed.add(new Placed(part(element), code));
        }
        for (XmlElement child : element.children()) {
            if (!child.name().equals("RetourCodes")) {
                collect(child, placed);
            }
        }
    }

    /**
     * The rejected lines a declaration answer (325) lists, by ReferentieNummer; the lines of a faulty client carry the
     * client's codes.
     */
    static Map<String, AnsweredLine> answeredLines(XmlElement answer) {
        Map<String, AnsweredLine> lines = new HashMap<>();
        for (XmlElement client : answer.all("DeclaratieAntwoord/Clienten/Client")) {
            String bsn = client.text("Bsn").orElse(null);
            List<String> clientCodes = faults(client);
            for (XmlElement line : client.all("Prestaties/Prestatie")) {
                List<String> codes = faults(line);
                line.text("ProductReferentie/ReferentieNummer").ifPresent(reference -> lines.put(reference,
                        new AnsweredLine(bsn, codes.isEmpty() ? clientCodes : codes)));
            }
        }
        return lines;
    }

    /** The codes a declaration answer (325) gives on its header and on DeclaratieAntwoord: a rejection as a whole. */
    static List<String> wholeCodes(XmlElement answer) {
        Set<String> codes = new LinkedHashSet<>();
        answer.child("Header").ifPresent(header -> codes.addAll(faults(header)));
        answer.child("DeclaratieAntwoord").ifPresent(body -> codes.addAll(faults(body)));
        return List.copyOf(codes);
    }

    /** Every Prestatie of a declaration, in document order. */
    static List<Prestatie> prestaties(XmlElement declaration) {
        List<Prestatie> lines = new ArrayList<>();
        for (XmlElement client : declaration.all("Declaratie/Clienten/Client")) {
            String bsn = client.text("Bsn").orElse(null);
            for (XmlElement line : client.all("Prestaties/Prestatie")) {
                lines.add(new Prestatie(line, client, bsn, line.text("ProductReferentie/ReferentieNummer").orElse(null),
                        line.text("ProductReferentie/VorigReferentieNummer").orElse(null),
                        line.number("ToewijzingNummer").orElse(0L), line.text("ProductCategorie").orElse(null),
                        line.text("ProductCode").orElse(null)));
            }
        }
        return lines;
    }

    /** A declaration line as the list names it: {@code Prestatie L-5 (product 45/45A09)}. */
    static String line(String reference, String category, String code) {
        return "Prestatie " + reference + " (product " + category + (code == null ? "" : "/" + code) + ")";
    }

    /**
     * The in-message faults (0001) as the list names them: each element path below the message with its rule,
     * {@code Client/Bsn (CS002)}, each once.
     */
    static String findings(List<Finding> findings) {
        Set<String> named = new LinkedHashSet<>();
        for (Finding finding : findings) {
            named.add(path(finding.path()) + " (" + finding.code() + ")");
        }
        return String.join("; ", named);
    }

    /** The in-message faults that concern a line of a declaration: in it, on its client, or on no client at all. */
    static List<Finding> concerning(Prestatie line, List<Finding> findings) {
        String clientPath = line.client().path();
        String linePath = line.element().path();
        String lines = clientPath + "/Prestaties";
        return findings.stream().filter(f -> f.path() != null).filter(f -> within(f.path(), linePath)
                || (within(f.path(), clientPath) && !within(f.path(), lines)) || !f.path().contains("/Clienten/Client"))
                .toList();
    }

    /** A finding's element path below the message ({@code Client/Bsn}); a position in the file stays as it is. */
    static String path(String path) {
        if (path == null || path.isBlank()) {
            return "the message";
        }
        if (path.equals(ROOT)) {
            return "Bericht";
        }
        return path.startsWith(ROOT + "/") ? path.substring(ROOT.length() + 1) : path;
    }

    /** A part of a message: its path below the message, with its identifiers. */
    static String part(XmlElement element) {
        StringBuilder named = new StringBuilder(path(element.path()));
        List<String> identifiers = new ArrayList<>();
        for (String identifier : IDENTIFIERS) {
            element.text(identifier).ifPresent(value -> identifiers.add(identifier + " " + value));
        }
        if (!identifiers.isEmpty()) {
            named.append(" (").append(String.join(", ", identifiers)).append(')');
        }
        return named.toString();
    }

    private static boolean within(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + "/");
    }

    /** The fault codes in an element's own RetourCodes. */
    private static List<String> faults(XmlElement element) {
        Optional<XmlElement> codes = element.child("RetourCodes");
        if (codes.isEmpty()) {
            return List.of();
        }
        return codes.get().children("RetourCode").stream().map(XmlElement::text).map(String::trim)
                .filter(code -> !NO_FAULT.contains(code)).distinct().toList();
    }
}
