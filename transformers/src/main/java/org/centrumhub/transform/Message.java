package org.centrumhub.transform;

import java.time.LocalDate;
import java.util.Optional;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.xml.XmlElement;

/**
 * A schema-valid message: its type and its element tree; and, for a provider message judged for a region, the
 * municipality responsible for it (the one that issued the assignment it refers to), which the stores and rules
 * then read as its receiver while the document keeps the Ontvanger the provider wrote.
 */
public record Message(MessageType type, XmlElement root, String responsible) {

    public Message(MessageType type, XmlElement root) {
        this(type, root, null);
    }

    /** This message judged for the municipality responsible for it. */
    public Message judgedFor(String municipality) {
        return new Message(type, root, municipality);
    }

    /** Header/Ontvanger as the sender wrote it. */
    public String addressee() {
        return header().text("Ontvanger").orElseThrow();
    }

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

    /** The municipality (or provider) the message is for: the responsible municipality when known, else the Ontvanger. */
    public String receiver() {
        return responsible != null ? responsible : addressee();
    }

    /** The body class after the header: Client, Antwoord, Declaratie or DeclaratieAntwoord (absent in some retours). */
    public Optional<XmlElement> body() {
        return root.children().stream().filter(child -> !"Header".equals(child.name())).findFirst();
    }
}
