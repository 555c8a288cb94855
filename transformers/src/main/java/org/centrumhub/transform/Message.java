package org.centrumhub.transform;

import java.time.LocalDate;
import java.util.Optional;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.xml.XmlElement;

/** A schema-valid message: its type and its element tree. */
public record Message(MessageType type, XmlElement root) {

    public XmlElement header() {
        return root.child("Header").orElseThrow();
    }

    /** Header/BerichtIdentificatie/Dagtekening: the message date most rules compare with. */
    public LocalDate dagtekening() {
        return header().date("BerichtIdentificatie/Dagtekening").orElseThrow();
    }

    public String identificatie() {
        return header().text("BerichtIdentificatie/Identificatie").orElseThrow();
    }

    public String sender() {
        return header().text("Afzender").orElseThrow();
    }

    public String receiver() {
        return header().text("Ontvanger").orElseThrow();
    }

    /** The body class after the header: Client, Antwoord, Declaratie or DeclaratieAntwoord (absent in some retours). */
    public Optional<XmlElement> body() {
        return root.children().stream().filter(child -> !"Header".equals(child.name())).findFirst();
    }
}
