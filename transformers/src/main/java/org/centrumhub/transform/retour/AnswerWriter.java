package org.centrumhub.transform.retour;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.centrumhub.schema.MessageType;

/** Writes an answer message with the standard's prefixes (e.g. {@code jw306} and {@code ijw}), indented. */
final class AnswerWriter {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    private final XMLStreamWriter out;
    private final String messageNamespace;
    private final String messagePrefix;
    private final String basisNamespace;
    private final String basisPrefix;
    private int depth;
    private boolean lastWasStart;

    AnswerWriter(MessageType type) {
        this.messageNamespace = type.namespace();
        this.messagePrefix = type.name().toLowerCase(java.util.Locale.ROOT);
        this.basisNamespace = type.standard().basisschemaNamespace();
        this.basisPrefix = type.standard().messagePrefix().equals("JW") ? "ijw" : "iwmo";
        try {
            out = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.setPrefix(messagePrefix, messageNamespace);
            out.setPrefix(basisPrefix, basisNamespace);
            startMessage("Bericht");
            out.writeNamespace(messagePrefix, messageNamespace);
            out.writeNamespace(basisPrefix, basisNamespace);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element in the answer's message namespace. */
    void startMessage(String name) {
        start(messageNamespace, name);
    }

    /** Opens an element in the basisschema namespace. */
    void startBasis(String name) {
        start(basisNamespace, name);
    }

    void start(boolean basis, String name) {
        start(basis ? basisNamespace : messageNamespace, name);
    }

    void end() {
        try {
            depth--;
            if (!lastWasStart) {
                newline();
            }
            out.writeEndElement();
            lastWasStart = false;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    void text(String value) {
        try {
            out.writeCharacters(value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    void simple(boolean basis, String name, String value) {
        start(basis, name);
        text(value);
        end();
    }

    void messageElement(String name, String value) {
        simple(false, name, value);
    }

    void retourCodes(List<String> codes) {
        startMessage("RetourCodes");
        for (String code : codes) {
            messageElement("RetourCode", code);
        }
        end();
    }

    byte[] finish() {
        try {
            end();
            out.writeCharacters("\n");
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private void start(String namespace, String name) {
        try {
            if (depth > 0) {
                newline();
            }
            out.writeStartElement(namespace, name);
            depth++;
            lastWasStart = true;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void newline() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(Math.max(0, depth)));
        lastWasStart = false;
    }
}
