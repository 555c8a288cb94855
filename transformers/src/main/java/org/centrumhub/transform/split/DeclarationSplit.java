package org.centrumhub.transform.split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * Splits a provider's declaration (323) to a centre municipality into one standard 323 per participating
 * municipality, holding only that municipality's granted delivery lines. Each part keeps the original header with
 * the municipality as Ontvanger, the declaration's number, period and date, and a TotaalIngediendBedrag recomputed
 * over its own lines (TR358: debit plus, credit minus; written as the absolute value with D or C, and 0 as D by
 * CS325). Clients appear only with their included lines, each line copied element by element.
 */
public final class DeclarationSplit {
    private DeclarationSplit() {
    }

    /**
     * @param declaration       a schema-valid 323
     * @param participantOfLine for each granted Prestatie element (by identity, from {@code declaration.root()}),
     *                          the CBS code of the municipality it goes to; lines not in the map are left out
     * @return per municipality, in order of first appearance in the document, the UTF-8 bytes of its 323;
     *         municipalities without lines are absent
     * @throws IllegalArgumentException when the message is not a 323, or the map holds an element that is not one
     *                                  of its Prestaties (an assignment that would otherwise be ignored silently)
     */
    public static Map<String, byte[]> split(Message declaration, Map<XmlElement, String> participantOfLine) {
        if (declaration.type().kind() != MessageType.Kind.DECLARATION) {
            throw new IllegalArgumentException(declaration.type() + " is not a declaration (323)");
        }
        XmlElement body = declaration.body().orElseThrow();
        Map<String, Part> parts = new LinkedHashMap<>();
        int assigned = 0;
        for (XmlElement client : body.all("Clienten/Client")) {
            for (XmlElement line : client.all("Prestaties/Prestatie")) {
                String municipality = participantOfLine.get(line);
                if (municipality != null) {
                    assigned++;
                    parts.computeIfAbsent(municipality, m -> new Part()).add(client, line);
                }
            }
        }
        if (assigned != participantOfLine.size()) {
            throw new IllegalArgumentException((participantOfLine.size() - assigned)
                    + " assigned elements are not delivery lines (Prestaties) of declaration "
                    + declaration.identificatie());
        }
        Map<String, byte[]> result = new LinkedHashMap<>();
        parts.forEach((municipality, part) -> result.put(municipality, write(declaration, municipality, part)));
        return result;
    }

    /** One municipality's clients with their included lines, in document order, and their signed total. */
    private static final class Part {
        private final Map<XmlElement, List<XmlElement>> linesOfClient = new LinkedHashMap<>();
        private long signedTotal;

        void add(XmlElement client, XmlElement line) {
            linesOfClient.computeIfAbsent(client, c -> new ArrayList<>(2)).add(line);
            signedTotal += signed(line.child("IngediendBedrag").orElseThrow(), "Bedrag");
        }
    }

    private static byte[] write(Message declaration, String municipality, Part part) {
        DeclarationWriter out = new DeclarationWriter(declaration.type(), declaration.root());
        XmlElement header = declaration.header();
        out.start(header);
        for (XmlElement field : header.children()) {
            if (field.name().equals("Ontvanger")) {
                out.simple(field, municipality);
            } else {
                out.copy(field);
            }
        }
        out.end();
        XmlElement body = declaration.body().orElseThrow();
        out.start(body);
        for (XmlElement field : body.children()) {
            switch (field.name()) {
                case "TotaalIngediendBedrag" -> writeTotal(out, field, part.signedTotal);
                case "Clienten" -> writeClients(out, field, part);
                default -> out.copy(field);
            }
        }
        out.end();
        return out.finish();
    }

    private static void writeTotal(DeclarationWriter out, XmlElement total, long signedCents) {
        out.start(total);
        for (XmlElement field : total.children()) {
            switch (field.name()) {
                case "TotaalBedrag" -> out.simple(field, Long.toString(Math.abs(signedCents)));
                case "DebetCredit" -> out.simple(field, signedCents < 0 ? "C" : "D");
                default -> out.copy(field);
            }
        }
        out.end();
    }

    private static void writeClients(DeclarationWriter out, XmlElement clients, Part part) {
        out.start(clients);
        part.linesOfClient.forEach((client, lines) -> {
            out.start(client);
            for (XmlElement field : client.children()) {
                if (field.name().equals("Prestaties")) {
                    out.start(field);
                    lines.forEach(out::copy);
                    out.end();
                } else {
                    out.copy(field);
                }
            }
            out.end();
        });
        out.end();
    }

    /** An amount with its DebetCredit as signed cents: debit positive, credit negative. */
    private static long signed(XmlElement amount, String valueName) {
        long value = amount.number(valueName).orElseThrow();
        return "C".equals(amount.text("DebetCredit").orElse("D")) ? -value : value;
    }
}
