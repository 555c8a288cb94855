package org.centrumhub.transform.split;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.xml.XmlElement;

/**
 * Writes one 323 with the standard's prefixes ({@code jw323} and {@code ijw}, {@code wmo323} and {@code iwmo}).
 * Unlike the retour writer it does not indent: a part may hold nearly all of a declaration that was already close to
 * the chain's 25 MB limit, and indentation would push it over.
 */
final class DeclarationWriter {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final XMLStreamWriter out;

    DeclarationWriter(MessageType type, XmlElement root) {
        String basisPrefix = type.standard() == Standard.IJW ? "ijw" : "iwmo";
        String messagePrefix = type.name().toLowerCase(Locale.ROOT);
        try {
            out = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
            out.setPrefix(messagePrefix, type.namespace());
            out.setPrefix(basisPrefix, type.standard().basisschemaNamespace());
            out.writeStartElement(root.namespace(), root.name());
            out.writeNamespace(messagePrefix, type.namespace());
            out.writeNamespace(basisPrefix, type.standard().basisschemaNamespace());
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element with the name and namespace of a source element. */
    void start(XmlElement like) {
        try {
            out.writeStartElement(like.namespace(), like.name());
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    void end() {
        try {
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A simple element with the name and namespace of a source element, and another text. */
    void simple(XmlElement like, String text) {
        start(like);
        text(text);
        end();
    }

    /** Writes a source element and everything below it unchanged, each element in its own namespace. */
    void copy(XmlElement element) {
        start(element);
        if (element.children().isEmpty()) {
            text(element.text());
        } else {
            for (XmlElement child : element.children()) {
                copy(child);
            }
        }
        end();
    }

    byte[] finish() {
        try {
            out.writeEndElement();
            out.writeCharacters("\n");
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private void text(String value) {
        try {
            out.writeCharacters(value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
