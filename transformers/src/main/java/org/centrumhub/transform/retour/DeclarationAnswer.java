package org.centrumhub.transform.retour;

import static org.centrumhub.transform.retour.RetourBuilder.FULLY_GRANTED;
import static org.centrumhub.transform.retour.RetourBuilder.IN_MESSAGE;
import static org.centrumhub.transform.retour.RetourBuilder.NOT_ASSESSED;
import static org.centrumhub.transform.retour.RetourBuilder.NO_REMARKS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * The 325 that answers a 323 (rules.md section 10, IV087). Its header is the municipality's own, pointing back to
 * the declaration through DeclaratieIdentificatie and XsdVersieDeclaratie. Rejected on an in-message rule it is
 * the header only with 0001. Otherwise the header says 0200 and DeclaratieAntwoord gives the totals: a fault on the
 * class Declaratie rejects everything (granted 0, no clients); else only the rejected clients and lines are listed,
 * and granted = submitted minus the rejected lines, signed (TR342).
 */
final class DeclarationAnswer {
    private final Message declaration;
    private final MessageType type;
    private final AnswerHeader header;
    private final boolean inMessage;
    private final RetourBuilder.Placement placement;

    DeclarationAnswer(Message declaration, MessageType type, AnswerHeader header, boolean inMessage,
                      RetourBuilder.Placement placement) {
        this.declaration = declaration;
        this.type = type;
        this.header = header;
        this.inMessage = inMessage;
        this.placement = placement;
    }

    Answer build() {
        List<String> headerCodes = new ArrayList<>(inMessage ? List.of(IN_MESSAGE)
                : placement.headerCodes().isEmpty() ? List.of(NO_REMARKS) : placement.headerCodes());
        AnswerWriter out = new AnswerWriter(type);
        out.startMessage("Header");
        out.messageElement("BerichtCode", type.berichtCode());
        out.messageElement("BerichtVersie", MessageType.VERSION);
        out.messageElement("BerichtSubversie", MessageType.SUBVERSION);
        out.messageElement("Afzender", declaration.receiver());
        out.messageElement("Ontvanger", declaration.sender());
        out.startMessage("BerichtIdentificatie");
        out.simple(true, "Identificatie", header.identificatie());
        out.simple(true, "Dagtekening", header.dagtekening().toString());
        out.end();
        RetourBuilder.writeVersion(out, "XsdVersie", type);
        copyAs(out, declaration.header().child("BerichtIdentificatie").orElseThrow(), "DeclaratieIdentificatie");
        if (inMessage) {
            out.messageElement("XsltVersie", header.xsltVersion());
        }
        copyAs(out, declaration.header().child("XsdVersie").orElseThrow(), "XsdVersieDeclaratie");
        out.retourCodes(headerCodes);
        out.end();
        boolean accepted = false;
        if (!inMessage) {
            accepted = writeDeclarationAnswer(out);
        }
        return new Answer(type, out.finish(), List.copyOf(headerCodes), accepted);
    }

    /** Writes DeclaratieAntwoord; true when the declaration is granted in full. */
    private boolean writeDeclarationAnswer(AnswerWriter out) {
        XmlElement body = declaration.body().orElseThrow();
        List<String> declarationCodes = placement.classCodes().get(body);
        if (!placement.headerCodes().isEmpty()) {
            // the header is rejected (a repeated Identificatie, a Dagtekening in the future): nothing is assessed
            declarationCodes = List.of(NOT_ASSESSED);
        }
        long submitted = signed(body.child("TotaalIngediendBedrag").orElseThrow(), "TotaalBedrag");
        List<XmlElement> rejectedClients = new ArrayList<>();
        long rejectedAmount = 0;
        if (declarationCodes == null) {
            for (XmlElement client : body.all("Clienten/Client")) {
                boolean clientFaulty = placement.classCodes().containsKey(client);
                boolean anyLine = clientFaulty;
                for (XmlElement line : client.all("Prestaties/Prestatie")) {
                    if (clientFaulty || placement.classCodes().containsKey(line)) {
                        anyLine = true;
                        rejectedAmount += signed(line.child("IngediendBedrag").orElseThrow(), "Bedrag");
                    }
                }
                if (anyLine) {
                    rejectedClients.add(client);
                }
            }
        }
        long granted = declarationCodes == null ? submitted - rejectedAmount : 0;
        out.startMessage("DeclaratieAntwoord");
        out.messageElement("DeclaratieNummer", body.text("DeclaratieNummer").orElseThrow());
        RetourBuilder.copy(out, body.child("TotaalIngediendBedrag").orElseThrow(), Map.of(),
                Set.of(), false);
        writeTotal(out, "TotaalToegekendBedrag", granted);
        if (!rejectedClients.isEmpty()) {
            out.startMessage("Clienten");
            for (XmlElement client : rejectedClients) {
                writeClient(out, client);
            }
            out.end();
        }
        boolean fullyGranted = declarationCodes == null && rejectedClients.isEmpty();
        out.retourCodes(declarationCodes != null ? declarationCodes : List.of(fullyGranted ? FULLY_GRANTED : NO_REMARKS));
        out.end();
        return fullyGranted;
    }

    private void writeClient(AnswerWriter out, XmlElement client) {
        List<String> clientCodes = placement.classCodes().get(client);
        out.startMessage("Client");
        out.messageElement("Bsn", client.text("Bsn").orElseThrow());
        out.startMessage("Prestaties");
        for (XmlElement line : client.all("Prestaties/Prestatie")) {
            List<String> lineCodes = placement.classCodes().get(line);
            if (clientCodes == null && lineCodes == null) {
                continue;
            }
            out.startMessage("Prestatie");
            for (XmlElement field : line.children()) {
                RetourBuilder.copy(out, field, Map.of(), Set.of(), false);
            }
            out.retourCodes(clientCodes != null ? List.of(NOT_ASSESSED) : lineCodes);
            out.end();
        }
        out.end();
        out.retourCodes(clientCodes != null ? clientCodes : List.of(NO_REMARKS));
        out.end();
    }

    private static void copyAs(AnswerWriter out, XmlElement source, String name) {
        out.startMessage(name);
        for (XmlElement child : source.children()) {
            out.simple(true, child.name(), child.text());
        }
        out.end();
    }

    private static void writeTotal(AnswerWriter out, String name, long signedCents) {
        out.startMessage(name);
        out.simple(true, "TotaalBedrag", Long.toString(Math.abs(signedCents)));
        out.simple(true, "DebetCredit", signedCents < 0 ? "C" : "D");
        out.end();
    }

    /** An amount with its DebetCredit as a signed number of cents: D positive, C negative. */
    private static long signed(XmlElement amount, String valueName) {
        long value = amount.number(valueName).orElseThrow();
        return "C".equals(amount.text("DebetCredit").orElse("D")) ? -value : value;
    }
}
