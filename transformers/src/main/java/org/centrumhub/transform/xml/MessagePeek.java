package org.centrumhub.transform.xml;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.SafeXml;

/**
 * A cheap first look at a message before it is judged, to order it among messages about the same client: its type
 * (from the root namespace) and the first client's BSN. It reads only as far as it needs (the root of a 323, the
 * first Bsn of other messages) and never judges: anything it cannot read yields nothing, and the intake then refuses
 * the message properly. The BSN is for the caller to turn into a client key at once; never log or store it.
 */
public final class MessagePeek {
    private static final XMLInputFactory FACTORY = SafeXml.newInputFactory();

    /** What a peek found: the message type, and the first Bsn where the message has one. */
    public record Peek(MessageType type, Optional<String> bsn) {
        /** Without the BSN, should a peek ever be logged. */
        @Override
        public String toString() {
            return "Peek[type=" + type + ", bsn=" + bsn.map(b -> "*********").orElse("none") + "]";
        }
    }

    private MessagePeek() {
    }

    public static Optional<Peek> peek(byte[] document) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(document));
            MessageType type = null;
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return Optional.empty();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > SafeXml.MAX_ELEMENT_DEPTH) {
                        return Optional.empty();
                    }
                    if (type == null) {
                        type = MessageType.fromNamespace(reader.getNamespaceURI()).orElse(null);
                        if (type == null) {
                            return Optional.empty();
                        }
                        if (type.kind() == MessageType.Kind.DECLARATION) {
                            return Optional.of(new Peek(type, Optional.empty()));
                        }
                    } else if ("Bsn".equals(reader.getLocalName())) {
                        return Optional.of(new Peek(type, Optional.of(reader.getElementText().trim())));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return Optional.ofNullable(type).map(t -> new Peek(t, Optional.empty()));
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was held open but the byte array
            }
        }
    }
}
